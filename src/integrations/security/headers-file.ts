import { SECURITY_HEADERS } from './policy.ts';

/**
 * The `_headers` file for Netlify and Cloudflare Pages, written from the build itself, so it
 * always matches the pages, their hashes and the base path.
 *
 * No path may match two rules: Cloudflare Pages joins two values of one header with a comma,
 * Netlify does not document what it does, and a browser enforces every CSP it receives, so an
 * overlap could leave a page with a stricter policy than intended. So each page gets rules for its
 * exact addresses (`/guide/x/` and `/guide/x/index.html`), a folder holding no page gets one rule
 * for everything in it, and any other file gets a rule of its own.
 */

export interface BuiltPage {
	/** The page's file under the build folder, e.g. `chapters/01-x/index.html` or `404.html`. */
	file: string;
	/** The page's full Content-Security-Policy, frame-ancestors included. */
	policy: string;
}

const rule = (path: string, headers: Array<[string, string]>) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');

export function headersFile(base: string, pages: BuiltPage[], otherFiles: string[]): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rules: string[] = [];

	for (const page of [...pages].sort((a, b) => a.file.localeCompare(b.file))) {
		const headers: Array<[string, string]> = [['Content-Security-Policy', page.policy], ...SECURITY_HEADERS];
		const paths = page.file.endsWith('/index.html') || page.file === 'index.html' ? [page.file.slice(0, -'index.html'.length), page.file] : [page.file];
		for (const path of paths) rules.push(rule(`${prefix}${path}`, headers));
	}

	// Files other than pages need no script policy, but nobody else may frame them either.
	const plain: Array<[string, string]> = [['Content-Security-Policy', "frame-ancestors 'self'"], ...SECURITY_HEADERS];
	const pageFolders = new Set(pages.map((page) => page.file.split('/')[0]));
	const folders = new Set<string>();
	for (const file of [...otherFiles].sort()) {
		const [top, ...rest] = file.split('/');
		if (rest.length > 0 && !pageFolders.has(top!)) {
			if (!folders.has(top!)) {
				folders.add(top!);
				rules.push(rule(`${prefix}${top}/*`, plain));
			}
		} else {
			rules.push(rule(`${prefix}${file}`, plain));
		}
	}

	return `# Written by the build (src/integrations/security/); do not edit. See the Embedding and deployment pages.\n\n${rules.join('\n\n')}\n`;
}
