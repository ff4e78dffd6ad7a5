import type { APIRoute } from 'astro';
import { BASE } from '../utils/base.ts';

/**
 * robots.txt: everything may be crawled, and the sitemap is named when the build knows the site's
 * address. Crawlers read robots.txt only at a domain's root, so under a sub-path this file is
 * informative, and the domain's own robots.txt should name the sitemap instead (see the
 * deployment page). The embed pages keep out of indexes with their own noindex.
 */
export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push('', `Sitemap: ${new URL(`${BASE}sitemap-index.xml`, site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
