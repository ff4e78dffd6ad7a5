import type { AstroIntegration } from 'astro';
import { rewriteBuiltPages } from '../rewrite-built-pages.ts';

/*
 * Expressive Code links its style sheet and script from inside the first code block of a page
 * (and again from the first <Code> of the sample tabs), so they sit in the middle of <body>.
 * A style sheet found there restyles everything parsed before it once it arrives: in a trace of
 * chapter 5 with a 4x CPU slowdown, that restyle and the layout it left for Expressive Code's
 * first measurement made one task of about 400 ms, which was gone with the sheet in the head.
 * In <head> the sheet is known before the first layout, as a page's style sheets should be.
 */

const STYLE_SHEET = /<link rel="stylesheet" href="[^"]*\/ec\.[\w-]+\.css"\s*\/?>/g;
const SCRIPT = /<script type="module" src="[^"]*\/ec\.[\w-]+\.js"><\/script>/g;

/**
 * Moves Expressive Code's style sheet and script links from the body of a page into its head,
 * once each, after everything else in the head, so the cascade order is what it was.
 * Pages without code blocks come back unchanged.
 */
export function codeAssetsInHead(html: string): string {
	const headEnd = html.indexOf('</head>');
	if (headEnd < 0) return html;
	const body = html.slice(headEnd);
	const sheets = [...new Set(body.match(STYLE_SHEET) ?? [])];
	const scripts = [...new Set(body.match(SCRIPT) ?? [])];
	if (sheets.length === 0 && scripts.length === 0) return html;
	const movedBody = body.replace(STYLE_SHEET, '').replace(SCRIPT, '');
	return html.slice(0, headEnd) + sheets.join('') + scripts.join('') + movedBody;
}

/** Applies codeAssetsInHead to every built page; list it before securityHeaders(). */
export function codeAssets(): AstroIntegration {
	return {
		name: 'code-assets-in-head',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const moved = rewriteBuiltPages(dir, codeAssetsInHead);
				logger.info(`moved the code blocks' style sheet and script into the head of ${moved} page(s)`);
			},
		},
	};
}
