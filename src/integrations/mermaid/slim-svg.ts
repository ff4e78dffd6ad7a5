/**
 * mermaid draws for a live page that may animate, click and restyle a diagram; a page of this
 * site only shows it. What only that live use needs costs the reader bytes, elements and layout
 * work (on a chapter with five diagrams, about 800 of its elements), so it is left out of the
 * SVG a page and a standalone file carry. Nothing visible changes.
 */

/** The SVG without what a diagram that is only shown does not need. */
export function slimSvg(svg: string): string {
	return mergeWordSpans(withoutEmptyRects(withoutPointData(withoutUnusedMarkers(svg))));
}

/**
 * Flowcharts define a dozen arrowhead `<marker>`s (points, circles and crosses, each with a
 * margin variant) whether or not an edge uses them: the ones nothing refers to with `url(#id)` go.
 */
export function withoutUnusedMarkers(svg: string): string {
	const used = new Set([...svg.matchAll(/url\(#([^)\s]+)\)/g)].map((match) => match[1]!));
	return svg.replace(/<marker\b[^>]*?\sid="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g, (marker, id: string) => (used.has(id) ? marker : ''));
}

/** Each edge's points, base64-encoded in `data-points` for scripts that animate edges. */
export function withoutPointData(svg: string): string {
	return svg.replace(/ data-points="[^"]*"/g, '');
}

/** Placeholder `<rect>`s without a size (a label's background before a script measures it) draw nothing. */
export function withoutEmptyRects(svg: string): string {
	return svg.replace(/<rect(?: class="background")?(?: style="[^"]*")?><\/rect>/g, '');
}

/**
 * A label line is one `<tspan>` per word inside the line's own `<tspan>`, each with the same
 * attributes (normal style and weight) and no position: one run of text draws the same.
 */
export function mergeWordSpans(svg: string): string {
	const word = /<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">([^<]*)<\/tspan>/g;
	return svg.replace(/(?:<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">[^<]*<\/tspan>)+/g, (words) => [...words.matchAll(word)].map((match) => match[1]).join(''));
}
