/**
 * The markup a diagram takes in the page: a figure holding the SVG in a horizontally
 * scrollable box, and a visible caption with the diagram's accTitle.
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

/** Gives the SVG its page-unique id: every id inside starts with the SVG's own id. */
export function withSvgId(svg: string, fromId: string, toId: string): string {
	return fromId === toId ? svg : svg.replaceAll(fromId, toId);
}

export function figureHtml(svg: string, svgId: string, title: string): string {
	const naturalWidth = Number(/max-width:\s*([\d.]+)px/.exec(svg)?.[1]);
	const minWidth = Math.round(naturalWidth * MIN_SCALE);
	const sized = svg.replace(/style="max-width:/, `style="min-width: ${minWidth}px; max-width:`);
	const captionId = `${svgId}-caption`;
	return (
		`<figure class="mermaid-figure" data-pagefind-index-attrs="data-search-text" data-search-text="${svgSearchText(svg)}">` +
		`<div class="mermaid-figure__canvas" tabindex="0" role="group" aria-labelledby="${captionId}">${sized}</div>` +
		`<figcaption id="${captionId}">${title}</figcaption>` +
		`</figure>`
	);
}
