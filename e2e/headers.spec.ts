import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The `_headers` file (Netlify and Cloudflare Pages) as shipped in dist/: every file the build
 * produces is matched by exactly one rule, so no response carries two frame-ancestors policies
 * (a browser would enforce both), and only the embed pages may be framed by other sites.
 */

const DIST = new URL('../dist/', import.meta.url).pathname;

interface Rule {
	pattern: string;
	matches: RegExp;
	headers: string[];
}

/** Path patterns as both hosts read them: `*` matches anything, `:name` one path segment. */
function rules(text: string): Rule[] {
	const parsed: Rule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[a-z]+/g, '[^/]+');
			parsed.push({ pattern: line.trim(), matches: new RegExp(`^${source}$`), headers: [] });
		} else {
			parsed.at(-1)!.headers.push(line.trim());
		}
	}
	return parsed;
}

/** Every URL path the build serves: each file, and each folder index by its folder's address. */
function servedPaths(): string[] {
	const paths: string[] = [];
	for (const entry of readdirSync(DIST, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || entry.name === '_headers') continue;
		const path = `/${relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
		paths.push(path);
		if (entry.name === 'index.html') paths.push(path.slice(0, -'index.html'.length));
	}
	return paths;
}

test('every file the build serves gets exactly one frame-ancestors policy, and only embeds may be framed elsewhere', () => {
	const parsed = rules(readFileSync(join(DIST, '_headers'), 'utf8'));
	expect(parsed.length).toBeGreaterThan(0);
	const paths = servedPaths();
	expect(paths.length).toBeGreaterThan(50);
	for (const path of paths) {
		const matching = parsed.filter((rule) => rule.matches.test(path));
		// The resize script is loaded, never framed, so no rule for it is needed.
		if (path === '/embed/resize.js' && matching.length === 0) continue;
		expect(matching.map((rule) => rule.pattern), path).toHaveLength(1);
		const expected = /^\/embed\/[^/]+\//.test(path) ? 'frame-ancestors *' : "frame-ancestors 'self'";
		expect(matching[0]!.headers, path).toEqual([`Content-Security-Policy: ${expected}`]);
	}
});
