import { SECURITY_HEADERS } from './policy.ts';
import { FILE_POLICY, literal, SERVER_CONFIG_FOLDER, SHARED_HEADER, type SiteRules } from './site-rules.ts';

/**
 * The nginx configuration: locations to `include` inside a `server` block whose `root` holds the
 * build at the base path.
 *
 * nginx drops every `add_header` of an outer level wherever a location has one of its own, so each
 * location below sets the whole set itself, and no response can get two Content-Security-Policies:
 * the base location for files and redirects, an exact location per page address, and the 404
 * page's location, which every unknown address is sent to by `error_page`. `always` sends the
 * headers with error responses too (nginx leaves them off a 404 otherwise).
 */

type Header = readonly [name: string, value: string];

const block = (opening: string, body: string[]) => [`${opening} {`, ...body.map((line) => (line === '' ? line : `\t${line}`)), '}'];

/** Every header a response needs: exactly one policy, the security headers, and any extra. */
const headers = (policy: string, extra: Header[] = []) =>
	[['Content-Security-Policy', policy] as const, ...SECURITY_HEADERS, ...extra].map(([name, value]) => `add_header ${name} "${literal(value)}" always;`);

/** A comment over blocks, each after a blank line; nothing when there are no blocks (no oEmbed files without SITE_URL). */
const group = (comment: string, blocks: string[][]) =>
	blocks.length === 0 ? [] : ['', `# ${comment}`, ...blocks.flatMap((lines, index) => (index === 0 ? lines : ['', ...lines]))];

export function nginxConfig(rules: SiteRules): string {
	const refused = rules.hidden.map((path) => block(`location ${path.endsWith('/') ? '^~' : '='} ${path}`, ['return 404;']));
	const shared = rules.shared.map((path) => block(`location = ${path}`, headers(FILE_POLICY, [SHARED_HEADER])));
	const pages = rules.pages.flatMap((page) => page.paths.map((path) => block(`location = ${path}`, headers(page.policy))));
	const lines = [
		'# Written by the build (src/integrations/security/) from the pages it made: each page gets its own',
		'# Content-Security-Policy, with the hashes of its inline scripts and styles. Every build writes it',
		'# anew: deploy it with the pages it was built with, and never copy a hash out of it by hand.',
		'#',
		`# Include it inside a server block whose root holds the build at ${rules.base}:`,
		`#     include /path/to/dist/${SERVER_CONFIG_FOLDER}/nginx.conf;`,
		'# Each location sets all of its headers, so add_header lines of the server block do not reach them.',
		'',
		...block(`location ^~ ${rules.base}`, [
			'index index.html;',
			"# An address nothing answers gets the 404 page, with that status and that page's own headers.",
			`error_page 403 404 =404 ${rules.notFound.path};`,
			...headers(FILE_POLICY),
			...group('The configuration files are for the server, not for readers.', refused),
			...group('Tools on other sites read the oEmbed files.', shared),
			...group("Each page's addresses, with its own policy.", pages),
		]),
	];
	return `${lines.join('\n')}\n`;
}
