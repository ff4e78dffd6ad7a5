/**
 * A self-contained SVG file of a diagram as it is drawn now: the island's SVG element cloned, with
 * every style the page's stylesheets give it written onto the element itself, so the file looks
 * the same without our CSS. The colours come from the theme asked for. Runs in the browser.
 */

/**
 * The inherited properties that decide how SVG content looks. The root gets them all; every other
 * element only those that differ from its parent's, which keeps the file small.
 */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'paint-order',
	'marker-start',
	'marker-end',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'letter-spacing',
	'text-anchor',
	'dominant-baseline',
	'visibility',
] as const;

/** Attributes that tie the drawing to the page (its ids, handlers, focus order), not to the picture. */
const PAGE_ATTRIBUTES = ['class', 'tabindex', 'aria-describedby', 'aria-labelledby', 'focusable', 'data-diagram'];

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportOptions {
	theme: 'light' | 'dark';
	/** The picture's name, written as its <title>. */
	title: string;
	/** A longer description, written as its <desc>: what the view shows. */
	description?: string;
}

export interface ExportedSvg {
	svg: string;
	width: number;
	height: number;
}

/**
 * Reads the computed styles under the requested theme. Switching the page's theme and back
 * happens inside one task, so the reader never sees it painted.
 */
export function exportSvg(source: SVGSVGElement, { theme, title, description }: ExportOptions): ExportedSvg {
	const root = document.documentElement;
	const pageTheme = root.dataset.theme;
	root.dataset.theme = theme;
	try {
		const background = getComputedStyle(document.body).backgroundColor;
		const clone = source.cloneNode(true) as SVGSVGElement;
		const originals = [source, ...source.querySelectorAll('*')];
		const copies = [clone, ...clone.querySelectorAll('*')];
		originals.forEach((original, index) => inlineStyles(original, copies[index]!, index === 0 ? undefined : getComputedStyle(original.parentElement!)));

		const { width, height } = source.viewBox.baseVal;
		for (const name of PAGE_ATTRIBUTES) for (const element of copies) element.removeAttribute(name);
		clone.setAttribute('xmlns', SVG_NS);
		clone.setAttribute('width', String(width));
		clone.setAttribute('height', String(height));
		clone.setAttribute('role', 'img');
		clone.removeAttribute('aria-label');

		const backdrop = document.createElementNS(SVG_NS, 'rect');
		backdrop.setAttribute('width', '100%');
		backdrop.setAttribute('height', '100%');
		backdrop.setAttribute('fill', background);
		const titleElement = document.createElementNS(SVG_NS, 'title');
		titleElement.textContent = title;
		const head: Element[] = [titleElement];
		if (description) {
			const descElement = document.createElementNS(SVG_NS, 'desc');
			descElement.textContent = description;
			head.push(descElement);
		}
		clone.prepend(...head, backdrop);

		return { svg: new XMLSerializer().serializeToString(clone), width, height };
	} finally {
		if (pageTheme === undefined) delete root.dataset.theme;
		else root.dataset.theme = pageTheme;
	}
}

/**
 * Writes `original`'s look onto `copy`. A CSS transform (the travelling packet's) becomes a
 * transform attribute, which every SVG viewer understands.
 */
function inlineStyles(original: Element, copy: Element, parent: CSSStyleDeclaration | undefined): void {
	const computed = getComputedStyle(original);
	const declarations: string[] = [];
	for (const property of INHERITED) {
		const value = computed.getPropertyValue(property);
		if (!parent || value !== parent.getPropertyValue(property)) declarations.push(`${property}:${withLocalReferences(value)}`);
	}
	if (computed.display === 'none') declarations.push('display:none');
	if (computed.opacity !== '1') declarations.push(`opacity:${computed.opacity}`);
	if (computed.transform !== 'none') copy.setAttribute('transform', computed.transform);
	if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
	else copy.removeAttribute('style');
}

/** Computed values spell references to the drawing's own markers as absolute page URLs; the file needs just the fragment. */
function withLocalReferences(value: string): string {
	return value.replace(/url\("?[^"#)]*(#[^")]+)"?\)/g, 'url($1)');
}
