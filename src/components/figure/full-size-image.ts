/**
 * What the full-size view shows for a figure: its standalone SVG file in the page's theme (the
 * files the Embed dialog offers, so the view needs no copy of the inline SVG and its ids), at its
 * natural size, where mermaid's text is 16 px.
 */
export interface FullSizeImage {
	src: string;
	width: number;
	height: number;
}

/** From a `<diagram-embed>`'s data attributes; undefined when the figure has no files. */
export function fullSizeImage(data: DOMStringMap | Record<string, string | undefined>, theme: 'light' | 'dark'): FullSizeImage | undefined {
	const src = theme === 'light' ? data.light : data.dark;
	const width = Number(data.width);
	const height = Number(data.height);
	if (!src || !(width > 0) || !(height > 0)) return undefined;
	return { src, width, height };
}

/** A box wider than its visible part by more than rounding: the reader must scroll to see it all. */
export function overflows(scrollWidth: number, clientWidth: number): boolean {
	return scrollWidth - clientWidth > 1;
}
