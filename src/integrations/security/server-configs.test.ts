import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { apacheConfig } from './apache.ts';
import { caddyConfig } from './caddy.ts';
import { headersFile } from './headers-file.ts';
import { SERVER_CONFIGS } from './index.ts';
import { nginxConfig } from './nginx.ts';
import { SECURITY_HEADERS } from './policy.ts';
import { FILE_POLICY, literal, SERVER_CONFIG_FOLDER, siteRules } from './site-rules.ts';

/**
 * The server configurations the build writes, from the same pages: what a deployer would notice is
 * a page without its own policy (its scripts blocked or its framing wrong), a response with two
 * policies (a browser enforces both), an error page without the security headers, an oEmbed file
 * other sites cannot read, or the configuration itself served to anyone who asks. nginx runs
 * these files for real in e2e/nginx.spec.ts.
 */

const rules = siteRules(
	'/guide/',
	[
		{ file: 'index.html', policy: 'P-home' },
		{ file: 'chapters/01/index.html', policy: 'P-chapter' },
		{ file: 'embed/topology/index.html', policy: 'P-embed' },
		{ file: '404.html', policy: 'P-404' },
	],
	['index.html', 'chapters/01/index.html', 'embed/topology/index.html', 'embed/topology/oembed.json', '404.html', '_astro/a.js', 'favicon.svg'],
);
const SECURITY_NAMES = SECURITY_HEADERS.map(([name]) => name);

interface Block {
	opening: string;
	lines: string[];
	children: Block[];
}

/** The `{ … }` blocks of an nginx or Caddy configuration, comments left out. */
function parse(text: string): Block {
	const root: Block = { opening: '', lines: [], children: [] };
	const open = [root];
	for (const line of text.split('\n').map((raw) => raw.trim())) {
		if (line === '' || line.startsWith('#')) continue;
		if (line.endsWith('{')) {
			const block: Block = { opening: line.slice(0, -1).trim(), lines: [], children: [] };
			open.at(-1)!.children.push(block);
			open.push(block);
		} else if (line === '}') open.pop();
		else open.at(-1)!.lines.push(line);
	}
	return root;
}

describe('the rules every configuration is written from', () => {
	test("each page's addresses, the 404 page, the oEmbed files and the configuration files, all under the base", () => {
		expect(rules.base).toBe('/guide/');
		expect(rules.pages).toEqual([
			{ paths: ['/guide/404.html'], policy: 'P-404' },
			{ paths: ['/guide/chapters/01/', '/guide/chapters/01/index.html'], policy: 'P-chapter' },
			{ paths: ['/guide/embed/topology/', '/guide/embed/topology/index.html'], policy: 'P-embed' },
			{ paths: ['/guide/', '/guide/index.html'], policy: 'P-home' },
		]);
		expect(rules.notFound).toEqual({ path: '/guide/404.html', policy: 'P-404' });
		expect(rules.shared).toEqual(['/guide/embed/topology/oembed.json']);
		expect(rules.hidden).toEqual(['/guide/_headers', '/guide/_server/']);
		expect(siteRules('/', [{ file: '404.html', policy: 'P' }], []).pages).toEqual([{ paths: ['/404.html'], policy: 'P' }]);
	});

	test('a build without a 404 page, or a header value a server would rewrite, stops the build', () => {
		expect(() => siteRules('/', [{ file: 'index.html', policy: 'P' }], [])).toThrow('no 404.html');
		expect(literal("frame-ancestors 'self'")).toBe("frame-ancestors 'self'");
		for (const value of ['a$b', 'a"b', 'a{b}', '50%', 'a\\b', 'a\nb']) expect(() => literal(value), value).toThrow('would read differently');
	});
});

describe('_headers (Netlify, Cloudflare Pages)', () => {
	const text = headersFile(rules);
	const parsed = text
		.split('\n\n')
		.filter((chunk) => chunk.startsWith('/'))
		.map((chunk) => {
			const [path, ...headers] = chunk.trim().split('\n');
			return { path: path!, headers: headers.map((line) => line.trim().split(': ')[0]!) };
		});

	test('a catch-all under the base carries the security headers, so unknown addresses get them too; it forbids framing without a policy of its own', () => {
		expect(parsed[0]).toEqual({ path: '/guide/*', headers: ['X-Frame-Options', ...SECURITY_NAMES] });
		expect(text).toContain('/guide/*\n  X-Frame-Options: SAMEORIGIN\n');
	});

	test('each page address carries only its own policy, and the oEmbed file only its CORS header: no header name in two rules that match one address', () => {
		expect(parsed.slice(1).map(({ path, headers }) => `${path} ${headers.join()}`)).toEqual([
			'/guide/404.html Content-Security-Policy',
			'/guide/chapters/01/ Content-Security-Policy',
			'/guide/chapters/01/index.html Content-Security-Policy',
			'/guide/embed/topology/ Content-Security-Policy',
			'/guide/embed/topology/index.html Content-Security-Policy',
			'/guide/ Content-Security-Policy',
			'/guide/index.html Content-Security-Policy',
			'/guide/embed/topology/oembed.json Access-Control-Allow-Origin',
		]);
		expect(text).toContain('/guide/embed/topology/\n  Content-Security-Policy: P-embed\n');
		expect(text).toContain('/guide/embed/topology/oembed.json\n  Access-Control-Allow-Origin: *\n');
	});
});

describe('nginx', () => {
	const [base, ...others] = parse(nginxConfig(rules)).children;
	const locations = new Map(base!.children.map((block) => [block.opening.replace(/^location /, ''), block]));
	const headers = (block: Block) =>
		block.lines.filter((line) => line.startsWith('add_header ')).map((line) => /^add_header (\S+) "(.*)" always;$/.exec(line)?.slice(1) ?? ['not always', line]);

	test('one location holds everything under the base, where an unknown address (or a refused one) gets the 404 page with status 404', () => {
		expect(others).toEqual([]);
		expect(base!.opening).toBe('location ^~ /guide/');
		expect(base!.lines).toContain('error_page 403 404 =404 /guide/404.html;');
		expect(base!.lines).toContain('index index.html;');
	});

	test('every location sends the whole set itself, errors included, with exactly one policy: nginx inherits no add_header into a location that has one', () => {
		for (const block of [base!, ...locations.values()]) {
			if (block.lines.includes('return 404;')) continue;
			const sent = headers(block);
			expect(
				sent.filter(([name]) => name === 'not always'),
				block.opening,
			).toEqual([]);
			expect(
				sent.filter(([name]) => name === 'Content-Security-Policy'),
				block.opening,
			).toHaveLength(1);
			expect(
				sent.map(([name]) => name),
				block.opening,
			).toEqual(expect.arrayContaining(SECURITY_NAMES));
		}
		expect(headers(base!)[0]).toEqual(['Content-Security-Policy', FILE_POLICY]);
	});

	test("each page's exact addresses get its own policy; the oEmbed file may be read from anywhere; the configuration files are refused", () => {
		const policyAt = (match: string) => headers(locations.get(match)!).find(([name]) => name === 'Content-Security-Policy')?.[1];
		expect(policyAt('= /guide/')).toBe('P-home');
		expect(policyAt('= /guide/index.html')).toBe('P-home');
		expect(policyAt('= /guide/chapters/01/')).toBe('P-chapter');
		expect(policyAt('= /guide/chapters/01/index.html')).toBe('P-chapter');
		expect(policyAt('= /guide/embed/topology/')).toBe('P-embed');
		expect(policyAt('= /guide/404.html')).toBe('P-404');
		expect(headers(locations.get('= /guide/embed/topology/oembed.json')!)).toContainEqual(['Access-Control-Allow-Origin', '*']);
		expect(locations.get('= /guide/_headers')!.lines).toEqual(['return 404;']);
		expect(locations.get('^~ /guide/_server/')!.lines).toEqual(['return 404;']);
		expect(locations.size).toBe(7 + 1 + 2);
	});
});

describe('Caddy', () => {
	const text = caddyConfig(rules);
	const [handle, ...others] = parse(text).children;
	/** Where a line first appears: a route runs its directives in this order. */
	const at = (line: string) => text.indexOf(`\t\t${line}`);
	const route = handle!.children[0]!;
	const allHeaders = (policy: string) => ({
		opening: 'header',
		lines: [`Content-Security-Policy "${policy}"`, ...SECURITY_HEADERS.map(([name, value]) => `${name} "${value}"`)],
		children: [],
	});

	test('one handle holds everything under the base, leaving the site block its own handle_errors; its route sets every header first, with the policy for files', () => {
		expect(others).toEqual([]);
		expect(handle!.opening).toBe('handle /guide/*');
		expect(route.opening).toBe('route');
		expect(route.children[0]).toEqual(allHeaders(FILE_POLICY));
		expect(at('header {')).toBeLessThan(at('@page0'));
	});

	test("then each page's addresses set (never add) their own policy in its place, the oEmbed file allows any origin, and files are served, except the configuration files", () => {
		expect(route.lines.slice(0, 12)).toEqual([
			'@page0 path /guide/404.html',
			'header @page0 Content-Security-Policy "P-404"',
			'@page1 path /guide/chapters/01/ /guide/chapters/01/index.html',
			'header @page1 Content-Security-Policy "P-chapter"',
			'@page2 path /guide/embed/topology/ /guide/embed/topology/index.html',
			'header @page2 Content-Security-Policy "P-embed"',
			'@page3 path /guide/ /guide/index.html',
			'header @page3 Content-Security-Policy "P-home"',
			'@shared path /guide/embed/topology/oembed.json',
			'header @shared Access-Control-Allow-Origin "*"',
			'@public not path /guide/_headers /guide/_server/*',
			'rewrite * /guide/404.html',
		]);
		expect(route.children[1]).toEqual({ opening: 'file_server @public', lines: ['pass_thru'], children: [] });
	});

	test('what no file answered gets the 404 page with status 404, its own policy replacing the one set before', () => {
		expect(route.children.slice(2)).toEqual([allHeaders('P-404'), { opening: 'file_server', lines: ['status 404'], children: [] }]);
		expect(at('file_server @public {')).toBeLessThan(at('rewrite * /guide/404.html'));
		expect(at('rewrite * /guide/404.html')).toBeLessThan(text.lastIndexOf('\t\theader {'));
	});
});

describe('Apache', () => {
	const text = apacheConfig(rules);
	const sections = [...text.matchAll(/^<(Location|LocationMatch) "([^"]+)">\n([\s\S]*?)^<\/\1>/gm)].map(([, kind, target, body]) => ({
		matches: (path: string) => (kind === 'Location' ? path.startsWith(target!) : new RegExp(target!).test(path)),
		headers: [...body!.matchAll(/^\tHeader always set (\S+) "(.*)"$/gm)].map(([, name, value]) => [name!, value!] as const),
		body: body!,
	}));
	/** What Apache sends for a path: the sections that match it, merged in order, a later `set` replacing an earlier one. */
	const sent = (path: string) => new Map(sections.filter((section) => section.matches(path)).flatMap((section) => section.headers));

	test('every address under the base gets the security headers, and exactly the policy of its page (or of files), even on error responses', () => {
		for (const page of rules.pages) for (const path of page.paths) expect(sent(path).get('Content-Security-Policy'), path).toBe(page.policy);
		for (const path of ['/guide/_astro/a.js', '/guide/chapters/01', '/guide/chapters/01/index.htm']) expect(sent(path).get('Content-Security-Policy'), path).toBe(FILE_POLICY);
		expect([...sent('/guide/favicon.svg').keys()]).toEqual(['Content-Security-Policy', ...SECURITY_NAMES]);
		expect(sent('/guide/embed/topology/oembed.json').get('Access-Control-Allow-Origin')).toBe('*');
		expect(text).not.toMatch(/^\s*Header (?!always set )/m);
	});

	test('an unknown address gets the 404 page; the configuration files are a 404 too, and folders are never listed', () => {
		expect(sections[0]!.body).toContain('\tErrorDocument 404 /guide/404.html\n');
		expect(sections[0]!.body).toContain('\tOptions -Indexes\n');
		const refused = new RegExp(/^RedirectMatch 404 "(.+)"$/m.exec(text)![1]!);
		for (const path of ['/guide/_headers', '/guide/_server/nginx.conf', '/guide/_server/apache.conf']) expect(refused.test(path), path).toBe(true);
		for (const page of rules.pages) for (const path of page.paths) expect(refused.test(path), path).toBe(false);
		expect(refused.test('/guide/_headers.html')).toBe(false);
	});
});

test('each file says how to include it, by the name the build gives it, and the Deploying page shows each', () => {
	const page = readFileSync(new URL('../../../content/deploying.mdx', import.meta.url), 'utf8');
	expect(Object.keys(SERVER_CONFIGS).sort()).toEqual(['apache.conf', 'caddy.conf', 'nginx.conf']);
	for (const [name, config] of Object.entries(SERVER_CONFIGS)) {
		expect(config(rules), name).toMatch(new RegExp(`^#\\s+(include|import|Include) /path/to/dist/${SERVER_CONFIG_FOLDER}/${name.replace('.', '\\.')}`, 'm'));
		expect(page, name).toContain(`\`dist/${SERVER_CONFIG_FOLDER}/${name}\``);
		expect(page, name).toMatch(new RegExp(`(include|import|Include) /var/www/example/guides/private-integrations/${SERVER_CONFIG_FOLDER}/${name.replace('.', '\\.')}`));
	}
});
