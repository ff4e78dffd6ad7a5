import { lazyModule } from '../../explorer/lazy-module.ts';
import { BASE } from '../../utils/base.ts';
import type { GlossaryPreviews } from '../../utils/glossary-previews.ts';

/**
 * Previews of glossary terms: a link to `/glossary/#term` shows the term's definition beside it
 * when a reader points at it, focuses it, or taps it once on a touch screen; the link itself
 * still opens the glossary (a click, Enter, a second tap, or the preview's own link). Escape
 * closes a preview, and focus never moves into it, so nothing is trapped.
 *
 * This file is on every page, so it holds only the events. The box (with Floating UI, which
 * places it) and the definitions (/glossary/previews.json, built from the glossary) load together
 * the first time a reader reaches for a term; until they arrive, and if they never do, the links
 * are plain links. Browsers without the Popover API keep plain links too.
 *
 * The events are written here: HTML's own way to open a popover on hover and focus (interest
 * invokers, `interestfor`) is in one browser engine so far, and the first-tap rule is this site's.
 */

const TERM_LINK = `a[href^="${BASE}glossary/#"]`;
/** A pointer resting on a term this long means it; one passing over the text shows nothing. */
const HOVER_DELAY = 200;
/** Time for the pointer to cross from the term to the box, whose link it may be heading for. */
const LEAVE_DELAY = 300;

/** What keeps a preview open: it closes when none is left. */
type Reason = 'hover' | 'focus' | 'tap';

const popover = lazyModule(() => import('./preview-popover.ts').then(({ createPreviewPopover }) => createPreviewPopover()));
const previews = lazyModule<GlossaryPreviews>(() =>
	fetch(`${BASE}glossary/previews.json`).then((response) => {
		if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
		return response.json();
	}),
);

/** The term the reader is reaching for, shown or about to be. */
let wanted: HTMLAnchorElement | undefined;
const reasons = new Set<Reason>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** A touch on a term: whether its preview was already open, which makes the tap a click through. */
let touch: { link: HTMLAnchorElement; wasOpen: boolean } | undefined;

const inBox = (target: EventTarget | null) => target instanceof Node && !!popover.current()?.element.contains(target);
/** The term link an event happened on; the box's own link to the entry is not a term to preview. */
const termLink = (target: EventTarget | null) => (target instanceof Element && !inBox(target) ? target.closest<HTMLAnchorElement>(TERM_LINK) : null) ?? undefined;
const openFor = (link: HTMLAnchorElement) => popover.current()?.link() === link;

function want(link: HTMLAnchorElement, reason: Reason, delay = 0) {
	clearTimeout(timer);
	if (wanted !== link) reasons.clear();
	wanted = link;
	reasons.add(reason);
	if (openFor(link)) return;
	// Offline, or a deploy replaced the files: the link still works, and the next reach tries again.
	const ready = Promise.all([popover.load(), previews.load()]).catch(() => undefined);
	timer = setTimeout(() => {
		void ready.then((loaded) => {
			if (!loaded || wanted !== link) return;
			const [box, all] = loaded;
			const preview = all[decodeURIComponent(new URL(link.href).hash.slice(1))];
			if (preview) box.show(link, preview);
			else box.hide();
		});
	}, delay);
}

function release(reason: Reason, delay = 0) {
	reasons.delete(reason);
	if (reasons.size > 0) return;
	clearTimeout(timer);
	timer = setTimeout(close, delay);
}

function close() {
	clearTimeout(timer);
	reasons.clear();
	wanted = undefined;
	popover.current()?.hide();
}

function start() {
	document.addEventListener('pointerover', (event) => {
		if (event.pointerType === 'touch') return;
		const link = termLink(event.target);
		if (link) want(link, 'hover', HOVER_DELAY);
		// On the way to the box's own link: the preview stays.
		else if (wanted && inBox(event.target)) want(wanted, 'hover');
	});
	document.addEventListener('pointerout', (event) => {
		if (event.pointerType === 'touch' || !wanted) return;
		const from = termLink(event.target) === wanted || inBox(event.target);
		const to = termLink(event.relatedTarget) === wanted || inBox(event.relatedTarget);
		if (from && !to) release('hover', LEAVE_DELAY);
	});
	document.addEventListener('focusin', (event) => {
		const link = termLink(event.target);
		if (link) want(link, 'focus');
	});
	document.addEventListener('focusout', (event) => {
		if (wanted && (termLink(event.target) === wanted || inBox(event.target)) && termLink(event.relatedTarget) !== wanted && !inBox(event.relatedTarget)) release('focus');
	});
	document.addEventListener('pointerdown', (event) => {
		const link = termLink(event.target);
		touch = event.pointerType === 'touch' && link ? { link, wasOpen: openFor(link) } : undefined;
		// A tap anywhere else puts a preview away, as it would a menu.
		if (event.pointerType === 'touch' && !link && !inBox(event.target)) close();
	});
	document.addEventListener('click', (event) => {
		const link = termLink(event.target);
		if (!touch || link !== touch.link) return;
		// The first tap on a term shows its preview, which holds a link to the full entry; a second tap follows the link.
		if (!touch.wasOpen) {
			event.preventDefault();
			want(link, 'tap');
		}
		touch = undefined;
	});
	document.addEventListener('keydown', (event) => {
		// A click after a key is the keyboard's (Enter), even if a touch that began on the term became a scroll.
		touch = undefined;
		if (event.key === 'Escape' && wanted) close();
	});
}

if (typeof HTMLElement.prototype.showPopover === 'function') start();
