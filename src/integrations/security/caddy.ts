import { SECURITY_HEADERS } from './policy.ts';
import { FILE_POLICY, literal, SERVER_CONFIG_FOLDER, SHARED_HEADER, type SiteRules } from './site-rules.ts';

/**
 * The Caddy configuration: a Caddyfile fragment to `import` inside a site block whose `root` holds
 * the build at the base path.
 *
 * Caddy's `header` sets response headers as soon as it runs, and a later `header` of the same name
 * replaces them. Inside the base path's `route`, which keeps directives in the order written, the
 * response first gets every header with the policy for files, then a page's own policy at that
 * page's addresses; a file that exists is served. Anything else (an unknown address, or the
 * configuration files, which are left out of the first `file_server`) falls through to the 404
 * page, whose own policy replaces the one set before. Every header is set, never added, so a
 * response carries exactly one Content-Security-Policy. No `handle_errors`: the site block keeps
 * its own.
 */

type Header = readonly [name: string, value: string];

const block = (opening: string, body: string[]) => [`${opening} {`, ...body.map((line) => (line === '' ? line : `\t${line}`)), '}'];

const quoted = (value: string) => `"${literal(value)}"`;

/** One `header` block setting every header a response needs: exactly one policy and the security headers. */
const allHeaders = (policy: string) =>
	block(
		'header',
		[['Content-Security-Policy', policy] as const, ...SECURITY_HEADERS].map(([name, value]) => `${name} ${quoted(value)}`),
	);

const setHeader = (matcher: string, [name, value]: Header) => `header ${matcher} ${name} ${quoted(value)}`;

export function caddyConfig(rules: SiteRules): string {
	const pages = rules.pages.flatMap((page, index) => [`@page${index} path ${page.paths.join(' ')}`, setHeader(`@page${index}`, ['Content-Security-Policy', page.policy])]);
	const shared =
		rules.shared.length === 0 ? [] : ['', '# Tools on other sites read the oEmbed files.', `@shared path ${rules.shared.join(' ')}`, setHeader('@shared', SHARED_HEADER)];
	const hidden = rules.hidden.map((path) => (path.endsWith('/') ? `${path}*` : path));
	const lines = [
		'# Written by the build (src/integrations/security/) from the pages it made: each page gets its own',
		'# Content-Security-Policy, with the hashes of its inline scripts and styles. Every build writes it',
		'# anew: deploy it with the pages it was built with, and never copy a hash out of it by hand.',
		'#',
		`# Import it inside a site block whose root holds the build at ${rules.base}:`,
		`#     import /path/to/dist/${SERVER_CONFIG_FOLDER}/caddy.conf`,
		'',
		...block(`handle ${rules.base}*`, [
			...block('route', [
				...allHeaders(FILE_POLICY),
				'',
				"# Each page's addresses, with its own policy.",
				...pages,
				...shared,
				'',
				'# The configuration files are for the server, not for readers: they get the 404 page below.',
				`@public not path ${hidden.join(' ')}`,
				...block('file_server @public', ['pass_thru']),
				'',
				"# An address nothing answered gets the 404 page, with that status and that page's own headers.",
				`rewrite * ${rules.notFound.path}`,
				...allHeaders(rules.notFound.policy),
				...block('file_server', ['status 404']),
			]),
		]),
	];
	return `${lines.join('\n')}\n`;
}
