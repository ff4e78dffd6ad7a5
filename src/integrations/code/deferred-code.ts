import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from '../rewrite-built-pages.ts';

/*
 * The sample tabs highlight every tab's excerpt at build time, but put those of the tabs a reader
 * has not opened in a <noscript data-deferred-code="<url>"> (src/components/SampleTabs.astro).
 * Once the build is done, this moves each such excerpt into the JSON file its URL names and
 * leaves the <noscript> empty; the page fetches the file when the tab first shows
 * (src/components/deferred-code.ts). A chapter then carries one highlighted excerpt per setup
 * rather than four.
 */

const DEFERRED = /<noscript data-deferred-code="([^"]+)">([\s\S]*?)<\/noscript>/g;

/** A page with its deferred excerpts taken out, and the files they go to (URL path → contents). */
export function takeOutDeferredCode(html: string): { html: string; files: Map<string, string> } {
	const files = new Map<string, string>();
	const rest = html.replace(DEFERRED, (_, url: string, code: string) => {
		// The same excerpt shown twice on a page would be one file; two different ones under one name are a mistake.
		const json = `${JSON.stringify({ html: code })}\n`;
		if (files.has(url) && files.get(url) !== json) throw new Error(`Two different excerpts would be written to ${url}.`);
		files.set(url, json);
		return `<noscript data-deferred-code="${url}"></noscript>`;
	});
	return { html: rest, files };
}

/** Applies takeOutDeferredCode to every built page; list it after codeAssets() and before securityHeaders(). */
export function deferredCode(): AstroIntegration {
	let base = '/';
	return {
		name: 'deferred-code',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir, logger }) => {
				let written = 0;
				const pages = rewriteBuiltPages(dir, (html) => {
					const { html: rest, files } = takeOutDeferredCode(html);
					for (const [url, json] of files) {
						if (!url.startsWith(base)) throw new Error(`A deferred excerpt's address ${url} is not under the site's base ${base}.`);
						const file = fileURLToPath(new URL(url.slice(base.length), dir));
						mkdirSync(dirname(file), { recursive: true });
						writeFileSync(file, json);
						written++;
					}
					return rest;
				});
				logger.info(`moved ${written} hidden tab excerpt(s) out of ${pages} page(s)`);
			},
		},
	};
}
