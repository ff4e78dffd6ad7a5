/**
 * Turns the page's theme-aware diagram SVG into a standalone SVG file for one theme: a file that
 * a browser opens directly, an `<img>` on another site shows, and an XML tool can parse.
 *
 * The page's SVG leans on its surroundings: its colours are custom properties that the page's
 * theme switches (see merge-palettes.ts), it takes its width from CSS, and it sits on the page's
 * background. The standalone file gets fixed colours, a fixed size and its own background.
 */
import type { PaletteName } from './theme.ts';
import { slimSvg } from './slim-svg.ts';

/**
 * The page background of each Starlight theme (`--sl-color-bg`, see
 * @astrojs/starlight/style/props.css): hsl(0, 0%, 100%) in light, hsl(224, 10%, 10%) in dark.
 * The diagram palettes in theme.ts were chosen against these, so text stays readable on them.
 */
export const PAGE_BACKGROUND: Record<PaletteName, string> = {
	light: '#ffffff',
	dark: '#17181c',
};

/** Something in a diagram that a standalone file cannot carry, such as a link to another file. */
export class StandaloneSvgError extends Error {
	override name = 'StandaloneSvgError';
}

/** A diagram's natural size in CSS pixels: the size mermaid laid it out at. */
export interface NaturalSize {
	width: number;
	height: number;
}

/**
 * The diagram's natural size, from the root element's `viewBox` (mermaid lays diagrams out in
 * user units of one CSS pixel, and writes the same width as `max-width`).
 */
export function naturalSize(svg: string): NaturalSize {
	const viewBox = viewBoxOf(rootTag(svg));
	return { width: viewBox[2], height: viewBox[3] };
}

/**
 * The standalone SVG of a diagram in one theme.
 *
 * @param merged the theme-aware SVG from {@link mergePalettes} (as cached, or as inlined in a page)
 * @throws StandaloneSvgError when a colour has no value for the theme, or the diagram refers to
 *   another file (a link, an image, a web font) or carries a script
 */
export function standaloneSvg(merged: string, theme: PaletteName): string {
	const tag = rootTag(merged);
	const id = attribute(tag, 'id');
	if (!id) throw new StandaloneSvgError('the diagram SVG has no id, so its colour rules cannot be found');

	// The same diagram as the page shows, without what only a live diagram needs (slim-svg.ts).
	const { svg: withoutRules, colours } = takeThemeRules(slimSvg(merged), id, theme);
	let svg = withoutRules.replace(/var\(--mmd-c(\d+)\)/g, (whole, index: string) => {
		const colour = colours.get(Number(index));
		if (colour === undefined) throw new StandaloneSvgError(`the diagram uses ${whole}, but no ${theme} colour is set for it`);
		return colour;
	});

	const root = rootTag(svg);
	svg = svg.replace(root, () => standaloneRootTag(root, svg));
	svg = addBackground(svg, theme);
	svg = toWellFormedXml(svg);

	const external = externalReferences(svg);
	if (external.length > 0) {
		throw new StandaloneSvgError(
			`a standalone copy of this diagram would depend on other files (${external.join(', ')}); ` +
				'remove links, images, web fonts and scripts from the diagram so that it can be embedded on its own.',
		);
	}
	return svg;
}

/** The opening tag of the root `<svg>` element. */
function rootTag(svg: string): string {
	const tag = /<svg\b[^>]*>/.exec(svg)?.[0];
	if (!tag) throw new StandaloneSvgError('the diagram has no <svg> element');
	return tag;
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function viewBoxOf(tag: string): [number, number, number, number] {
	const numbers = (attribute(tag, 'viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
	if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n)) || numbers[2]! <= 0 || numbers[3]! <= 0) {
		throw new StandaloneSvgError('the diagram SVG has no usable viewBox, so its natural size is unknown');
	}
	return numbers as [number, number, number, number];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads the colours of one theme from the rules merge-palettes.ts appends to the `<style>`
 * (dark on `#id`, light on `:root[data-theme='light'] #id` and in `@media print`), and removes
 * those rules: a standalone file has one theme, and `:root` would mean the file itself.
 */
function takeThemeRules(svg: string, id: string, theme: PaletteName): { svg: string; colours: Map<number, string> } {
	const selector = `#${escapeRegExp(id)}`;
	const block = `\\{((?:--mmd-c\\d+:[^;{}]*;)*)\\}`;
	const rules = new RegExp(
		`${selector}${block}:root\\[data-theme='light'\\] ${selector}${block}@media print\\{${selector}${block}\\}`,
	).exec(svg);
	const colours = new Map<number, string>();
	if (!rules) return { svg, colours };

	const declarations = theme === 'dark' ? rules[1]! : rules[2]!;
	for (const match of declarations.matchAll(/--mmd-c(\d+):([^;]*);/g)) colours.set(Number(match[1]), match[2]!.trim());
	return { svg: svg.replace(rules[0], ''), colours };
}

/**
 * The root tag of the standalone file: a fixed size instead of the page's fluid `width="100%"`
 * and `max-width`, the SVG namespaces a file needs (inline SVG in HTML does without them), and
 * `role="img"` so assistive technology reads the file's title and description as one picture
 * rather than walking mermaid's document structure.
 *
 * `xml:space="preserve"` keeps the spaces between words: mermaid writes each word of a label as
 * its own `<tspan>` with a leading space (`<tspan>REST</tspan><tspan> API</tspan>`). Browsers
 * keep that space either way, but SVG 1.1 renderers (librsvg, which many image converters and
 * chat previews use) strip it from each tspan and run the words together. mermaid's output has
 * no formatting whitespace inside `<text>`, so preserving changes nothing else.
 */
function standaloneRootTag(tag: string, svg: string): string {
	const [, , width, height] = viewBoxOf(tag);
	let result = tag
		.replace(/\s(?:width|height|role|aria-roledescription|xml:space)="[^"]*"/g, '')
		.replace(/\sstyle="([^"]*)"/, (_, style: string) => {
			// The page's sizing (mermaid's max-width, the figure's min-width) does not apply here.
			const kept = style
				.split(';')
				.map((declaration) => declaration.trim())
				.filter((declaration) => declaration !== '' && !/^(?:max-|min-)?width\s*:/.test(declaration));
			return kept.length > 0 ? ` style="${kept.join('; ')};"` : '';
		});
	const added = [`width="${formatNumber(width)}"`, `height="${formatNumber(height)}"`, 'role="img"', 'xml:space="preserve"'];
	if (!/\sxmlns="/.test(result)) added.unshift('xmlns="http://www.w3.org/2000/svg"');
	if (/\sxlink:[a-zA-Z]/.test(svg) && !/\sxmlns:xlink="/.test(result)) added.unshift('xmlns:xlink="http://www.w3.org/1999/xlink"');
	result = result.replace(/^<svg\b/, `<svg ${added.join(' ')}`);
	return result;
}

/** At most two decimals: mermaid's sizes carry float noise such as 718.2000122070312. */
function formatNumber(value: number): string {
	return String(Math.round(value * 100) / 100);
}

/**
 * Paints the theme's page background behind the diagram. It goes after `<title>`, `<desc>` and
 * `<style>` (which draw nothing) so that the title stays the first child, where tools look for
 * it, and before every shape, so it is painted first. The colour is in `style`, which no rule
 * in mermaid's stylesheet can override.
 */
function addBackground(svg: string, theme: PaletteName): string {
	const [x, y, width, height] = viewBoxOf(rootTag(svg));
	const rect =
		`<rect class="mmd-background" x="${formatNumber(x)}" y="${formatNumber(y)}" width="${formatNumber(width)}" ` +
		`height="${formatNumber(height)}" style="fill:${PAGE_BACKGROUND[theme]};stroke:none"/>`;
	const afterHead = /^(<svg\b[^>]*>(?:\s*<title\b[^>]*>[\s\S]*?<\/title>)?(?:\s*<desc\b[^>]*>[\s\S]*?<\/desc>)?(?:\s*<style\b[^>]*>[\s\S]*?<\/style>)?)/.exec(
		svg.slice(svg.indexOf('<svg')),
	)![1]!;
	const at = svg.indexOf('<svg') + afterHead.length;
	return svg.slice(0, at) + rect + svg.slice(at);
}

/** Elements that HTML writes without an end tag; XML needs them self-closed. */
const VOID_ELEMENTS = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)((?:\s[^<>]*?)?)\s*\/?>/gi;

/** XML knows only these five names; anything else must be a numeric reference. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const HTML_ONLY_ENTITIES: Record<string, string> = { nbsp: '&#160;' };

/**
 * Repairs what HTML serialisation leaves that XML refuses. mermaid returns its SVG as the
 * browser's HTML serialisation: fine inside a page, but a standalone `.svg` is parsed as XML,
 * where `<br>` must be `<br/>`, `&nbsp;` is undefined, and HTML inside `<foreignObject>` (HTML
 * labels) needs the XHTML namespace, or it is treated as unknown SVG and not drawn.
 */
export function toWellFormedXml(svg: string): string {
	return svg
		.replace(VOID_ELEMENTS, (_, name: string, attributes: string) => `<${name}${attributes}/>`)
		.replace(/&(?:(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);)?/g, (whole, reference?: string) => {
			if (reference === undefined) return '&amp;';
			if (reference.startsWith('#') || XML_ENTITIES.has(reference)) return whole;
			const numeric = HTML_ONLY_ENTITIES[reference];
			if (numeric) return numeric;
			throw new StandaloneSvgError(`the diagram contains the HTML entity ${whole}, which an SVG file cannot use`);
		})
		.replace(
			/(<foreignObject\b[^>]*>\s*)<([a-zA-Z][\w-]*)(?![^>]*\sxmlns=)/g,
			(_, head: string, name: string) => `${head}<${name} xmlns="http://www.w3.org/1999/xhtml"`,
		);
}

/**
 * Every reference to another file: `href`/`xlink:href`/`src` values and CSS `url()`s that are
 * not a `#fragment` in the same file or a `data:` URI, any CSS `@import`, and any script.
 */
export function externalReferences(svg: string): string[] {
	const local = (value: string) => value === '' || value.startsWith('#') || /^data:/i.test(value);
	const found: string[] = [];
	for (const match of svg.matchAll(/\s((?:xlink:)?href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
		const value = (match[2] ?? match[3] ?? '').trim();
		if (!local(value)) found.push(`${match[1]}="${value}"`);
	}
	for (const match of svg.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/g)) {
		const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
		if (!local(value)) found.push(`url(${value})`);
	}
	if (/@import\b/i.test(svg)) found.push('@import');
	if (/<script\b/i.test(svg)) found.push('<script>');
	return found;
}
