/**
 * What every response of the built site must carry, worked out once from the finished build, so
 * that `_headers` and the nginx, Caddy and Apache configurations are written from the same data and
 * cannot disagree: each page's own Content-Security-Policy (with the hashes of its inline code) at
 * its exact addresses, the 404 page's policy for addresses nothing answers, the files other sites'
 * scripts may read, and the configuration files a server must never hand out.
 */

/** A page of the finished build with the Content-Security-Policy its responses carry. */
export interface BuiltPage {
	/** The page's file under the build folder, e.g. `chapters/01-x/index.html` or `404.html`. */
	file: string;
	/** The page's full Content-Security-Policy, frame-ancestors included. */
	policy: string;
}

export interface SiteRules {
	/** The base path, with a slash at both ends; every path below starts with it. */
	base: string;
	/** Each page's exact addresses (its folder and its index.html) and its policy, in a stable order. */
	pages: Array<{ paths: string[]; policy: string }>;
	/** The page a server answers unknown addresses under the base with, and its policy. */
	notFound: { path: string; policy: string };
	/** Files a script on another site may read (the oEmbed files), so they allow any origin. */
	shared: string[];
	/** What a server must refuse: the configuration files themselves. A path ending in `/` stands for a folder. */
	hidden: string[];
}

/** Where in the build the server configurations are written, beside `_headers`. */
export const SERVER_CONFIG_FOLDER = '_server';

/** The policy of a response that is not a page: a script, an image, a redirect. Only this site may frame it. */
export const FILE_POLICY = "frame-ancestors 'self'";

/** The header that lets a script on any site read a shared file, such as a tool fetching an oEmbed file. */
export const SHARED_HEADER: [name: string, value: string] = ['Access-Control-Allow-Origin', '*'];

/** Embed pages are the only pages other sites may frame. */
export const isEmbedPage = (file: string) => /^embed\/[^/]+\/index\.html$/.test(file);

/** The oEmbed files, which tools on other sites fetch to embed a page (src/pages/embed/[kind]/oembed.json.ts). */
const isOembedFile = (file: string) => /^embed\/[^/]+\/oembed\.json$/.test(file);

/** The addresses a page answers at: a folder's index.html also at the folder's own address. */
function addresses(base: string, file: string): string[] {
	if (file === 'index.html' || file.endsWith('/index.html')) return [`${base}${file.slice(0, -'index.html'.length)}`, `${base}${file}`];
	return [`${base}${file}`];
}

/** `files` are every file of the build, pages included, relative to its folder with `/` separators. */
export function siteRules(base: string, pages: BuiltPage[], files: string[]): SiteRules {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const notFound = pages.find((page) => page.file === '404.html');
	if (!notFound) throw new Error('The build has no 404.html, which servers answer unknown addresses with.');
	return {
		base: prefix,
		pages: [...pages].sort((a, b) => a.file.localeCompare(b.file)).map((page) => ({ paths: addresses(prefix, page.file), policy: page.policy })),
		notFound: { path: `${prefix}404.html`, policy: notFound.policy },
		shared: files
			.filter(isOembedFile)
			.sort()
			.map((file) => `${prefix}${file}`),
		hidden: [`${prefix}_headers`, `${prefix}${SERVER_CONFIG_FOLDER}/`],
	};
}

/**
 * A header value written into a configuration file as it is. Each server reads some characters
 * specially (nginx `$` variables, Caddy `{placeholders}`, Apache `%` formats, quotes and
 * backslashes everywhere); none of the site's headers use them, and one that did would be sent
 * changed, so the build stops instead.
 */
export function literal(value: string): string {
	if (!/^[\x20-\x7e]*$/.test(value) || /["\\$%{}]/.test(value)) throw new Error(`A header value a server configuration would read differently: ${value}`);
	return value;
}
