import { attachFigureMenu } from '../figure/figure-menu.ts';
import { openFullSize } from '../figure/full-size.ts';
import { watchWidth } from '../figure/wide-hint.ts';

/**
 * <diagram-embed>: the Embed button of an island, or the "Figure options" menu button of a
 * mermaid figure (Embed…, View full size), which also gives a figure too wide for its column a
 * hint that opens it full size. The element is on every page with a diagram; the Embed dialog is
 * not, until a reader asks for it, so the code and styles behind it load on its first use. Until
 * this script runs the element stays hidden (diagrams.css), because without scripts there is
 * nothing for it to open.
 */
class DiagramEmbed extends HTMLElement {
	#detach: Array<() => void> = [];

	#openEmbed(opener: HTMLElement) {
		opener.setAttribute('aria-busy', 'true');
		import('./embed-dialog.ts')
			.then(({ openEmbedDialog }) => openEmbedDialog(this, opener))
			.finally(() => opener.removeAttribute('aria-busy'));
	}

	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		if (this.dataset.kind === 'mermaid') {
			this.#detach.push(
				attachFigureMenu(this, button, [
					{ label: 'Embed…', run: () => this.#openEmbed(button) },
					{ label: 'View full size', run: () => openFullSize(this, button) },
				]),
			);
			const canvas = this.closest('figure')?.querySelector<HTMLElement>('.mermaid-figure__canvas');
			if (canvas) this.#detach.push(watchWidth(canvas, (opener) => openFullSize(this, opener)));
		} else {
			const open = () => this.#openEmbed(button);
			button.addEventListener('click', open);
			this.#detach.push(() => button.removeEventListener('click', open));
		}
	}

	disconnectedCallback() {
		this.#detach.forEach((detach) => detach());
		this.#detach = [];
	}
}

if (!customElements.get('diagram-embed')) customElements.define('diagram-embed', DiagramEmbed);
