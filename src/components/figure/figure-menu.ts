import { element } from '../embed/dom.ts';
import { menuFocusIndex } from './menu-keys.ts';

/**
 * The "Figure options" menu button on a mermaid figure (the ARIA menu button pattern). The menu
 * itself is made on first use, so a page carries one button per figure and nothing more.
 *
 * Keys: Enter, Space or ArrowDown open it on the first item, ArrowUp on the last; in the menu the
 * arrows, Home and End move, Escape closes it and returns to the button, Tab closes it and moves on.
 * A click anywhere else closes it too.
 */

export interface MenuItem {
	label: string;
	/** Runs once the menu has closed; focus is the action's to place. */
	run: () => void;
}

/** Menus made so far on this page, for unique ids. */
let made = 0;

export function attachFigureMenu(host: HTMLElement, button: HTMLButtonElement, items: MenuItem[]): () => void {
	let menu: HTMLElement | undefined;
	const entries = () => [...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
	const isOpen = () => button.getAttribute('aria-expanded') === 'true';

	const close = (returnFocus: boolean) => {
		if (!menu || !isOpen()) return;
		menu.hidden = true;
		button.setAttribute('aria-expanded', 'false');
		document.removeEventListener('pointerdown', onOutside, true);
		if (returnFocus) button.focus();
	};
	const onOutside = (event: Event) => {
		if (!host.contains(event.target as Node)) close(false);
	};

	const build = () => {
		const id = `figure-menu-${++made}`;
		const built = element('div', { class: 'figure-menu', role: 'menu', id, 'aria-label': 'Figure options' });
		for (const item of items) {
			const entry = element('button', { type: 'button', role: 'menuitem', tabindex: '-1', class: 'figure-menu__item' }, item.label);
			entry.addEventListener('click', () => {
				close(false);
				item.run();
			});
			built.append(entry);
		}
		built.addEventListener('keydown', (event) => {
			const all = entries();
			if (event.key === 'Escape') {
				event.preventDefault();
				close(true);
			} else if (event.key === 'Tab') {
				close(false);
			} else {
				const next = menuFocusIndex(event.key, all.indexOf(document.activeElement as HTMLButtonElement), all.length);
				if (next === undefined) return;
				event.preventDefault();
				all[next]!.focus();
			}
		});
		// Focus leaving for something outside the figure's corner (a click, a screen reader's jump).
		built.addEventListener('focusout', (event) => {
			if (!host.contains(event.relatedTarget as Node | null)) close(false);
		});
		button.setAttribute('aria-controls', id);
		host.append(built);
		return built;
	};

	const open = (focusLast = false) => {
		menu ??= build();
		menu.hidden = false;
		button.setAttribute('aria-expanded', 'true');
		document.addEventListener('pointerdown', onOutside, true);
		const all = entries();
		(focusLast ? all.at(-1) : all[0])?.focus();
	};

	const onClick = () => (isOpen() ? close(true) : open());
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		event.preventDefault();
		open(event.key === 'ArrowUp');
	};
	button.setAttribute('aria-expanded', 'false');
	button.addEventListener('click', onClick);
	button.addEventListener('keydown', onKey);
	return () => {
		close(false);
		button.removeEventListener('click', onClick);
		button.removeEventListener('keydown', onKey);
	};
}
