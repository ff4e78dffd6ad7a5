/**
 * `npm run bench` (Lighthouse part): Lighthouse's four categories, its load metrics and the DOM
 * size of every page of the production build in dist/, in the project's Chromium, offline.
 * Lighthouse's default (mobile, simulated throttling); the median of three runs per page, because
 * a busy two-core machine makes single runs noisy. One Chrome serves every run.
 * Reports; never fails on a number (scripts/bench-report.ts flags the budgets).
 *
 * For a quick try: BENCH_PAGES=/chapters/05,/embed/ limits the pages, BENCH_RUNS=1 the runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../src/utils/find-chromium.ts';
import { builtPages, selectedPages } from './bench-pages.ts';
import { previewServer } from './preview-server.ts';

process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
// Under `npm run bench` the parts stay quiet and scripts/bench-report.ts prints the one table.
const log: (...parts: unknown[]) => void = process.env.BENCH_QUIET === '1' ? () => undefined : console.log;

const PAGES = selectedPages(builtPages(resolve('dist'))).map((page) => page.path);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

interface LighthouseRow {
	page: string;
	scores: Record<(typeof CATEGORIES)[number], number>;
	lcpMs: number;
	cls: number;
	tbtMs: number;
	/**
	 * Elements in the document, from Lighthouse's DOM size insight: the largest count Chromium
	 * recorded while laying the page out during the run, so no second load is needed for it.
	 */
	domElements: number;
	/** What kept a category below 100, for the reader of the table. */
	findings: string[];
}

function rowOf(page: string, runs: Result[]): LighthouseRow {
	const score = (id: string) => median(runs.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
	const metric = (id: string) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
	const last = runs.at(-1)!;
	const findings = Object.values(last.audits)
		.filter((audit) => audit.score !== null && audit.score < 1 && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode))
		.filter((audit) => CATEGORIES.some((category) => last.categories[category]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)))
		.map((audit) => audit.id);
	if (last.runtimeError) findings.unshift(`runtime error: ${last.runtimeError.code}`);
	return {
		page,
		scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as LighthouseRow['scores'],
		lcpMs: Math.round(metric('largest-contentful-paint')),
		cls: Number(metric('cumulative-layout-shift').toFixed(3)),
		tbtMs: Math.round(metric('total-blocking-time')),
		domElements: metric('dom-size-insight'),
		findings,
	};
}

const preview = previewServer(4702);
const chrome = await chromeLauncher.launch({
	chromePath: findChromium()?.path,
	chromeFlags: ['--headless', '--disable-gpu', '--disable-dev-shm-usage', ...CHROMIUM_ARGS],
});

try {
	await preview.start();
	const rows: LighthouseRow[] = [];
	const started = performance.now();
	for (const page of PAGES) {
		const runs: Result[] = [];
		for (let run = 0; run < RUNS; run++) {
			const result = await lighthouse(`${preview.origin}${page}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
				// The full-page screenshot feeds only the HTML report's pictures, and costs seconds on a long chapter.
				disableFullPageScreenshot: true,
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
			runs.push(result.lhr);
		}
		const row = rowOf(page, runs);
		rows.push(row);
		log(`${page}: perf ${row.scores.performance}, a11y ${row.scores.accessibility}, BP ${row.scores['best-practices']}, SEO ${row.scores.seo}, LCP ${row.lcpMs} ms, CLS ${row.cls}, TBT ${row.tbtMs} ms, ${row.domElements} elements${row.findings.length > 0 ? `; below 100: ${row.findings.join(', ')}` : ''}`);
	}
	log(`Lighthouse: ${PAGES.length} pages × ${RUNS} runs in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/bench-lighthouse.json', `${JSON.stringify(rows, null, 2)}\n`);
	log('Written to bench-results/bench-lighthouse.json');
} finally {
	chrome.kill();
	preview.stop();
}
