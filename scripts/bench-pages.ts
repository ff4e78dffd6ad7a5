import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every page of the build, found in dist/ rather than listed by hand, so a new page is measured
 * the day it is added. Pagefind's own files are search data, not pages.
 */
export function builtPages(dist: string): Array<{ file: string; path: string }> {
	return readdirSync(dist, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => !relative(dist, file).startsWith(`pagefind${sep}`))
		.map((file) => ({ file, path: urlPath(relative(dist, file)) }))
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** The address a static host serves a file of dist/ at: `chapters/x/index.html` is `/chapters/x/`. */
function urlPath(relativeFile: string): string {
	const path = `/${relativeFile.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * `BENCH_PAGES=/chapters/05,/embed/` limits a bench run to pages whose path contains one of the
 * parts, for a quick try while changing something; unset, every page is measured. A part that is
 * a page's whole path selects that page alone: every path contains `/`, which names the landing page.
 */
export function selectedPages<T extends { path: string }>(pages: T[], filter = process.env.BENCH_PAGES): T[] {
	const parts = (filter ?? '').split(',').map((part) => part.trim()).filter(Boolean);
	if (parts.length === 0) return pages;
	const paths = new Set(pages.map((page) => page.path));
	return pages.filter((page) => parts.some((part) => (paths.has(part) ? page.path === part : page.path.includes(part))));
}

/** Chapters carry the per-chapter budgets (HTML gzip, JS). */
export const isChapter = (path: string) => path.startsWith('/chapters/');
