/**
 * The sample tabs' hidden excerpts (SampleTabs.astro): each waits as an empty <noscript> naming
 * the file that holds its highlighted code (src/integrations/code/deferred-code.ts), and is
 * fetched and put in place the first time its tab shows, including a tab Starlight restored to the
 * reader's earlier choice while the page loaded. Nothing here comes from the page's address: the
 * HTML is the site's own build output.
 */

const SELECTOR = 'noscript[data-deferred-code]';

async function reveal(placeholder: HTMLElement): Promise<void> {
	const url = placeholder.dataset.deferredCode!;
	delete placeholder.dataset.deferredCode;
	try {
		const response = await fetch(url);
		if (!response.ok) throw new Error(String(response.status));
		const { html } = (await response.json()) as { html: string };
		placeholder.insertAdjacentHTML('afterend', html);
	} catch {
		const message = document.createElement('p');
		message.textContent = 'This code could not be loaded. Check the connection, or download the whole file below.';
		placeholder.after(message);
	}
	placeholder.remove();
}

/** Reveals the excerpts of the tabs shown now, and of every other tab when it first shows. */
export function revealDeferredCode(root: ParentNode): void {
	for (const panel of root.querySelectorAll<HTMLElement>('[role="tabpanel"]')) {
		const placeholder = panel.querySelector<HTMLElement>(`:scope > ${SELECTOR}`);
		if (!placeholder) continue;
		if (!panel.hidden) {
			void reveal(placeholder);
			continue;
		}
		const watch = new MutationObserver(() => {
			if (panel.hidden) return;
			watch.disconnect();
			void reveal(placeholder);
		});
		watch.observe(panel, { attributes: true, attributeFilter: ['hidden'] });
	}
}
