import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The `_headers` file the build writes (Netlify and Cloudflare Pages): every file the build
 * produces is matched by exactly one rule, so no response carries two policies (a browser would
 * enforce both); each page's Content-Security-Policy is the one in its <meta> plus
 * frame-ancestors; only the embed pages may be framed by other sites; every response carries the
 * other security headers.
 */

const DIST = new URL('../dist/', import.meta.url).pathname;

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
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[a-z]+/g, '[^/]+');
			parsed.push({ pattern: line.trim(), matches: new RegExp(`^${source}$`), headers: new Map() });
		} else {
			const [name, ...value] = line.trim().split(': ');
			parsed.at(-1)!.headers.set(name!, value.join(': '));
		}
	}
	return parsed;
}

/** Every URL path the build serves: each file, and each folder index by its folder's address. */
function servedPaths(): Array<{ path: string; file: string }> {
	const paths: Array<{ path: string; file: string }> = [];
	for (const entry of readdirSync(DIST, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || entry.name === '_headers') continue;
		const file = relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/');
		paths.push({ path: `/${file}`, file });
		if (entry.name === 'index.html') paths.push({ path: `/${file.slice(0, -'index.html'.length)}`, file });
	}
	return paths;
}

test('every file gets exactly one rule: its page’s own policy, frame-ancestors, and the security headers', () => {
	const parsed = rules(readFileSync(join(DIST, '_headers'), 'utf8'));
	const paths = servedPaths();
	expect(paths.length).toBeGreaterThan(50);
	// Cloudflare Pages reads at most 100 rules and 2,000 characters a line.
	expect(parsed.length).toBeLessThanOrEqual(100);
	for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) expect(line.length).toBeLessThan(2000);

	for (const { path, file } of paths) {
		const matching = parsed.filter((rule) => rule.matches.test(path));
		expect(matching.map((rule) => rule.pattern), path).toHaveLength(1);
		const headers = matching[0]!.headers;
		expect(headers.get('X-Content-Type-Options'), path).toBe('nosniff');
		expect(headers.get('Referrer-Policy'), path).toBe('strict-origin-when-cross-origin');
		expect(headers.get('Permissions-Policy'), path).toMatch(/camera=\(\)/);
		const csp = headers.get('Content-Security-Policy')!;
		if (file.endsWith('.html')) {
			const html = readFileSync(join(DIST, file), 'utf8');
			const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
			expect(meta, `${file} has its policy as a <meta>`).toBeTruthy();
			expect(meta, file).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
			// A <meta> policy governs only what follows it: it must come before every script.
			expect(html.indexOf('<meta http-equiv="Content-Security-Policy"'), `${file}: the policy precedes every script`).toBeLessThan(html.indexOf('<script'));
			const framing = /^\/embed\/[^/]+\/(index\.html)?$/.test(path) ? '*' : "'self'";
			expect(csp, path).toBe(`${meta}; frame-ancestors ${framing}`);
			// Inline code runs only by hash: 'unsafe-inline' is allowed for style attributes alone.
			expect(csp.split('; ').filter((directive) => directive.includes("'unsafe-inline'"))).toEqual(["style-src-attr 'unsafe-inline'"]);
			expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
		} else {
			expect(csp, path).toBe("frame-ancestors 'self'");
		}
	}
});
