import type { EmbeddableIsland, IslandKind } from './islands.ts';
import { iframeSnippet, resizeScriptSnippet } from './snippets.ts';
import { resizeScriptUrl } from './urls.ts';

/**
 * The oEmbed file of each island. The site is static, so every consumer gets the same file
 * whatever it asks: `maxwidth`, `maxheight` and the view in the link it was given cannot change
 * the answer. The file therefore describes the island's starting view at one typical width, and
 * its `html` is the Embed dialog's snippet for that view, resize script included, so that the
 * frame fits its content at whatever width the consumer gives it.
 */

/** The site's name as a provider, in oEmbed files. */
export const PROVIDER_NAME = 'API Gateway Private Integrations';

/** The width the files describe the embed at, in CSS pixels: a typical article column. */
export const OEMBED_WIDTH = 720;

/**
 * Each island's starting view in a frame OEMBED_WIDTH wide is this tall, with about 40 pixels to
 * spare so that a hop's text can grow by a line: the iframe's `height` attribute and the file's
 * `height`. It matters where a consumer strips the resize script and keeps only the iframe: the
 * island then shows whole in a 720-pixel column, leaves some space empty below it in a wider one
 * and scrolls inside the frame in a narrower one. The islands grow steeply as the frame narrows
 * (the cross-account explorer is about 8,100 pixels tall at 720 and 12,400 at 320), so sizing for the
 * narrowest frame would leave thousands of empty pixels under every desktop embed.
 * e2e/oembed.spec.ts measures the islands and fails when these stop fitting.
 */
export const OEMBED_HEIGHT: Record<IslandKind, number> = {
	topology: 5360,
	scaling: 4390,
	'cross-account': 8170,
};

/** An oEmbed 1.0 response of type "rich" (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	/** With `height`: the size the html has, before its script runs, in a column this wide. */
	width: number;
	height: number;
}

/** `siteRoot` is the absolute URL of the site's base, ending in a slash. */
export function oembedFor(island: EmbeddableIsland, siteRoot: URL): OEmbedRich {
	const height = OEMBED_HEIGHT[island.kind];
	const frame = iframeSnippet({ src: new URL(island.embedPath, siteRoot).href, title: island.title, height });
	return {
		version: '1.0',
		type: 'rich',
		title: island.title,
		provider_name: PROVIDER_NAME,
		provider_url: siteRoot.href,
		html: `${frame}\n${resizeScriptSnippet(resizeScriptUrl(siteRoot))}`,
		width: OEMBED_WIDTH,
		height,
	};
}
