/**
 * The site's base path (Astro's `base`, "/" unless the site is deployed under a sub-path), always
 * ending in a slash, so a path relative to the site's root can be appended to it.
 */
export const BASE: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A root-relative URL for `path`, which must not start with a slash (e.g. "embed/topology/"). */
export function withBase(path: string): string {
	return `${BASE}${path}`;
}
