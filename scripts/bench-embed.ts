/**
 * `npm run bench` (third part): the embed pages, loaded in Chromium from the production build in
 * dist/, the way a host page's iframe loads them. Reports; never fails on a number.
 *
 * - What each embed page loads: JavaScript and all bytes, each file gzipped as a static host
 *   would serve it.
 * - Time until the diagram is painted: first contentful paint and largest contentful paint
 *   (the drawing is in the HTML, so both come before any script runs), and time until the island
 *   has hydrated and answers clicks. Median of five cold loads, cache disabled.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { EMBEDDABLE_ISLANDS, ISLAND_KINDS } from '../src/embed/islands.ts';
import { CHROMIUM_ARGS, findChromium } from '../src/utils/find-chromium.ts';
import { previewServer } from './preview-server.ts';

process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
// Under `npm run bench` the parts stay quiet and scripts/bench-report.ts prints the one table.
const log: (...parts: unknown[]) => void = process.env.BENCH_QUIET === '1' ? () => undefined : console.log;

const preview = previewServer(4701);
const ORIGIN = preview.origin;
const DIST = resolve('dist');
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The gzipped size of a file of the build, by its URL path; 0 for anything not in dist/. */
function gzipOf(path: string): number {
	const file = join(DIST, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
	return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

try {
	await preview.start();
	const browser = await chromium.launch({ executablePath: findChromium()?.path, args: CHROMIUM_ARGS });
	const rows = [];
	for (const kind of ISLAND_KINDS) {
		const path = `/${EMBEDDABLE_ISLANDS[kind].embedPath}`;
		const fcp: number[] = [];
		const lcp: number[] = [];
		const hydrated: number[] = [];
		let js = 0;
		let total = 0;
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.newContext({ viewport: { width: 720, height: 900 } });
			const page = await context.newPage();
			const client = await context.newCDPSession(page);
			await client.send('Network.setCacheDisabled', { cacheDisabled: true });
			const loaded = new Map<string, string>();
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.origin === ORIGIN) loaded.set(url.pathname, request.resourceType());
			});
			await page.addInitScript(() => {
				const marks: Record<string, number> = {};
				(window as unknown as { __marks: Record<string, number> }).__marks = marks;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
				}).observe({ type: 'paint', buffered: true });
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) marks.lcp = entry.startTime;
				}).observe({ type: 'largest-contentful-paint', buffered: true });
			});
			await page.goto(`${ORIGIN}${path}`);
			await page.waitForSelector('.island[data-hydrated="true"]');
			const hydratedAt = await page.evaluate(() => performance.now());
			await page.waitForLoadState('networkidle');
			const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
			fcp.push(marks.fcp ?? Number.NaN);
			lcp.push(marks.lcp ?? Number.NaN);
			hydrated.push(hydratedAt);
			if (run === 0) {
				for (const [file, type] of loaded) {
					const bytes = gzipOf(file);
					total += bytes;
					if (type === 'script') js += bytes;
				}
			}
			await context.close();
		}
		rows.push({ path, jsGzip: js, totalGzip: total, fcpMs: Math.round(median(fcp)), lcpMs: Math.round(median(lcp)), hydratedMs: Math.round(median(hydrated)) });
	}
	await browser.close();

	log(`\nEmbed pages (720 px wide, cache disabled, median of ${RUNS} loads on localhost)`);
	log('Page                      JS gzip  All gzip  First paint  Diagram painted (LCP)  Interactive');
	for (const row of rows) {
		log(
			`${row.path.padEnd(24)} ${kb(row.jsGzip).padStart(8)} ${kb(row.totalGzip).padStart(9)} ${`${row.fcpMs} ms`.padStart(12)} ${`${row.lcpMs} ms`.padStart(22)} ${`${row.hydratedMs} ms`.padStart(12)}`,
		);
	}
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/bench-embed.json', `${JSON.stringify(rows, null, 2)}\n`);
	log('Written to bench-results/bench-embed.json');
} finally {
	preview.stop();
}
