/**
 * Makes every id inside a rendered SVG start with the diagram's own id.
 *
 * mermaid prefixes most ids with the id it renders under, but not all: flowchart edges get
 * `L_a_b_0` and sequence participants `root-N`, where N is a counter that keeps running across
 * renders in the same browser page. Left alone, two diagrams on one page could share ids, and
 * the same source could give different bytes depending on what was rendered before it.
 * Renaming them in document order fixes both.
 */
export function normalizeIds(svg: string, prefix: string): string {
	const renames = new Map<string, string>();
	for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
		const id = match[1]!;
		if (id === prefix || id.startsWith(`${prefix}-`) || id.startsWith(`${prefix}_`)) continue;
		if (!renames.has(id)) renames.set(id, `${prefix}-i${renames.size}`);
	}
	if (renames.size === 0) return svg;

	const rename = (id: string) => renames.get(id) ?? id;
	return (
		svg
			// Attributes that hold one id, or a space-separated list of them.
			.replace(
				/(\s(?:id|for|aria-labelledby|aria-describedby|aria-controls|aria-owns)=")([^"]*)"/g,
				(_, head: string, value: string) => `${head}${value.split(' ').map(rename).join(' ')}"`,
			)
			// Fragment references: href="#x", xlink:href="#x" and url(#x).
			.replace(/((?:xlink:)?href="#)([^"]+)"/g, (_, head: string, id: string) => `${head}${rename(id)}"`)
			.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
	);
}
