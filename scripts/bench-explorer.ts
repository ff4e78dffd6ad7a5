/**
 * `npm run bench` (second part): the three React islands, measured in Chromium against the
 * production build in dist/. Reports; never fails on a number.
 *
 * - Island JavaScript (gzip): what /explorer/ loads beyond a page without the island, and what
 *   the chapter 4 and 7 islands load when a reader scrolls to them.
 * - Toggle to paint, for each island on its own page (the explorer, the two embed pages, so the
 *   island's cost is not mixed with a long chapter's layout): p95 over 50 changes of its choices,
 *   of the work before paint (script, commit, style, layout) and of the time to the next frame
 *   (which adds waiting for vsync). See scripts/bench-toggle.ts.
 * - Long tasks (> 50 ms) while the topology explorer's auto-play runs.
 * - Layout shift from page load until the topology explorer has hydrated.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { LABELS as CROSS_ACCOUNT } from '../src/cross-account/model.ts';
import { CHOICE_SPECS, NUMBER_SPECS } from '../src/scaling/model.ts';
import { LABELS as TOPOLOGY } from '../src/topology/model.ts';
import { CHROMIUM_ARGS, findChromium } from '../src/utils/find-chromium.ts';
import { toggleToPaint, type Change } from './bench-toggle.ts';
import { previewServer } from './preview-server.ts';

// The project's own Node 24 for `astro`, also when this script is started outside npm.
process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
// Under `npm run bench` the parts stay quiet and scripts/bench-report.ts prints the one table.
const log: (...parts: unknown[]) => void = process.env.BENCH_QUIET === '1' ? () => undefined : console.log;

const preview = previewServer(4700);
const ORIGIN = preview.origin;
const DIST = resolve('dist');

/** Scripts a page loads (by path under dist/), once everything visible has hydrated. */
async function scriptsLoaded(page: Page, path: string): Promise<Set<string>> {
	const scripts = new Set<string>();
	const listener = (request: { resourceType(): string; url(): string }) => {
		if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
	};
	page.on('request', listener);
	await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
	const island = page.locator('[data-topology-explorer]').first();
	if ((await island.count()) > 0) {
		await island.scrollIntoViewIfNeeded();
		await page.waitForSelector('[data-topology-explorer][data-hydrated="true"]');
		await page.waitForLoadState('networkidle');
	}
	page.off('request', listener);
	return scripts;
}

/**
 * Scripts an island in a chapter loads when the reader scrolls to it: everything requested after
 * the page settled, until the island has hydrated (client:visible loads nothing before that).
 */
async function scriptsOnScroll(page: Page, path: string, selector: string): Promise<Set<string>> {
	const scripts = new Set<string>();
	let recording = false;
	const listener = (request: { resourceType(): string; url(): string }) => {
		if (recording && request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
	};
	page.on('request', listener);
	await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
	recording = true;
	await page.locator(selector).first().scrollIntoViewIfNeeded();
	await page.waitForSelector(`${selector}[data-hydrated="true"]`);
	await page.waitForLoadState('networkidle');
	page.off('request', listener);
	return scripts;
}

const gzipOf = (paths: Iterable<string>) =>
	[...paths].map((p) => join(DIST, p)).filter(existsSync).reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

/**
 * The share of an island's scripts that is React itself: the `react` chunk that astro.config.mjs
 * groups React, React DOM, the scheduler and the renderer into, and the renderer's small `client`
 * entry. Reported beside the total so a budget miss says whether the island's own code or the
 * runtime grew.
 */
const REACT_RUNTIME = /\/_astro\/(client|react)\.[\w-]+\.js$/;
const reactRuntimeOf = (paths: Iterable<string>) => gzipOf([...paths].filter((p) => REACT_RUNTIME.test(p)));

/**
 * The changes each island's toggle measurement goes round, named with the islands' own labels.
 * Each change differs from the state before it, and together they reach every kind of view: the
 * planner's quotas for both API types and both kinds of Region and a rate over the quota, the
 * cross-account explorer's both patterns and its blocked direct link.
 */
const { apiType, regionClass } = CHOICE_SPECS;
const TOGGLED: Array<{ island: string; path: string; root: string; changes: Change[] }> = [
	{
		island: 'Topology explorer',
		path: '/explorer/',
		root: '[data-topology-explorer]',
		changes: (['nlb', 'alb'] as const).map((target) => ({ group: TOPOLOGY.target.legend, choice: TOPOLOGY.target.values[target] })),
	},
	{
		island: 'Scaling planner',
		path: '/embed/scaling/',
		root: '[data-scaling-planner]',
		changes: [
			{ group: apiType.legend, choice: apiType.labels.http },
			{ field: NUMBER_SPECS.rps.label, value: '12000' },
			{ group: regionClass.legend, choice: regionClass.labels.newer },
			{ group: apiType.legend, choice: apiType.labels.rest },
			{ field: NUMBER_SPECS.rps.label, value: String(NUMBER_SPECS.rps.default) },
			{ group: regionClass.legend, choice: regionClass.labels.standard },
		],
	},
	{
		island: 'Cross-account explorer',
		path: '/embed/cross-account/',
		root: '[data-cross-account-explorer]',
		changes: [
			{ group: CROSS_ACCOUNT.via.legend, choice: CROSS_ACCOUNT.via.values['rest-api'] },
			{ group: CROSS_ACCOUNT.via.legend, choice: CROSS_ACCOUNT.via.values['direct-link'] },
			{ group: CROSS_ACCOUNT.via.legend, choice: CROSS_ACCOUNT.via.values['http-api'] },
			// The API choice is disabled under the other pattern, so the round comes back to the backend pattern before it starts again.
			{ group: CROSS_ACCOUNT.pattern.legend, choice: CROSS_ACCOUNT.pattern.values['private-api'] },
			{ group: CROSS_ACCOUNT.pattern.legend, choice: CROSS_ACCOUNT.pattern.values.backend },
		],
	},
];

try {
	await preview.start();
	const browser = await chromium.launch({ executablePath: findChromium()?.path, args: CHROMIUM_ARGS });
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

	// Island JavaScript: the explorer page against the glossary, a page without islands. (Not the
	// landing page: it has the explorer too, which loads only when a reader reaches for it.)
	const withIsland = await scriptsLoaded(page, '/explorer/');
	const without = await scriptsLoaded(page, '/glossary/');
	const islandScripts = [...withIsland].filter((s) => !without.has(s));
	const islandGzip = gzipOf(islandScripts);
	const islandReactGzip = reactRuntimeOf(islandScripts);
	// The chapter islands, measured where readers meet them.
	const chapterIslands = [];
	for (const [name, path, selector] of [
		['Scaling planner (chapter 4)', '/chapters/04-scaling-private-integrations/', '[data-scaling-planner]'],
		['Cross-account explorer (chapter 7)', '/chapters/07-cross-account-private-integrations/', '[data-cross-account-explorer]'],
	] as const) {
		const loaded = await scriptsOnScroll(page, path, selector);
		chapterIslands.push({ name, path, scripts: loaded.size, jsGzipBytes: gzipOf(loaded), reactRuntimeGzipBytes: reactRuntimeOf(loaded) });
	}

	// Layout shift until hydration, on a fresh load.
	await page.goto('about:blank');
	await page.addInitScript(() => {
		(globalThis as unknown as { __cls: number }).__cls = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
				if (!entry.hadRecentInput) (globalThis as unknown as { __cls: number }).__cls += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`${ORIGIN}/explorer/`, { waitUntil: 'networkidle' });
	await page.waitForSelector('[data-topology-explorer][data-hydrated="true"]');
	await page.waitForTimeout(500);
	const layoutShift = await page.evaluate(() => (globalThis as unknown as { __cls: number }).__cls);

	// Long tasks while auto-play runs for a while.
	await page.evaluate(() => {
		(globalThis as unknown as { __long: number[] }).__long = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) (globalThis as unknown as { __long: number[] }).__long.push(entry.duration);
		}).observe({ type: 'longtask' });
	});
	await page.locator('[data-topology-explorer]').first().getByRole('button', { name: 'Play' }).click();
	await page.waitForTimeout(8000);
	const longTasks = await page.evaluate(() => (globalThis as unknown as { __long: number[] }).__long);

	const toggles = [];
	for (const { island, path, root, changes } of TOGGLED) {
		await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
		toggles.push({ island, path, ...(await toggleToPaint(page, root, changes)) });
	}
	await browser.close();

	const results = {
		islandJsGzipBytes: islandGzip,
		islandReactRuntimeGzipBytes: islandReactGzip,
		islandScripts: islandScripts.length,
		toggles,
		longTasksOver50msDuringPlayback: longTasks.filter((d) => d > 50).length,
		layoutShiftOnHydration: Number(layoutShift.toFixed(4)),
		chapterIslands,
	};
	log(`\nTopology explorer island`);
	log(`Island JavaScript: ${(islandGzip / 1024).toFixed(1)} KB gzip in ${islandScripts.length} files (React ${(islandReactGzip / 1024).toFixed(1)} KB of it), loaded when the island is visible (target ≤ 80 KB)`);
	log(`Long tasks over 50 ms during 8 s of playback: ${results.longTasksOver50msDuringPlayback} (target 0)`);
	log(`Layout shift from load to hydration: ${results.layoutShiftOnHydration} (target 0)`);
	for (const island of chapterIslands) {
		log(`${island.name}: ${(island.jsGzipBytes / 1024).toFixed(1)} KB gzip in ${island.scripts} files (React ${(island.reactRuntimeGzipBytes / 1024).toFixed(1)} KB of it), loaded when scrolled into view (target ≤ 80 KB)`);
	}
	for (const toggle of toggles) {
		log(`${toggle.island} on ${toggle.path}, ${toggle.changes} changes: work p50 ${toggle.workMs.p50} ms, p95 ${toggle.workMs.p95} ms (target ≤ 16 ms), first change ${toggle.firstWorkMs} ms; to the next frame p50 ${toggle.nextFrameMs.p50} ms, p95 ${toggle.nextFrameMs.p95} ms`);
	}
	mkdirSync('bench-results', { recursive: true });
	writeFileSync('bench-results/bench-explorer.json', `${JSON.stringify(results, null, 2)}\n`);
	log('Written to bench-results/bench-explorer.json');
} finally {
	preview.stop();
}
