/**
 * The site's base path (Astro's `base`, "/" unless the site is deployed under a sub-path), always
 * ending in a slash, so a path relative to the site's root can be appended to it.
 */
// Outside Vite (Playwright loads the island cores to compute expectations) there is no
// import.meta.env: the root is the only sensible answer there.
const configured: string = import.meta.env?.BASE_URL ?? '/';
export const BASE: string = configured.endsWith('/') ? configured : `${configured}/`;

/** A root-relative URL for `path`, which must not start with a slash (e.g. "embed/topology/"). */
export function withBase(path: string): string {
	return `${BASE}${path}`;
}
