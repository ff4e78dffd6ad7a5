/**
 * The last step of `npm run bench`: one table of every number the other bench scripts measured
 * (they write bench-results/*.json), each against its budget. A budget missed is flagged with
 * "over"; nothing here fails, because benchmarks report and tests decide.
 */
import { readFileSync } from 'node:fs';

const read = <T>(name: string): T => JSON.parse(readFileSync(`bench-results/${name}.json`, 'utf8')) as T;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Build {
	coldBuildSeconds: { median: number };
	pages: Array<{ page: string; htmlGzip: number; cssGzip: number; jsGzip: number }>;
	mermaidJsBytes: number;
}
interface Explorer {
	islandJsGzipBytes: number;
	islandReactRuntimeGzipBytes: number;
	toggleWorkMs: { p95: number };
	toggleToNextFrameMs: { p95: number };
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
	findings: string[];
}

const build = read<Build>('bench');
const explorer = read<Explorer>('bench-explorer');
const embeds = read<Embed[]>('bench-embed');
const lighthouse = read<Lighthouse[]>('bench-lighthouse');

type Row = [item: string, measure: string, value: string, budget: string, ok: boolean | undefined];
const rows: Row[] = [];

rows.push(['Site', 'cold build (median of 3)', `${build.coldBuildSeconds.median} s`, '< 20 s', build.coldBuildSeconds.median < 20]);
rows.push(['Site', 'mermaid JavaScript shipped', `${build.mermaidJsBytes} B`, '0', build.mermaidJsBytes === 0]);
for (const page of build.pages) {
	const path = page.page.replace(/index\.html$/, '');
	const chapter = path.startsWith('/chapters/');
	rows.push([path, 'HTML / CSS / JS gzip', `${kb(page.htmlGzip)} / ${kb(page.cssGzip)} / ${kb(page.jsGzip)}`, chapter ? 'JS < 30 KB' : '—', chapter ? page.jsGzip < 30 * 1024 : undefined]);
}
// The total is what the budget is about; the split shows whether React or the island's own code is the weight.
const islandValue = (total: number, react: number) => `${kb(total)} (React ${kb(react)}, own ${kb(total - react)})`;
rows.push(['Topology explorer island', 'JS gzip', islandValue(explorer.islandJsGzipBytes, explorer.islandReactRuntimeGzipBytes), '≤ 80 KB', explorer.islandJsGzipBytes <= 80 * 1024]);
for (const island of explorer.chapterIslands) {
	rows.push([island.name, 'JS gzip', islandValue(island.jsGzipBytes, island.reactRuntimeGzipBytes), '≤ 80 KB', island.jsGzipBytes <= 80 * 1024]);
}
rows.push(['Topology explorer', 'toggle to paint, p95 (work / next frame)', `${explorer.toggleWorkMs.p95} ms / ${explorer.toggleToNextFrameMs.p95} ms`, 'work ≤ 16 ms', explorer.toggleWorkMs.p95 <= 16]);
for (const embed of embeds) rows.push([embed.path, 'JS / all gzip, diagram painted', `${kb(embed.jsGzip)} / ${kb(embed.totalGzip)}, ${embed.lcpMs} ms`, '—', undefined]);
for (const result of lighthouse) {
	const { performance, accessibility, seo } = result.scores;
	const bestPractices = result.scores['best-practices'];
	// Embed pages ask not to be indexed, on purpose; Lighthouse's SEO score counts that against them.
	const intendedNoindex = result.page.startsWith('/embed/') && result.findings.includes('is-crawlable');
	const seoOk = seo === 100 || intendedNoindex;
	rows.push([result.page, 'Lighthouse perf / a11y / BP / SEO', `${performance} / ${accessibility} / ${bestPractices} / ${seo}${seo < 100 && intendedNoindex ? ' (noindex)' : ''}`, '100 each', performance === 100 && accessibility === 100 && bestPractices === 100 && seoOk]);
	rows.push([result.page, 'LCP / CLS / TBT', `${result.lcpMs} ms / ${result.cls} / ${result.tbtMs} ms`, 'CLS 0', result.cls === 0]);
}

const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => String(row[column]).length), ['Item', 'Measure', 'Value', 'Budget'][column]!.length));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
console.log(`\n${line(['Item', 'Measure', 'Value', 'Budget', ''])}`);
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const [item, measure, value, budget, ok] of rows) console.log(line([item, measure, value, budget, ok === undefined ? '' : ok ? 'ok' : 'over']));
const missed = rows.filter((row) => row[4] === false).length;
console.log(`\n${missed === 0 ? 'Every budget met.' : `${missed} budget(s) missed (marked "over").`} Details: bench-results/*.json`);
