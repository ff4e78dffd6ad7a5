/**
 * <diagram-embed>: the Embed button of a mermaid figure or an island. The element is on every
 * page with a diagram; the dialog is not, until a reader asks for it, so the code and styles
 * behind the button load on its first click. Until this script runs the element stays hidden
 * (diagrams.css), because without scripts there is no dialog to open.
 */
class DiagramEmbed extends HTMLElement {
	#button: HTMLButtonElement | null = null;
	#open = () => {
		const button = this.#button;
		if (!button) return;
		button.setAttribute('aria-busy', 'true');
		import('./embed-dialog.ts')
			.then(({ openEmbedDialog }) => openEmbedDialog(this, button))
			.finally(() => button.removeAttribute('aria-busy'));
	};

	connectedCallback() {
		this.#button = this.querySelector('button');
		this.#button?.addEventListener('click', this.#open);
	}

	disconnectedCallback() {
		this.#button?.removeEventListener('click', this.#open);
	}
}

if (!customElements.get('diagram-embed')) customElements.define('diagram-embed', DiagramEmbed);
