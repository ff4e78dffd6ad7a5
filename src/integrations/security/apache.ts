import { SECURITY_HEADERS } from './policy.ts';
import { FILE_POLICY, literal, SERVER_CONFIG_FOLDER, SHARED_HEADER, type SiteRules } from './site-rules.ts';

/**
 * The Apache configuration: sections to `Include` inside a `VirtualHost` whose `DocumentRoot`
 * holds the build at the base path (mod_headers and mod_alias enabled).
 *
 * Apache merges `<Location>` and `<LocationMatch>` sections in the order they appear, and a later
 * `Header set` replaces an earlier one of the same name. So the base path's section sets every
 * header with the policy for files, and each page's section, further down, sets its own policy in
 * its place: a response carries exactly one Content-Security-Policy. Headers go in the `always`
 * table, which Apache sends with error responses too, such as the 404 page for an unknown address.
 */

const quoted = (value: string) => `"${literal(value)}"`;

const block = (opening: string, closing: string, body: string[]) => [opening, ...body.map((line) => `\t${line}`), closing];

const set = (name: string, value: string) => `Header always set ${name} ${quoted(value)}`;

const escaped = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A quoted regular expression for exactly these paths. */
const exactly = (paths: string[]) => `"^(${paths.map(escaped).join('|')})$"`;

/** The same for what a server refuses, where a path ending in `/` stands for everything in that folder. */
const refused = (paths: string[]) => `"^(${paths.map((path) => (path.endsWith('/') ? `${escaped(path)}.*` : escaped(path))).join('|')})$"`;

export function apacheConfig(rules: SiteRules): string {
	const pages = rules.pages.flatMap((page) => ['', ...block(`<LocationMatch ${exactly(page.paths)}>`, '</LocationMatch>', [set('Content-Security-Policy', page.policy)])]);
	const shared = rules.shared.flatMap((path) => ['', ...block(`<Location ${quoted(path)}>`, '</Location>', [set(...SHARED_HEADER)])]);
	const lines = [
		'# Written by the build (src/integrations/security/) from the pages it made: each page gets its own',
		'# Content-Security-Policy, with the hashes of its inline scripts and styles. Every build writes it',
		'# anew: deploy it with the pages it was built with, and never copy a hash out of it by hand.',
		'#',
		`# Include it inside a VirtualHost whose DocumentRoot holds the build at ${rules.base}:`,
		`#     Include /path/to/dist/${SERVER_CONFIG_FOLDER}/apache.conf`,
		'# It needs mod_headers (a2enmod headers). Set these headers nowhere else, or a response gets two.',
		'',
		'# The configuration files are for the server, not for readers.',
		`RedirectMatch 404 ${refused(rules.hidden)}`,
		'',
		...block(`<Location ${quoted(rules.base)}>`, '</Location>', [
			'Options -Indexes',
			'DirectoryIndex index.html',
			"# An address nothing answers gets the 404 page, with that page's own headers.",
			`ErrorDocument 404 ${rules.notFound.path}`,
			...[['Content-Security-Policy', FILE_POLICY] as const, ...SECURITY_HEADERS].map(([name, value]) => set(name, value)),
		]),
		...shared,
		...pages,
	];
	return `${lines.join('\n')}\n`;
}
