import { element } from '../embed/dom.ts';
import { trapFocus } from '../embed/focus-trap.ts';
import { fullSizeImage } from './full-size-image.ts';

/**
 * The full-size view of a mermaid figure: a native modal `<dialog>` filling the screen, with the
 * diagram at its natural size in a box that scrolls both ways, so a reader on a phone pans a wide
 * figure with a finger (or the arrow keys once the box has focus) at a size where its text reads.
 * A `<dialog>` brings what a zoom library would otherwise add by hand: the page behind made
 * inert, Escape to close, the top layer; panning is the browser's own scrolling. Focus goes back
 * to the control that opened it.
 */

let dialog: HTMLDialogElement | undefined;

export function openFullSize(host: HTMLElement, opener: HTMLElement): void {
	const theme = document.documentElement.dataset.theme === 'light' ? 'light' : 'dark';
	const image = fullSizeImage(host.dataset, theme);
	if (!image) return;
	const title = host.dataset.title ?? '';

	dialog?.remove();
	const close = element('button', { type: 'button', class: 'embed-dialog__close' }, 'Close');
	const view = element(
		'div',
		// A box that scrolls must be reachable by keyboard, and says what it holds.
		{ class: 'figure-full__view', tabindex: '0', role: 'group', 'aria-label': `${title}, full size` },
		element('img', { src: image.src, alt: title, width: String(image.width), height: String(image.height) }),
	);
	const built = element(
		'dialog',
		{ class: 'figure-full', 'aria-labelledby': 'figure-full-title' },
		element('div', { class: 'figure-full__head' }, element('h2', { id: 'figure-full-title' }, title), close),
		view,
	);
	close.addEventListener('click', () => built.close());
	built.addEventListener('close', () => {
		built.remove();
		if (dialog === built) dialog = undefined;
		opener.focus();
	});
	trapFocus(built);
	dialog = built;
	document.body.append(built);
	built.showModal();
	// The view, not the Close button, takes focus: the keys a reader presses first then pan.
	view.focus();
}
