import { readdirSync, readFileSync } from 'node:fs';
import sax from 'sax';
import { describe, expect, test } from 'vitest';
import { figureHtml } from './figure.ts';
import { mergePalettes } from './merge-palettes.ts';
import { externalReferences, naturalSize, PAGE_BACKGROUND, standaloneSvg, StandaloneSvgError, toWellFormedXml } from './standalone.ts';

/** XML well-formedness errors, from a real (strict, namespace-aware) XML parser. */
function xmlErrors(xml: string): string[] {
	const errors: string[] = [];
	const parser = sax.parser(true, { xmlns: true });
	parser.onerror = (error) => {
		errors.push(error.message.split('\n')[0]!);
		// Keep parsing to report more than the first problem.
		(parser as unknown as { error: unknown }).error = null;
		parser.resume();
	};
	parser.write(xml).close();
	return errors;
}

/** The committed render cache: real mermaid output, merged as the build merges it. */
const cacheDir = new URL('../../../content/mermaid-cache/', import.meta.url);
const cached = readdirSync(cacheDir)
	.filter((name) => name.endsWith('.svg'))
	.map((name) => ({ name, svg: readFileSync(new URL(name, cacheDir), 'utf8') }));

const COLOUR = /#[0-9a-fA-F]{3,8}\b|(?:rgba?|hsla?)\([^)]*\)/g;

const small = (node: string, line: string, extra = '') =>
	`<svg id="d1" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 200.5px;" viewBox="-50 -10 200.5 100.25" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="d1-t" aria-describedby="d1-d">` +
	`<title id="d1-t">A &amp; B</title><desc id="d1-d">Two boxes.</desc>` +
	`<style>#d1 .node{fill:${node};}#d1 .edge{stroke:${line};}</style><g><rect class="node"${extra}/><path class="edge" d="M0 0L1 1"/></g></svg>`;
const merged = mergePalettes(small('#eeeeee', '#111111'), small('#222222', '#dddddd'), 'd1');

describe('standaloneSvg on the real diagrams in the render cache', () => {
	test('the cache holds diagrams to check', () => {
		expect(cached.length).toBeGreaterThan(0);
	});

	for (const { name, svg } of cached) {
		test(`${name}: light and dark files are self-contained, well-formed and differ only in colour`, () => {
			const light = standaloneSvg(svg, 'light');
			const dark = standaloneSvg(svg, 'dark');
			for (const [theme, file] of [
				['light', light],
				['dark', dark],
			] as const) {
				expect(file).not.toContain('var(--mmd-');
				expect(file).not.toContain('data-theme');
				expect(file).not.toContain('@media print');
				expect(file).toContain(`style="fill:${PAGE_BACKGROUND[theme]};stroke:none"`);
				expect(externalReferences(file)).toEqual([]);
				expect(xmlErrors(file)).toEqual([]);
				expect(file).not.toMatch(/^<\?xml/);
				expect(file).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
				expect(file).toMatch(/^<svg [^>]*\srole="img"/);
				expect(file).toMatch(/<title[^>]*>[^<]*\S[^<]*<\/title>/);
				expect(file).toMatch(/<desc[^>]*>[^<]*\S[^<]*<\/desc>/);
				const { width, height } = naturalSize(svg);
				expect(file).toContain(` width="${Math.round(width * 100) / 100}" height="${Math.round(height * 100) / 100}"`);
				expect(file).not.toMatch(/^<svg [^>]*(?:width="100%"|max-width)/);
			}
			// xml:space="preserve" is safe only while no <text> holds formatting whitespace.
			for (const text of light.match(/<text\b[\s\S]*?<\/text>/g) ?? []) expect(text).not.toMatch(/>\s+</);
			expect(light.split(COLOUR)).toEqual(dark.split(COLOUR));
			expect(light).not.toBe(dark);
		});
	}
});

describe('standaloneSvg', () => {
	test("gives each theme its own colours, read from the page SVG's theme rules", () => {
		const light = standaloneSvg(merged, 'light');
		const dark = standaloneSvg(merged, 'dark');
		expect(light).toContain('#d1 .node{fill:#eeeeee;}#d1 .edge{stroke:#111111;}</style>');
		expect(dark).toContain('#d1 .node{fill:#222222;}#d1 .edge{stroke:#dddddd;}</style>');
	});

	test('gives the file a fixed natural size, an image role and a background under the whole view box', () => {
		const light = standaloneSvg(merged, 'light');
		expect(light).toMatch(
			/^<svg width="200\.5" height="100\.25" role="img" xml:space="preserve" id="d1" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="-50 -10 200\.5 100\.25" aria-labelledby="d1-t" aria-describedby="d1-d">/,
		);
		// After title, description and style, before any shape.
		expect(light).toContain(
			'</style><rect class="mmd-background" x="-50" y="-10" width="200.5" height="100.25" style="fill:#ffffff;stroke:none"/><g>',
		);
		expect(light).toMatch(/^<svg[^>]*><title id="d1-t">A &amp; B<\/title><desc/);
		expect(standaloneSvg(merged, 'dark')).toContain('style="fill:#17181c;stroke:none"');
	});

	test('adds the SVG namespace, and the XLink one when xlink: is used', () => {
		const bare = merged.replace(' xmlns="http://www.w3.org/2000/svg"', '').replace('<g>', '<g><use xlink:href="#d1-t"/>');
		const file = standaloneSvg(bare, 'light');
		expect(file).toMatch(/^<svg xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink" xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
		expect(xmlErrors(file)).toEqual([]);
		expect(standaloneSvg(merged, 'light')).not.toContain('xmlns:xlink');
	});

	test('gives the same file from the SVG inlined in a built page, where the figure added a min-width', () => {
		const inPage = /<svg[\s\S]*<\/svg>/.exec(figureHtml(merged, 'd1', 'A &amp; B'))![0];
		expect(inPage).toContain('min-width');
		expect(standaloneSvg(inPage, 'dark')).toBe(standaloneSvg(merged, 'dark'));
	});

	test('leaves an SVG whose colours are the same in both themes with its colours', () => {
		const same = small('#eeeeee', '#111111');
		expect(standaloneSvg(same, 'dark')).toContain('#d1 .node{fill:#eeeeee;}');
	});

	test('refuses a colour that has no value', () => {
		const broken = merged.replace('--mmd-c1:#dddddd;', '');
		expect(() => standaloneSvg(broken, 'dark')).toThrow(StandaloneSvgError);
		expect(() => standaloneSvg(broken, 'dark')).toThrow(/var\(--mmd-c1\).*no dark colour/);
	});

	test('refuses links, images, web fonts, imports and scripts, and says why', () => {
		const withExtra = (extra: string) => merged.replace('<g>', `<g>${extra}`);
		for (const extra of [
			'<a href="https://example.com/"><text>x</text></a>',
			'<image xlink:href="diagram.png"/>',
			'<style>@font-face{font-family:x;src:url(font.woff2)}</style>',
			"<style>@import 'theme.css';</style>",
			'<script>alert(1)</script>',
		]) {
			expect(() => standaloneSvg(withExtra(extra), 'light')).toThrow(/would depend on other files .*so that it can be embedded on its own/);
		}
	});

	test('allows references to its own elements and data: URIs', () => {
		expect(externalReferences('<use href="#a"/><path style="stroke:url(#g)"/><image href="data:image/png;base64,AA"/>')).toEqual([]);
		expect(externalReferences('<use href="https://x/#a"/><path style="fill:url(\'p.svg#g\')"/>')).toEqual([
			'href="https://x/#a"',
			'url(p.svg#g)',
		]);
	});
});

describe('toWellFormedXml', () => {
	// mermaid's HTML labels: what the browser's HTML serialiser writes inside <foreignObject>.
	const htmlLabel =
		'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="10" height="10"><div class="label">' +
		'VPC&nbsp;link<br>V2 &amp; NLB<img src="data:image/png;base64,AA"></div></foreignObject></svg>';

	test('an HTML-serialised label is not XML, and the repaired one is', () => {
		expect(xmlErrors(htmlLabel)).not.toEqual([]);
		const repaired = toWellFormedXml(htmlLabel);
		expect(xmlErrors(repaired)).toEqual([]);
		expect(repaired).toContain('VPC&#160;link<br/>V2 &amp; NLB<img src="data:image/png;base64,AA"/>');
	});

	test('puts HTML inside foreignObject in the XHTML namespace, so it is drawn', () => {
		expect(toWellFormedXml(htmlLabel)).toContain('<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml" class="label">');
		const already = '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>';
		expect(toWellFormedXml(already)).toBe(already);
	});

	test('leaves self-closed elements, XML entities and numeric references alone, and escapes a bare ampersand', () => {
		expect(toWellFormedXml('<br/><text>&lt;a&gt; &#39; &#x27; &quot;</text>')).toBe('<br/><text>&lt;a&gt; &#39; &#x27; &quot;</text>');
		expect(toWellFormedXml('<text>R&D</text>')).toBe('<text>R&amp;D</text>');
		expect(toWellFormedXml('<image href="a"/>')).toBe('<image href="a"/>');
	});

	test('refuses an HTML entity XML does not know', () => {
		expect(() => toWellFormedXml('<text>&copy;</text>')).toThrow(/HTML entity &copy;/);
	});
});

describe('naturalSize', () => {
	test("is the view box's width and height", () => {
		expect(naturalSize(merged)).toEqual({ width: 200.5, height: 100.25 });
	});

	test('refuses an SVG without a usable view box', () => {
		expect(() => naturalSize('<svg id="x"></svg>')).toThrow(StandaloneSvgError);
	});
});
