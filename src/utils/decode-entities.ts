/**
 * Text that comes out of serialised HTML or SVG (mermaid's SVG from the browser's serialiser,
 * built pages read back in tests), with its character references decoded: the named ones those
 * serialisers write (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`) and numeric ones.
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
