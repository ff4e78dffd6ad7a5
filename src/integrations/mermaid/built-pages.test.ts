import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { builtFigures, pathBelowBase, scanBuiltPages } from './built-pages.ts';
import { figureHtml, type EmbedLinks } from './figure.ts';
import { standaloneSvg } from './standalone.ts';

const cacheDir = new URL('../../../content/mermaid-cache/', import.meta.url);
const svg = readFileSync(new URL('6cec93bd7efec8453337c859.svg', cacheDir), 'utf8');
const svgId = /id="([^"]+)"/.exec(svg)![1]!;

const links = (page: string): EmbedLinks => ({
	title: 'Paths',
	light: `/guides/x/diagrams/${page}/paths-light.svg`,
	dark: `/guides/x/diagrams/${page}/paths-dark.svg`,
	width: 512,
	height: 719,
});
const page = (...figures: string[]) => `<!doctype html><html><body><main><p>Text</p>${figures.join('<p>More</p>')}</main></body></html>`;

describe('builtFigures', () => {
	test('finds each figure with its inline SVG and file URLs', () => {
		const html = page(figureHtml(svg, svgId, 'Paths', links('a')), figureHtml(svg, svgId, 'Paths', links('b')));
		const figures = builtFigures(html);
		expect(figures.map((f) => f.light)).toEqual(['/guides/x/diagrams/a/paths-light.svg', '/guides/x/diagrams/b/paths-light.svg']);
		expect(figures[0]!.svg.startsWith('<svg')).toBe(true);
		expect(figures[0]!.svg.endsWith('</svg>')).toBe(true);
	});

	test('skips figures without an Embed button', () => {
		expect(builtFigures(page(figureHtml(svg, svgId, 'Paths')))).toEqual([]);
	});
});

describe('pathBelowBase', () => {
	test('strips the base and decodes the path, or says the URL is elsewhere', () => {
		expect(pathBelowBase('/guides/x/diagrams/caf%C3%A9/a-light.svg', '/guides/x/')).toBe('diagrams/café/a-light.svg');
		expect(pathBelowBase('/diagrams/a/a-light.svg', '/guides/x/')).toBeUndefined();
	});
});

describe('scanBuiltPages', () => {
	test('makes the files that built pages link to but nobody recorded, from the inline SVG', () => {
		const outDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'built-'))}/`);
		mkdirSync(new URL('a/', outDir));
		mkdirSync(new URL('b/', outDir));
		writeFileSync(new URL('a/index.html', outDir), page(figureHtml(svg, svgId, 'Paths', links('a'))));
		writeFileSync(new URL('b/index.html', outDir), page(figureHtml(svg, svgId, 'Paths', links('b'))));
		writeFileSync(new URL('plain.html', outDir), page('<p>No diagrams.</p>'));

		const recorded = new Set(['diagrams/a/paths-light.svg', 'diagrams/a/paths-dark.svg']);
		const { missing, svgIds } = scanBuiltPages(outDir, '/guides/x/', (path) => recorded.has(path));
		expect(new Map(missing)).toEqual(
			new Map([
				['diagrams/b/paths-light.svg', standaloneSvg(svg, 'light')],
				['diagrams/b/paths-dark.svg', standaloneSvg(svg, 'dark')],
			]),
		);
		expect(svgIds).toEqual(new Set([svgId]));
	});
});
