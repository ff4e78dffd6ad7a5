/**
 * mermaid's flowcharts define a dozen arrowhead `<marker>`s in every diagram (points, circles and
 * crosses, each with a margin variant), whether or not an edge uses them: about 4 KB and two dozen
 * elements a diagram. A page carries only the ones its edges point at.
 */

/** The SVG without the `<marker>` definitions that nothing refers to with `url(#id)`. */
export function withoutUnusedMarkers(svg: string): string {
	const used = new Set([...svg.matchAll(/url\(#([^)\s]+)\)/g)].map((match) => match[1]!));
	return svg.replace(/<marker\b[^>]*?\sid="([^"]+)"[^>]*>[\s\S]*?<\/marker>/g, (marker, id: string) => (used.has(id) ? marker : ''));
}
