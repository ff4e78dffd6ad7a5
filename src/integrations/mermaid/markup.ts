/**
 * Small helpers for text that moves between mermaid's serialised SVG and HTML attributes.
 *
 * mermaid's SVG comes from the browser's HTML serialiser, which only ever writes `&amp;`,
 * `&lt;`, `&gt;`, `&quot;` and `&nbsp;`; numeric references are decoded too for safety.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Turns serialised text (such as the content of `<title>`) back into plain text. */
export function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|([a-zA-Z]+));/g, (whole, decimal?: string, hex?: string, name?: string) => {
		if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
		if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
		return NAMED[name!] ?? whole;
	});
}
