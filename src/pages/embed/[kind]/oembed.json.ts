import type { APIRoute, GetStaticPaths } from 'astro';
import { EMBEDDABLE_ISLANDS, ISLAND_KINDS, type IslandKind } from '../../../embed/islands.ts';
import { oembedFor } from '../../../embed/oembed.ts';
import { BASE } from '../../../utils/base.ts';

/**
 * One static oEmbed file per island embed. oEmbed needs absolute URLs, so without a `site`
 * (SITE_URL) there is nothing true to write and no file is made; the embed pages then leave out
 * their discovery link too.
 */
export const getStaticPaths: GetStaticPaths = () => (import.meta.env.SITE ? ISLAND_KINDS.map((kind) => ({ params: { kind } })) : []);

export const GET: APIRoute = ({ params, site }) => {
	const island = EMBEDDABLE_ISLANDS[params.kind as IslandKind];
	return new Response(JSON.stringify(oembedFor(island, new URL(BASE, site)), null, '\t'), {
		headers: { 'Content-Type': 'application/json+oembed' },
	});
};
