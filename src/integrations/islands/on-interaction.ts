import type { ClientDirective } from 'astro';

/**
 * `client:interaction`: the island loads its code when a reader first reaches for it (the pointer
 * comes over it, a finger or a click lands on it, the keyboard focus enters it), not while the page
 * loads. For an island in the first screen, `client:visible` would run React and the island during
 * the load, which is what a phone pays for most. Measured on the landing page with Lighthouse's
 * mobile settings: 0.6 to 1.2 s more main-thread work than the same page with the island never
 * hydrating, and on a busy machine a median performance score of 92; with this directive the page
 * measures as if it had no island (the numbers are in the commit that added it).
 *
 * The island is server-rendered, so until then it is on the page, drawing and all, but does not
 * respond. What a reader does in that gap is kept, not lost:
 * - a button clicked before the code arrived is clicked again once React listens (not one inside a
 *   custom element, whose own script answered it);
 * - a slider or a list box whose value the reader changed is handed to React as a change, so the
 *   island takes the value instead of putting its own back at its next render;
 * - radio choices are the island's to adopt: the browser keeps them checked and ChoiceGroups reads
 *   them when it mounts. Links need nothing: the browser followed them.
 * Keys the island handles itself (the arrows on its drawing) are not replayed: the focus that comes
 * before them has already started the load, and a key repeated late could act twice.
 */

/**
 * What says a reader is about to use the island; each starts loading it. A change comes after focus
 * or a click for most readers, but assistive technology can set a field's value without either.
 */
const INTENT = ['pointerover', 'pointerdown', 'focusin', 'click', 'change'] as const;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
/** Something the reader did before React listened, in the order they did it. */
type Early = { kind: 'click'; button: HTMLButtonElement } | { kind: 'change'; field: Field; value: string };

const onInteraction: ClientDirective = (load, _options, island) => {
	const early: Early[] = [];
	const onClick = (event: Event) => {
		const button = (event.target as Element).closest('button');
		// A button inside a custom element (the Embed button's <diagram-embed>) has its own script,
		// which already answered the click.
		if (button && !button.disabled && !ownedByCustomElement(button, island)) early.push({ kind: 'click', button });
	};
	const onChange = (event: Event) => {
		const field = event.target as Field;
		if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) return;
		// The value as the reader left it: a replay before this one may re-render the field.
		const entry = early.find((candidate) => candidate.kind === 'change' && candidate.field === field);
		if (entry?.kind === 'change') entry.value = field.value;
		else early.push({ kind: 'change', field, value: field.value });
	};

	let started = false;
	const start = async () => {
		if (started) return;
		started = true;
		for (const type of INTENT) island.removeEventListener(type, start, true);
		const hydrate = await load();
		await hydrate();
		// React listens from here on (hydrate creates its root synchronously). An event on a part it
		// has not hydrated yet makes React hydrate that part first, so the replay can start at once.
		island.removeEventListener('click', onClick, true);
		island.removeEventListener('change', onChange, true);
		for (const entry of early) {
			if (entry.kind === 'click') {
				if (island.contains(entry.button)) entry.button.click();
			} else if (island.contains(entry.field)) handOver(entry.field, entry.value);
		}
	};

	// Capture phase, so a handler inside the island that stops an event cannot hide it from these.
	island.addEventListener('click', onClick, true);
	island.addEventListener('change', onChange, true);
	for (const type of INTENT) island.addEventListener(type, start, true);
};

export default onInteraction;

/** Whether a custom element inside the island, and so that element's own script, owns `element`. */
function ownedByCustomElement(element: Element, island: HTMLElement): boolean {
	for (let node = element.parentElement; node && node !== island; node = node.parentElement) {
		if (node.localName.includes('-')) return true;
	}
	return false;
}

/**
 * Makes React see `value`, which the reader chose before hydration, as a change. React hydrates a
 * field with whatever value it has and starts tracking from there, so an event alone would find
 * nothing changed. Setting another value through the field's own `value` property (which React's
 * tracker intercepts), then the reader's through the browser's setter (which it does not), leaves
 * the tracker one value behind: the input event that follows is a change, and React's onChange
 * runs with the reader's value.
 */
function handOver(field: Field, value: string): void {
	field.value = value === '' ? ' ' : '';
	Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set?.call(field, value);
	field.dispatchEvent(new Event('input', { bubbles: true }));
	field.dispatchEvent(new Event('change', { bubbles: true }));
}
