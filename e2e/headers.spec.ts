import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import sirv from 'sirv';
import { CrossOriginHost, htmlPage } from './cross-origin-host.ts';
import { CHAPTER_1, DIST, pagePolicies } from './fixtures.ts';

/**
 * The `_headers` file the build writes (Netlify and Cloudflare Pages), read the way both hosts
 * read it: every rule whose pattern matches an address applies, and Cloudflare Pages joins two
 * values of one header with a comma. So no header name may come from two rules at one address (a
 * browser would enforce two policies); every address, an unknown one too (the host answers it
 * with the 404 page), gets the security headers and a framing rule; each page gets exactly its own
 * policy, the one in its <meta> plus frame-ancestors; only the embed pages may be framed by other
 * sites, which Chromium confirms with the build served that way; the oEmbed files may be read by
 * any site.
 */

interface Rule {
	pattern: string;
	matches: RegExp;
	headers: Map<string, string>;
}

/** Path patterns as both hosts read them: `*` matches anything, `:name` one path segment. */
function rules(text: string): Rule[] {
	const parsed: Rule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:[a-z]+/g, '[^/]+');
			parsed.push({ pattern: line.trim(), matches: new RegExp(`^${source}$`), headers: new Map() });
		} else {
			const [name, ...value] = line.trim().split(': ');
			parsed.at(-1)!.headers.set(name!, value.join(': '));
		}
	}
	return parsed;
}

const parsed = rules(readFileSync(join(DIST, '_headers'), 'utf8'));

/**
 * What both hosts send for an address: the headers of every rule that matches it, two values of
 * one name joined with a comma (Cloudflare Pages), and the names that came from more than one rule.
 */
function sent(path: string): { headers: Map<string, string>; twice: string[] } {
	const headers = new Map<string, string>();
	const twice: string[] = [];
	for (const rule of parsed.filter((candidate) => candidate.matches.test(path))) {
		for (const [name, value] of rule.headers) {
			if (headers.has(name)) twice.push(name);
			headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
		}
	}
	return { headers, twice };
}

/** Every URL path the build serves: each file, and each folder index by its folder's address. */
function servedPaths(): string[] {
	const paths: string[] = [];
	for (const entry of readdirSync(DIST, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || entry.name === '_headers') continue;
		const file = relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/');
		paths.push(`/${file}`);
		if (entry.name === 'index.html') paths.push(`/${file.slice(0, -'index.html'.length)}`);
	}
	return paths;
}

test('every address, an unknown one too, gets each header from one rule: the security headers, its page’s own policy, and CORS on the oEmbed files', () => {
	const text = readFileSync(join(DIST, '_headers'), 'utf8');
	// Cloudflare Pages reads at most 100 rules and 2,000 characters a line.
	expect(parsed.length).toBeLessThanOrEqual(100);
	for (const line of text.split('\n')) expect(line.length).toBeLessThan(2000);

	const policies = pagePolicies(DIST);
	const paths = [...servedPaths(), '/no-such-page/', '/chapters/no-such-chapter/', '/_astro/gone.js'];
	expect(paths.length).toBeGreaterThan(50);
	for (const path of paths) {
		const { headers, twice } = sent(path);
		expect(twice, `${path}: headers from two rules`).toEqual([]);
		expect(headers.get('X-Content-Type-Options'), path).toBe('nosniff');
		expect(headers.get('Referrer-Policy'), path).toBe('strict-origin-when-cross-origin');
		expect(headers.get('Permissions-Policy'), path).toMatch(/camera=\(\)/);
		// Framing: other sites may frame nothing but the embed pages. A policy's frame-ancestors
		// overrides X-Frame-Options in browsers, which is how the embed pages escape it.
		expect(headers.get('X-Frame-Options'), path).toBe('SAMEORIGIN');
		expect(headers.get('Content-Security-Policy'), path).toBe(policies.get(path));
		expect(headers.get('Access-Control-Allow-Origin'), path).toBe(/^\/embed\/[^/]+\/oembed\.json$/.test(path) ? '*' : undefined);
	}
	expect(parsed.filter((rule) => rule.headers.get('Content-Security-Policy')?.endsWith('frame-ancestors *')).map((rule) => rule.pattern)).toEqual(
		expect.arrayContaining(['/embed/topology/', '/embed/scaling/', '/embed/cross-account/']),
	);
});

test('every page carries its policy as a <meta> before any script, with inline code allowed only by hash', () => {
	for (const [path, policy] of pagePolicies(DIST)) {
		if (path.endsWith('/')) continue;
		const html = readFileSync(join(DIST, path), 'utf8');
		expect(policy, path).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
		// A <meta> policy governs only what follows it: it must come before every script.
		expect(html.indexOf('<meta http-equiv="Content-Security-Policy"'), `${path}: the policy precedes every script`).toBeLessThan(html.indexOf('<script'));
		// Inline code runs only by hash: 'unsafe-inline' is allowed for style attributes alone.
		expect(
			policy.split('; ').filter((directive) => directive.includes("'unsafe-inline'")),
			path,
		).toEqual(["style-src-attr 'unsafe-inline'"]);
	}
});

test('served the way both hosts read the file, another site can frame an embed page, but neither a chapter nor the 404 page', async ({ page }) => {
	// A static host that applies _headers by the address asked for, and answers what it lacks with the 404 page.
	const files = sirv(DIST, { dev: false, etag: false });
	const site = createServer((request, response) => {
		for (const [name, value] of sent(new URL(request.url ?? '/', 'http://x').pathname).headers) response.setHeader(name, value);
		files(request, response, () => {
			response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(readFileSync(join(DIST, '404.html')));
		});
	});
	await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
	const host = new CrossOriginHost();
	await host.start();
	try {
		// localhost: the host page is on 127.0.0.1, so the site is another origin.
		const origin = `http://localhost:${(site.address() as AddressInfo).port}`;
		const frame = (id: string, path: string) => `<iframe id="${id}" src="${origin}${path}" title="${id}" width="800" height="400"></iframe>`;
		await page.goto(host.serve('/host.html', htmlPage('Host page', frame('embed', '/embed/topology/') + frame('chapter', CHAPTER_1) + frame('missing', '/no-such-page/'))));
		await expect(page.frameLocator('#embed').locator('.island')).toHaveAttribute('data-hydrated', 'true');
		// The same server answered the embed, so an error page in a frame here is a refusal to be framed:
		// X-Frame-Options, which the embed page's frame-ancestors * overrides, and the chapter's own frame-ancestors 'self'.
		for (const id of ['chapter', 'missing']) {
			const refused = await (await page.locator(`#${id}`).elementHandle())!.contentFrame();
			await expect.poll(() => refused!.url(), id).toBe('chrome-error://chromewebdata/');
		}
	} finally {
		await host.stop();
		// The framed pages may still hold connections open; close() alone would wait for them.
		site.closeAllConnections();
		await new Promise((done) => site.close(done));
	}
});
