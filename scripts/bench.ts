/**
 * `npm run bench`: the numbers the project tracks. Reports; never fails on a number.
 *
 * - Cold build: no dist/, no .astro/, no Vite cache, diagrams from the committed render cache.
 * - Build with an empty render cache: every diagram rendered in Chromium again. The fresh
 *   renders are compared with the committed ones, byte for byte.
 * - HTML, CSS and JavaScript each page loads (gzip), following each script's static imports.
 * - mermaid JavaScript anywhere in the output (must be 0).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from './bench-pages.ts';

process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
// Under `npm run bench` the parts stay quiet and scripts/bench-report.ts prints the one table.
const log: (...parts: unknown[]) => void = process.env.BENCH_QUIET === '1' ? () => undefined : console.log;
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const DIST = resolve('dist');
const CACHE = resolve('content/mermaid-cache');

function timedBuild(): number {
	for (const dir of ['dist', '.astro', 'node_modules/.vite', 'node_modules/.astro']) rmSync(dir, { recursive: true, force: true });
	const start = performance.now();
	const { status, stderr } = spawnSync('astro', ['build'], { encoding: 'utf8' });
	if (status !== 0) throw new Error(`astro build failed:\n${stderr}`);
	return (performance.now() - start) / 1000;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/** Script files a page loads up front: its module scripts and everything they import statically. */
function scriptsOf(htmlFile: string): { files: Set<string>; inlineBytes: number } {
	const html = readFileSync(htmlFile, 'utf8');
	const files = new Set<string>();
	let inlineBytes = 0;
	const visit = (file: string) => {
		if (files.has(file) || !existsSync(file)) return;
		files.add(file);
		const code = readFileSync(file, 'utf8');
		for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(resolve(dirname(file), spec!));
	};
	for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\ssrc="([^"]+)"/.exec(attrs!)?.[1];
		if (src) visit(join(DIST, src));
		else if (!/type="application\/(ld\+)?json"/.test(attrs!)) {
			inlineBytes += gzipSize(body!);
			for (const [, spec] of body!.matchAll(/import\s*\(?\s*["'](\/[^"']+\.js)["']/g)) visit(join(DIST, spec!));
		}
	}
	return { files, inlineBytes };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. Cold builds from the committed cache.
const coldRuns = [timedBuild(), timedBuild(), timedBuild()];

// 2. One build with an empty render cache, then compare the renders with the committed ones.
const backup = `${CACHE}.bench-backup`;
rmSync(backup, { recursive: true, force: true });
renameSync(CACHE, backup);
let renderBuild: number;
let identical: number;
let total: number;
try {
	mkdirSync(CACHE);
	renderBuild = timedBuild();
	const committed = readdirSync(backup);
	total = committed.length;
	identical = committed.filter((name) => readFileSync(join(CACHE, name), 'utf8') === readFileSync(join(backup, name), 'utf8')).length;
} finally {
	rmSync(CACHE, { recursive: true, force: true });
	cpSync(backup, CACHE, { recursive: true });
	rmSync(backup, { recursive: true, force: true });
}
timedBuild(); // leave dist/ as a normal build made it

// 3. HTML, CSS and JavaScript per page, and any mermaid code in the output.
const pages = builtPages(DIST).map(({ file, path }) => {
	const { files, inlineBytes } = scriptsOf(file);
	const fileBytes = [...files].reduce((sum, f) => sum + gzipSize(readFileSync(f)), 0);
	const html = readFileSync(file, 'utf8');
	const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => join(DIST, match[1]!));
	const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].reduce((sum, match) => sum + gzipSize(match[1]!), 0);
	return {
		page: path,
		htmlGzip: gzipSize(readFileSync(file)),
		cssGzip: stylesheets.filter((sheet) => existsSync(sheet)).reduce((sum, sheet) => sum + gzipSize(readFileSync(sheet)), 0) + inlineCss,
		jsGzip: fileBytes + inlineBytes,
		scripts: files.size,
	};
});
const mermaidJs = readdirSync(DIST, { withFileTypes: true, recursive: true })
	.filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
	.map((entry) => join(entry.parentPath, entry.name))
	// The library, not the word: our own code names diagrams of kind "mermaid"; the library ships its renderer and its version.
	.filter((file) => /mermaidAPI|flowchart-v2|sequenceDiagram/.test(readFileSync(file, 'utf8')))
	.reduce((sum, file) => sum + readFileSync(file).length, 0);

const results = {
	machine: `${cpus().length} cores, Node ${process.version}`,
	coldBuildSeconds: { runs: coldRuns.map((s) => Number(s.toFixed(2))), median: Number(median(coldRuns).toFixed(2)) },
	emptyCacheBuildSeconds: Number(renderBuild.toFixed(2)),
	rerenderedIdentical: `${identical}/${total}`,
	pages,
	mermaidJsBytes: mermaidJs,
};

log(`\nMachine: ${results.machine}`);
log(`Cold build (committed render cache): median ${results.coldBuildSeconds.median} s of ${coldRuns.map((s) => s.toFixed(2)).join(', ')} s (target < 20 s)`);
log(`Build with an empty render cache: ${results.emptyCacheBuildSeconds} s; re-rendered diagrams byte-identical to the cache: ${results.rerenderedIdentical}`);
log('\nPage                                               HTML gzip   JS gzip   scripts');
for (const p of pages) log(`${p.page.padEnd(50)} ${kb(p.htmlGzip).padStart(9)} ${kb(p.jsGzip).padStart(9)} ${String(p.scripts).padStart(9)}`);
log(`\nmermaid JavaScript shipped: ${mermaidJs} bytes (must be 0)`);

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
log('Written to bench-results/bench.json');
