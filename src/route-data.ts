import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Starlight's route data, changed before a page renders (`routeMiddleware` in astro.config.mjs).
 *
 * The 404 page has no address of its own: a host sends it for every address it cannot find.
 * Starlight would still give it a canonical link and an og:url naming /404/, an address that is
 * itself not found, so it has neither. Pointing them at the front page instead would be wrong
 * too: a canonical link says the page is a copy of the one it names, and a link preview would
 * show the front page's address under the title "Page not found".
 */
export const onRequest = defineRouteMiddleware(({ locals }) => {
	const route = locals.starlightRoute;
	if (route.entry.id !== '404') return;
	route.head = route.head.filter(({ tag, attrs }) => !(tag === 'link' && attrs?.rel === 'canonical') && !(tag === 'meta' && attrs?.property === 'og:url'));
});
