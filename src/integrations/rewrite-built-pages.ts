import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Passes every HTML page of a finished build through `rewrite` and writes back the pages it
 * changed; returns how many. For the build steps that edit whole pages once Astro is done.
 */
export function rewriteBuiltPages(outDir: URL, rewrite: (html: string) => string): number {
	let changed = 0;
	for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const url = new URL(file.replaceAll('\\', '/'), outDir);
		const html = readFileSync(url, 'utf8');
		const rewritten = rewrite(html);
		if (rewritten === html) continue;
		writeFileSync(url, rewritten);
		changed++;
	}
	return changed;
}
