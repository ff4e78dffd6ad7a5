import { SECURITY_HEADERS } from './policy.ts';
import { SHARED_HEADER, type SiteRules } from './site-rules.ts';

/**
 * The `_headers` file for Netlify and Cloudflare Pages.
 *
 * Both hosts apply every rule whose pattern matches a request, and Cloudflare Pages joins two
 * values of one header with a comma, which a browser reads as two policies and enforces both. So
 * no header name may appear in two rules that can match one address:
 *
 * - one catch-all rule under the base carries the headers every response needs, so that unknown
 *   addresses, which get the 404 page, carry them too. It sends no Content-Security-Policy, which
 *   would reach the pages as a second one; it forbids framing with `X-Frame-Options: SAMEORIGIN`
 *   instead, which browsers ignore wherever a `frame-ancestors` policy is present (CSP Level 3,
 *   "Relation to X-Frame-Options"; Chromium, Firefox and WebKit all do);
 * - each page's exact addresses carry its Content-Security-Policy and nothing else, the embed
 *   pages' with `frame-ancestors *`, which is what lets other sites frame them despite the above;
 * - each oEmbed file allows scripts on any site to read it.
 */

const rule = (path: string, headers: ReadonlyArray<readonly [string, string]>) => [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');

export function headersFile(rules: SiteRules): string {
	const blocks = [
		'# Written by the build (src/integrations/security/); do not edit. See the Embedding and Deploying pages.',
		rule(`${rules.base}*`, [['X-Frame-Options', 'SAMEORIGIN'], ...SECURITY_HEADERS]),
		...rules.pages.flatMap((page) => page.paths.map((path) => rule(path, [['Content-Security-Policy', page.policy]]))),
		...rules.shared.map((path) => rule(path, [SHARED_HEADER])),
	];
	return `${blocks.join('\n\n')}\n`;
}
