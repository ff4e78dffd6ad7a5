import type { EmbeddableIsland } from './islands.ts';
import { iframeSnippet } from './snippets.ts';

/** The site's name as a provider, in oEmbed files. */
export const PROVIDER_NAME = 'API Gateway Private Integrations';

/** The width an oEmbed consumer is told the embed wants, in CSS pixels. */
export const OEMBED_WIDTH = 720;

/** An oEmbed 1.0 response of type "rich" (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

/** `siteRoot` is the absolute URL of the site's base, ending in a slash. */
export function oembedFor(island: EmbeddableIsland, siteRoot: URL): OEmbedRich {
	return {
		version: '1.0',
		type: 'rich',
		title: island.title,
		provider_name: PROVIDER_NAME,
		provider_url: siteRoot.href,
		html: iframeSnippet({ src: new URL(island.embedPath, siteRoot).href, title: island.title, height: island.height }),
		width: OEMBED_WIDTH,
		height: island.height,
	};
}
