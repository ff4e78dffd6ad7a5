/**
 * An Expressive Code plugin that renders the same colours with fewer elements.
 *
 * Expressive Code wraps every Shiki token in `<span style="--0:…;--1:…">` (one custom property per
 * theme: `--0` dark, `--1` light), including the spaces between words and the tokens that have the
 * block's own text colour, and nests spans where the two themes split a line differently. A
 * chapter with long code samples carried about eight elements per line, and most of a page's
 * elements were code (Lighthouse's DOM-size audit; slower style and layout on a phone).
 *
 * After each line is rendered, this plugin rewrites the line's token spans so that
 * - each piece of text gets the properties it inherited from all its enclosing token spans, in one
 *   span (a span's `color: var(--0, inherit)` reads the nearest `--0`, so this is the same colour);
 * - a theme's colour equal to that theme's default foreground is dropped: the text then inherits
 *   exactly that colour from `pre > code` (`color: var(--ec-codeFg)`), and a span left with no
 *   properties is no span at all;
 * - whitespace, which shows no colour unless it is underlined or has a background, joins whatever
 *   surrounds it;
 * - neighbouring pieces with the same properties share one span.
 * - the span around a line's indentation goes too (see isIndent).
 * The text, and so what the copy button copies, is never touched. Other elements (a plugin's
 * markers, say) stay, with their contents rewritten the same way.
 */
import type { Element, ElementContent } from '@astrojs/starlight/expressive-code/hast';
import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';

type Styles = Map<string, string>;

/** A token span's custom properties, from its `style` attribute (`--0:#82AAFF;--0fs:italic;--1:…`). */
export function tokenStyles(style: string): Styles {
	const styles: Styles = new Map();
	for (const declaration of style.split(';')) {
		const colon = declaration.indexOf(':');
		if (colon > 0) styles.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
	}
	return styles;
}

/** Whether `node` is one of Expressive Code's token spans: no class, a style of custom properties. */
function isTokenSpan(node: Element): boolean {
	return (
		node.tagName === 'span' &&
		!node.properties.className &&
		typeof node.properties.style === 'string' &&
		node.properties.style.startsWith('--')
	);
}

/**
 * Whether `node` is the span Expressive Code puts around a wrapped line's indentation. It only
 * keeps the indentation from breaking (`white-space: pre`), and a run of leading spaces or tabs
 * offers no break inside it anyway: a line breaks after the whole run (Unicode line breaking,
 * rule LB7), which is where it could break with the span too. The hanging indent of wrapped
 * lines comes from the line's `--ecIndent`, which stays.
 */
function isIndent(node: Element): boolean {
	return (
		node.tagName === 'span' &&
		Array.isArray(node.properties.className) &&
		node.properties.className.length === 1 &&
		node.properties.className[0] === 'indent'
	);
}

/** Styles that show on whitespace too: a background, an underline or a strike-through. */
function paintsWhitespace(styles: Styles): boolean {
	return [...styles.keys()].some((key) => /^--\d+(bg|td)$/.test(key));
}

/** `styles` without the theme colours (`--N`) that equal the theme's default foreground, `defaults[N]`. */
export function withoutDefaultColours(styles: Styles, defaults: readonly (string | undefined)[]): Styles {
	return new Map(
		[...styles].filter(([key, value]) => {
			const variant = /^--(\d+)$/.exec(key);
			const colour = variant ? defaults[Number(variant[1])] : undefined;
			return colour === undefined || colour.toLowerCase() !== value.toLowerCase();
		}),
	);
}

/** The `style` attribute for `styles`, in a fixed order so that equal styles compare equal. */
function styleAttribute(styles: Styles): string {
	return [...styles]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([key, value]) => `${key}:${value}`)
		.join(';');
}

/** One piece of a line: a text node or another element, and the style it shows with. */
interface Piece {
	node: ElementContent;
	/** The `style` attribute it needs, '' for none, or undefined for whitespace that shows no style. */
	style: string | undefined;
}

/**
 * The slimmed children of one line's code element (or of any element in it). `defaults` holds each
 * theme's default foreground colour, by style-variant index (undefined where it is not a literal
 * colour, so it is never compared).
 */
export function slimTokens(children: ElementContent[], defaults: readonly (string | undefined)[]): ElementContent[] {
	const pieces: Piece[] = [];
	const collect = (nodes: ElementContent[], inherited: Styles) => {
		for (const node of nodes) {
			if (node.type === 'element' && isTokenSpan(node)) {
				collect(node.children, new Map([...inherited, ...tokenStyles(node.properties.style as string)]));
				continue;
			}
			if (node.type === 'element' && isIndent(node)) {
				collect(node.children, inherited);
				continue;
			}
			const styles = withoutDefaultColours(inherited, defaults);
			const blank = node.type === 'text' && /^\s*$/.test(node.value) && !paintsWhitespace(styles);
			pieces.push({
				node: node.type === 'element' ? { ...node, children: slimTokens(node.children, defaults) } : node,
				style: blank ? undefined : styleAttribute(styles),
			});
		}
	};
	collect(children, new Map());

	// Group neighbouring pieces of one style; whitespace joins the group before it, or waits for the
	// next group when the one before it has another style than the one after.
	const groups: Array<{ style: string; nodes: ElementContent[] }> = [];
	let waiting: ElementContent[] = [];
	for (const { node, style } of pieces) {
		const last = groups.at(-1);
		if (style === undefined) {
			if (last && last.style === '') last.nodes.push(node);
			else waiting.push(node);
			continue;
		}
		if (last && last.style === style) {
			last.nodes.push(...waiting, node);
		} else {
			if (waiting.length > 0) {
				if (last && last.style === '') last.nodes.push(...waiting);
				else groups.push({ style: '', nodes: waiting });
			}
			groups.push({ style, nodes: [node] });
		}
		waiting = [];
	}
	if (waiting.length > 0) groups.push({ style: '', nodes: waiting });

	return groups.flatMap(({ style, nodes }) =>
		style === ''
			? joinText(nodes)
			: [{ type: 'element', tagName: 'span', properties: { style }, children: joinText(nodes) } satisfies Element],
	);
}

/** `nodes` with neighbouring text nodes joined into one. */
function joinText(nodes: ElementContent[]): ElementContent[] {
	const joined: ElementContent[] = [];
	for (const node of nodes) {
		const last = joined.at(-1);
		if (node.type === 'text' && last?.type === 'text') last.value += node.value;
		else joined.push(node.type === 'text' ? { ...node } : node);
	}
	return joined;
}

/** The plugin, for the `plugins` of ec.config.mjs. */
export function pluginSlimTokens(): ExpressiveCodePlugin {
	return {
		name: 'Slim tokens',
		hooks: {
			postprocessRenderedLine: ({ renderData, styleVariants }) => {
				const defaults = styleVariants.map(({ resolvedStyleSettings }) => {
					const colour = resolvedStyleSettings.get('codeForeground');
					return typeof colour === 'string' && /^#[0-9a-f]+$/i.test(colour) ? colour : undefined;
				});
				for (const node of renderData.lineAst.children) {
					const classes = node.type === 'element' ? node.properties.className : undefined;
					if (node.type === 'element' && Array.isArray(classes) && classes.includes('code')) {
						node.children = slimTokens(node.children, defaults);
					}
				}
			},
		},
	};
}
