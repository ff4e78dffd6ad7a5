/**
 * `npm run bench` (Lighthouse part): Lighthouse's four categories and its load metrics for the
 * landing page, a chapter, the explorer and an embed page, against the production build in
 * dist/ in the project's Chromium, offline. Lighthouse's default (mobile, simulated throttling);
 * the median of three runs per page, because a busy two-core machine makes single runs noisy.
 * Reports and flags against the budgets; never fails on a number.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/utils/find-chromium.ts';
import { previewServer } from './preview-server.ts';

process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
// Under `npm run bench` the parts stay quiet and scripts/bench-report.ts prints the one table.
const log: (...parts: unknown[]) => void = process.env.BENCH_QUIET === '1' ? () => undefined : console.log;

const PAGES = ['/', '/chapters/01-mastering-private-integrations/', '/explorer/', '/embed/topology/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const preview = previewServer(4702);
const chrome = await chromeLauncher.launch({
	chromePath: findChromium()?.path,
	chromeFlags: ['--headless', '--disable-gpu', '--disable-dev-shm-usage', ...CHROMIUM_ARGS],
});

interface Row {
	page: string;
	scores: Record<(typeof CATEGORIES)[number], number>;
	lcpMs: number;
	cls: number;
	tbtMs: number;
	/** What kept a category below 100, for the reader of the table. */
	findings: string[];
}

try {
	await preview.start();
	const rows: Row[] = [];
	for (const page of PAGES) {
		const runs: Array<NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']> = [];
		for (let run = 0; run < RUNS; run++) {
			const result = await lighthouse(`${preview.origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
			runs.push(result.lhr);
		}
		const score = (id: string) => median(runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
		const metric = (id: string) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
		const last = runs.at(-1)!;
		const findings = Object.values(last.audits)
			.filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
			.filter((audit) => CATEGORIES.some((category) => last.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)))
			.map((audit) => audit.id);
		rows.push({
			page,
			scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Row['scores'],
			lcpMs: Math.round(metric('largest-contentful-paint')),
			cls: Number(metric('cumulative-layout-shift').toFixed(3)),
			tbtMs: Math.round(metric('total-blocking-time')),
			findings,
		});
	}

	const flag = (ok: boolean) => (ok ? '' : ' !');
	log(`\nLighthouse ${RUNS}-run medians (mobile, simulated throttling). Budgets: 100 in every category, CLS 0. "!" marks a miss.`);
	log('Page                                            Perf   A11y   BP     SEO    LCP       CLS     TBT');
	for (const row of rows) {
		const cells = CATEGORIES.map((category) => `${row.scores[category]}${flag(row.scores[category] === 100)}`.padEnd(7));
		log(`${row.page.padEnd(48)}${cells.join('')}${`${row.lcpMs} ms`.padEnd(10)}${`${row.cls}${flag(row.cls === 0)}`.padEnd(8)}${row.tbtMs} ms`);
		// Embed pages ask search engines not to index them, on purpose: Lighthouse's SEO score counts that against them.
		const explained = row.findings.map((finding) => (finding === 'is-crawlable' && row.page.startsWith('/embed/') ? 'is-crawlable (intended: embed pages are noindex)' : finding));
		if (explained.length > 0) log(`  audits below 100: ${explained.join(', ')}`);
	}
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/bench-lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`);
	log('Written to bench-results/bench-lighthouse.json');
} finally {
	chrome.kill();
	preview.stop();
}
