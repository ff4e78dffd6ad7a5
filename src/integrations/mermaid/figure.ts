import { escapeAttribute } from '../../utils/escape-attribute.ts';
import { slimSvg } from './slim-svg.ts';

/**
 * The markup a diagram takes in the page: a figure holding the SVG in a horizontally
 * scrollable box, the "Figure options" menu button on its corner (Embed…, View full size), and
 * a visible caption with the diagram's accTitle right under the box.
 *
 * A diagram scales down with the column, but never below `MIN_SCALE` of its natural size
 * (mermaid's 16 px text would fall under 10 px); past that the box scrolls instead. The box is
 * focusable so keyboard users can scroll it.
 */
const MIN_SCALE = 0.6;

/** The text of the SVG's `<title>`, which mermaid writes from `accTitle` (already escaped). */
export function svgTitle(svg: string): string | undefined {
	return /<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1]?.trim() || undefined;
}

/**
 * The words a reader might search for: the description and every label, once each. Pagefind
 * does not index text inside `<svg>`, so the figure carries these in an attribute it indexes.
 */
export function svgSearchText(svg: string): string {
	const description = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1]?.trim();
	const labels = [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
		.map((match) => match[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	return [...new Set([description, ...labels].filter(Boolean))].join(' · ').replaceAll('"', '&quot;');
}

/** What the figure's menu needs to offer a diagram's standalone files (see embed-spec). */
export interface EmbedLinks {
	/** The diagram's accTitle as plain text (not HTML-escaped). */
	title: string;
	/** Root-relative URLs of the light and dark standalone SVGs, including the site's base. */
	light: string;
	dark: string;
	/** Natural size in CSS pixels; rounded up to whole pixels here. */
	width: number;
	height: number;
}

/**
 * The `<diagram-embed>` element of the embed contract, holding the figure's menu button, which a
 * site-wide script upgrades into the menu (src/components/embed/diagram-embed.ts, styles in
 * src/styles/diagrams.css). Only the button is markup: the menu is made when first opened, so
 * each figure costs the page two elements. The caption describes the button, so a screen reader
 * hears which figure's options it opens.
 */
export function embedHtml(links: EmbedLinks, captionId: string): string {
	const attributes = [
		['data-kind', 'mermaid'],
		['data-title', links.title],
		['data-light', links.light],
		['data-dark', links.dark],
		['data-width', String(Math.ceil(links.width))],
		['data-height', String(Math.ceil(links.height))],
	]
		.map(([name, value]) => ` ${name}="${escapeAttribute(value!)}"`)
		.join('');
	// The glyph is a vertical ellipsis, the usual mark of an options menu; the label names it.
	return (
		`<diagram-embed${attributes}><button type="button" class="figure-menu__open" aria-haspopup="menu" ` +
		`aria-label="Figure options" aria-describedby="${captionId}">⋮</button></diagram-embed>`
	);
}

/**
 * The figure for one diagram.
 *
 * @param svg the theme-aware SVG (merge-palettes.ts), whose root id is `svgId`
 * @param title the caption: the accTitle as mermaid wrote it into `<title>` (already escaped)
 * @param embed the diagram's standalone files; without it the figure has no menu
 */
export function figureHtml(svg: string, svgId: string, title: string, embed?: EmbedLinks): string {
	const naturalWidth = Number(/max-width:\s*([\d.]+)px/.exec(svg)?.[1]);
	const minWidth = Math.round(naturalWidth * MIN_SCALE);
	const sized = slimSvg(svg).replace(/style="max-width:/, `style="min-width: ${minWidth}px; max-width:`);
	const captionId = `${svgId}-caption`;
	return (
		`<figure class="mermaid-figure" data-pagefind-index-attrs="data-search-text" data-search-text="${svgSearchText(svg)}">` +
		// The menu goes first: HTML allows a figcaption only as the first or the last child of its
		// figure, and the caption belongs right under the drawing. The menu sits on the box's top
		// corner (diagrams.css), so it is where the eye finds it even though it comes first.
		(embed ? embedHtml(embed, captionId) : '') +
		`<div class="mermaid-figure__canvas" tabindex="0" role="group" aria-labelledby="${captionId}">${sized}</div>` +
		`<figcaption id="${captionId}">${title}</figcaption>` +
		`</figure>`
	);
}
