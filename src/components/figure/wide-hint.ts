import { element } from '../embed/dom.ts';
import { overflows } from './full-size-image.ts';

/**
 * A figure too wide for the column scrolls sideways in its box, which a reader on a phone may not
 * notice: the part past the edge is simply not there. Such a figure gets a visible hint in its
 * top strip, itself a button that opens the full-size view. The strip's space is reserved by
 * diagrams.css whether or not the hint shows, so its arrival moves nothing on the page.
 *
 * One ResizeObserver watches every figure's box, so turning a phone or resizing a window shows or
 * hides each hint as its figure starts or stops fitting.
 */

const hints = new WeakMap<Element, HTMLButtonElement>();
let observer: ResizeObserver | undefined;

function update(canvas: Element): void {
	const hint = hints.get(canvas);
	if (hint) hint.hidden = !overflows(canvas.scrollWidth, canvas.clientWidth);
}

export function watchWidth(canvas: HTMLElement, open: (opener: HTMLElement) => void): () => void {
	const hint = element('button', { type: 'button', class: 'mermaid-figure__wide', hidden: '' }, 'Wide figure: scroll or open full size');
	hint.addEventListener('click', () => open(hint));
	canvas.before(hint);
	hints.set(canvas, hint);
	observer ??= new ResizeObserver((entries) => entries.forEach((each) => update(each.target)));
	observer.observe(canvas);
	return () => {
		observer?.unobserve(canvas);
		hints.delete(canvas);
		hint.remove();
	};
}
