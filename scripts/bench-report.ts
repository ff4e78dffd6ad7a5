/**
 * The last step of `npm run bench`: every number the other bench scripts measured (they write
 * bench-results/*.json), against its budget, in two tables: one compact row per page, then the
 * site and its islands. A budget missed is flagged; nothing here fails, because benchmarks report
 * and tests decide.
 */
import { readFileSync } from 'node:fs';
import { isChapter } from './bench-pages.ts';

const read = <T>(name: string): T => JSON.parse(readFileSync(`bench-results/${name}.json`, 'utf8')) as T;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Build {
	coldBuildSeconds: { median: number };
	pages: Array<{ page: string; htmlGzip: number; cssGzip: number; jsGzip: number }>;
	mermaidJsBytes: number;
}
interface Toggle {
	island: string;
	path: string;
	workMs: { p95: number };
	nextFrameMs: { p95: number };
	changes: number;
}
interface Islands {
	islandJsGzipBytes: number;
	islandReactRuntimeGzipBytes: number;
	toggles: Toggle[];
	longTasksOver50msDuringPlayback: number;
	layoutShiftOnHydration: number;
	chapterIslands: Array<{ name: string; jsGzipBytes: number; reactRuntimeGzipBytes: number }>;
}
interface Embed {
	path: string;
	jsGzip: number;
	totalGzip: number;
	lcpMs: number;
}
interface Lighthouse {
	page: string;
	scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
	lcpMs: number;
	cls: number;
	tbtMs: number;
	domElements: number | null;
	findings: string[];
}

const BUDGET = {
	coldBuildSeconds: 20,
	domElements: 3000,
	chapterHtmlGzip: 55 * 1024,
	chapterJsGzip: 30 * 1024,
	performance: 95,
	islandJsGzip: 80 * 1024,
	toggleWorkMs: 16,
};

const build = read<Build>('bench');
const islands = read<Islands>('bench-explorer');
const embeds = read<Embed[]>('bench-embed');
const lighthouse = new Map(read<Lighthouse[]>('bench-lighthouse').map((row) => [row.page, row]));

let missed = 0;
/** A cell's text, with "!" after it when the number misses its budget; `ok` undefined means no budget. */
function cell(text: string, ok?: boolean): string {
	if (ok === false) missed++;
	return ok === false ? `${text} !` : text;
}

function printTable(header: string[], rows: string[][], alignRight: (column: number) => boolean): void {
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
	const line = (cells: string[]) => cells.map((text, column) => (alignRight(column) ? text.padStart(widths[column]!) : text.padEnd(widths[column]!))).join('  ').trimEnd();
	console.log(line(header));
	console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	for (const row of rows) console.log(line(row));
}

// Pages: everything measured per page on one row.
const pageRows = build.pages.map(({ page, htmlGzip, jsGzip }) => {
	const chapter = isChapter(page);
	const lh = lighthouse.get(page);
	if (!lh) return [page, '—', cell(kb(htmlGzip), chapter ? htmlGzip <= BUDGET.chapterHtmlGzip : undefined), cell(kb(jsGzip), chapter ? jsGzip < BUDGET.chapterJsGzip : undefined), ...Array(7).fill('—')];
	// Embed pages ask search engines not to index them, on purpose; Lighthouse's SEO score counts that against them.
	const intendedNoindex = page.startsWith('/embed/') && lh.findings.includes('is-crawlable');
	const { performance, accessibility, seo } = lh.scores;
	const dom = lh.domElements;
	return [
		page,
		// Lighthouse leaves the DOM size out when the trace has no DOM statistics; JSON then holds null.
		dom === null ? '?' : cell(dom.toLocaleString('en-US'), dom <= BUDGET.domElements),
		cell(kb(htmlGzip), chapter ? htmlGzip <= BUDGET.chapterHtmlGzip : undefined),
		cell(kb(jsGzip), chapter ? jsGzip < BUDGET.chapterJsGzip : undefined),
		cell(String(performance), performance >= BUDGET.performance),
		cell(String(accessibility), accessibility === 100),
		cell(String(lh.scores['best-practices']), lh.scores['best-practices'] === 100),
		intendedNoindex && seo < 100 ? `${seo} noindex` : cell(String(seo), seo === 100),
		`${(lh.lcpMs / 1000).toFixed(1)} s`,
		cell(String(lh.cls), lh.cls === 0),
		`${lh.tbtMs} ms`,
	];
});
console.log(
	`\nPages. Budgets: DOM elements ≤ ${BUDGET.domElements.toLocaleString('en-US')}; chapters' HTML ≤ ${kb(BUDGET.chapterHtmlGzip)} and JS < ${kb(BUDGET.chapterJsGzip)} gzip;` +
		` Lighthouse (mobile, median of 3) performance ≥ ${BUDGET.performance}, a11y, best practices and SEO 100, CLS 0. "!" marks a miss.\n`,
);
printTable(['Page', 'DOM', 'HTML gz', 'JS gz', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'CLS', 'TBT'], pageRows, (column) => column > 0);

// The site and its islands: one measure per row.
const islandValue = (total: number, react: number) => `${kb(total)} (React ${kb(react)}, own ${kb(total - react)})`;
const islandJs = [
	{ name: 'Topology explorer (/explorer/)', total: islands.islandJsGzipBytes, react: islands.islandReactRuntimeGzipBytes },
	...islands.chapterIslands.map((island) => ({ name: island.name, total: island.jsGzipBytes, react: island.reactRuntimeGzipBytes })),
];
const siteRows: string[][] = [
	['Site', 'cold build (median of 3)', cell(`${build.coldBuildSeconds.median} s`, build.coldBuildSeconds.median < BUDGET.coldBuildSeconds), `< ${BUDGET.coldBuildSeconds} s`],
	['Site', 'mermaid JavaScript shipped', cell(`${build.mermaidJsBytes} B`, build.mermaidJsBytes === 0), '0'],
	...islandJs.map(({ name, total, react }) => [name, 'island JS gzip', cell(islandValue(total, react), total <= BUDGET.islandJsGzip), `≤ ${kb(BUDGET.islandJsGzip)}`]),
	...islands.toggles.map((toggle) => [
		`${toggle.island} (${toggle.path})`,
		`toggle p95 over ${toggle.changes}: work / next frame`,
		cell(`${toggle.workMs.p95} ms / ${toggle.nextFrameMs.p95} ms`, toggle.workMs.p95 <= BUDGET.toggleWorkMs),
		`work ≤ ${BUDGET.toggleWorkMs} ms`,
	]),
	['Topology explorer (/explorer/)', 'long tasks > 50 ms in 8 s of auto-play', cell(String(islands.longTasksOver50msDuringPlayback), islands.longTasksOver50msDuringPlayback === 0), '0'],
	['Topology explorer (/explorer/)', 'layout shift, load to hydration', cell(String(islands.layoutShiftOnHydration), islands.layoutShiftOnHydration === 0), '0'],
	...embeds.map((embed) => [embed.path, 'JS / all gzip, diagram painted (LCP)', `${kb(embed.jsGzip)} / ${kb(embed.totalGzip)}, ${embed.lcpMs} ms`, '—']),
];
console.log('\nSite and islands\n');
printTable(['Item', 'Measure', 'Value', 'Budget'], siteRows, () => false);

console.log(`\n${missed === 0 ? 'Every budget met.' : `${missed} budget(s) missed (marked "!").`} Details: bench-results/*.json`);
