import { EMBEDDABLE_ISLANDS, type IslandKind } from './islands.ts';
import { embedSearch, type EmbedOptions } from './options.ts';

/**
 * The absolute URLs the Embed dialog hands out. `siteRoot` is the absolute URL of the site's base
 * (location.origin plus the base path, ending in a slash), because a snippet is pasted elsewhere.
 */

export interface IslandView {
	kind: IslandKind;
	/** The island's state as a query string (the island's Embed button keeps it in its data-view attribute). */
	view: string;
}

/** The embed page showing the view, with the chosen embed options. */
export function embedUrl(siteRoot: URL, { kind, view }: IslandView, options: Omit<EmbedOptions, 'notices'>): string {
	return new URL(`${EMBEDDABLE_ISLANDS[kind].embedPath}${embedSearch(view, options)}`, siteRoot).href;
}

/** The full page that restores the view from its address, scrolled to the island. */
export function viewUrl(siteRoot: URL, { kind, view }: IslandView): string {
	const { viewPath, viewAnchor } = EMBEDDABLE_ISLANDS[kind];
	const search = new URLSearchParams(view).toString();
	return new URL(`${viewPath}${search ? `?${search}` : ''}${viewAnchor ? `#${viewAnchor}` : ''}`, siteRoot).href;
}

/** The host page's resize script. */
export function resizeScriptUrl(siteRoot: URL): string {
	return new URL('embed/resize.js', siteRoot).href;
}

/** A root-relative path on this site (a mermaid SVG's, as its figure carries it) made absolute. */
export function absolute(path: string, origin: string): string {
	return new URL(path, origin).href;
}
