/**
 * Where a diagram's standalone SVG files live:
 * `diagrams/<page>/<name>-light.svg` and `diagrams/<page>/<name>-dark.svg`, below the site's base.
 *
 * Other sites embed these URLs, so they are derived only from things an author controls and
 * sees (the Markdown file's path and the diagram's accTitle), never from a content hash: a
 * corrected typo in a label must not break every page that embeds the diagram.
 */
import type { PaletteName } from './theme.ts';

/** Longest diagram name, in characters; longer titles are cut at a word boundary. */
const MAX_NAME_LENGTH = 60;

/** Used when a title has no ASCII letter or digit at all. */
const FALLBACK_NAME = 'diagram';

/**
 * The diagram's name within its page: its accTitle (plain text, not HTML-escaped) as lowercase
 * ASCII letters, digits and single hyphens, at most 60 characters, cut at a word boundary.
 * Accented letters lose their accents ("Zürich" → "zurich").
 */
export function diagramSlug(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug === '') return FALLBACK_NAME;
	if (slug.length <= MAX_NAME_LENGTH) return slug;
	// Cut at the last hyphen that keeps the name within the limit; a single very long word is
	// cut mid-word rather than dropped.
	const cut = slug.lastIndexOf('-', MAX_NAME_LENGTH);
	return slug.slice(0, cut > 0 ? cut : MAX_NAME_LENGTH).replace(/-+$/, '');
}

/**
 * Folders a page's Markdown can live in, in the order they are tried. The site keeps its pages
 * in `content/`; `src/pages/` is where a plain Astro project (and the e2e fixtures) keep theirs.
 */
const PAGE_ROOTS = ['content/', 'src/pages/'];

/**
 * The page part of a diagram URL: the Markdown file's path under `content/` (or `src/pages/`),
 * given relative to the project root, without its extension and lowercased as Starlight's
 * slugs are. `content/chapters/02-http-api.mdx` → `chapters/02-http-api`,
 * `content/index.mdx` → `index`. A file outside those folders keeps its whole project path.
 * Characters other than letters, digits, `_` and `-` are dropped and spaces become hyphens,
 * as Astro does when it turns file names into page slugs.
 */
export function pagePath(projectRelativeFile: string): string {
	let path = projectRelativeFile.replaceAll('\\', '/').replace(/^\.\//, '');
	const root = PAGE_ROOTS.find((prefix) => path.startsWith(prefix));
	if (root) path = path.slice(root.length);
	path = path.replace(/\.[^./]+$/, '');
	return path
		.split('/')
		.map((segment) =>
			segment
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\s_-]/gu, '')
				.replace(/\s/g, '-'),
		)
		.filter(Boolean)
		.join('/');
}

/**
 * The path of one standalone SVG relative to the site's base (no leading slash), which is also
 * its path inside the build output folder.
 */
export function diagramFilePath(page: string, name: string, theme: PaletteName): string {
	return `diagrams/${page}/${name}-${theme}.svg`;
}

/**
 * The root-relative URL of a path below the base. Each segment is percent-encoded, so a page
 * whose file name has non-ASCII letters still gives a valid URL.
 */
export function diagramUrl(base: string, path: string): string {
	return `${base}${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** Astro's `base` as a prefix: always starts and ends with "/" ("/guides/x" → "/guides/x/"). */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}
