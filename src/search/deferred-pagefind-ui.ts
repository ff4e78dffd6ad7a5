/**
 * Stands in for `@pagefind/default-ui` (astro.config.mjs aliases the bare import here), so that
 * Starlight's search box builds Pagefind's UI when a reader reaches for search instead of as
 * soon as the page is idle.
 *
 * Starlight's search script imports the package and constructs `PagefindUI` in an idle callback
 * on every page. Loading and mounting the UI is one long task (about 250 ms with Lighthouse's
 * 4x CPU slowdown), which Lighthouse counts as blocking time on every page, for a search most
 * readers never open. This class takes the same options, keeps them, and builds the real UI on
 * the first sign of intent: the pointer over the search button, focus on it, a touch, a click,
 * or Ctrl/⌘+K. Starlight's own markup, styles and dialog handling stay as they are. On the way
 * through, each result's sections are put in order of relevance (./rank-sub-results.ts).
 */

import { rankSubResults, type SubResult } from './rank-sub-results.ts';

/** The real UI, by its file path: the bare name would come back to this module. */
const loadRealUi = () => import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');

interface Result {
	url: string;
	/** Absent when a page has no linkable headings. */
	sub_results?: SubResult[];
}
type Options = Record<string, unknown> & { element?: string | HTMLElement; processResult?: (result: Result) => Result | void };

/** The attribute set on the results container while the real UI waits for a reader. */
export const DEFERRED_ATTRIBUTE = 'data-search-deferred';

export class PagefindUI {
	#options: Options;
	#built: Promise<void> | undefined;

	constructor(options: Options) {
		const starlightProcess = options.processResult;
		this.#options = {
			...options,
			processResult: (result: Result) => {
				const processed = starlightProcess?.(result) ?? result;
				if (processed.sub_results) processed.sub_results = rankSubResults(processed.url, processed.sub_results);
				return processed;
			},
		};
		const container = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
		const opener = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
		container?.setAttribute(DEFERRED_ATTRIBUTE, '');
		const build = () => void this.#build(container ?? null);
		for (const type of ['pointerenter', 'focus', 'touchstart', 'click'] as const) opener?.addEventListener(type, build, { once: true, passive: true });
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') build();
		});
		// A reader who opened search before the page was idle is waiting for it now.
		if (container?.closest('dialog')?.open) build();
	}

	#build(container: Element | null): Promise<void> {
		this.#built ??= loadRealUi().then(({ PagefindUI: RealPagefindUI }) => {
			new RealPagefindUI(this.#options);
			container?.removeAttribute(DEFERRED_ATTRIBUTE);
			// Starlight focuses the search field as it opens the dialog; if the field did not
			// exist yet, do it now.
			if (container?.closest('dialog')?.open) container.querySelector('input')?.focus();
		});
		return this.#built;
	}
}
