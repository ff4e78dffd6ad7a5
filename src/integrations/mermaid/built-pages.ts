import { readdirSync, readFileSync } from 'node:fs';
import { decodeEntities } from '../../utils/decode-entities.ts';
import { standaloneSvg } from './standalone.ts';

/**
 * A safety net for the end of a build: the standalone files of diagrams whose page was built
 * without the Markdown plugin running.
 *
 * That happens to `.md` pages: Astro's content layer renders them once and keeps the HTML in its
 * data store (node_modules/.astro) until the file changes, so a later build reuses the HTML
 * without compiling it, and the plugin never records the page's diagrams. `.mdx` pages compile
 * on every build. Each built figure still holds the full theme-aware SVG, which is all that
 * standaloneSvg needs, so the files are made again from the built page.
 */

/** A diagram figure found in a built page: its inline SVG and its two file URLs. */
export interface BuiltFigure {
	svg: string;
	light: string;
	dark: string;
}

/** The mermaid figures in one HTML page that offer their files (through the figure's menu). */
export function builtFigures(html: string): BuiltFigure[] {
	const figures: BuiltFigure[] = [];
	for (const match of html.matchAll(/<figure class="mermaid-figure"[\s\S]*?<\/figure>/g)) {
		const figure = match[0];
		const svg = /<svg\b[\s\S]*<\/svg>/.exec(figure)?.[0];
		const embed = /<diagram-embed\b[^>]*>/.exec(figure)?.[0];
		if (!svg || !embed) continue;
		const light = /\sdata-light="([^"]*)"/.exec(embed)?.[1];
		const dark = /\sdata-dark="([^"]*)"/.exec(embed)?.[1];
		if (light && dark) figures.push({ svg, light: decodeEntities(light), dark: decodeEntities(dark) });
	}
	return figures;
}

/** The path below `base` that a root-relative URL names, or undefined if it is not below it. */
export function pathBelowBase(url: string, base: string): string | undefined {
	if (!url.startsWith(base)) return undefined;
	return url.slice(base.length).split('/').map(decodeURIComponent).join('/');
}

/** What the built pages hold: files they link to that were not recorded, and every diagram's SVG id. */
export interface BuiltPagesScan {
	/** [path below base, SVG] for each linked file that `has` did not know, made from the figure's SVG. */
	missing: Array<[path: string, svg: string]>;
	/** The root ids of every diagram SVG in the pages (`mmd-<start of the cache key>`). */
	svgIds: Set<string>;
}

/** Reads every HTML page in `outDir` for mermaid figures; see {@link BuiltPagesScan}. */
export function scanBuiltPages(outDir: URL, base: string, has: (path: string) => boolean): BuiltPagesScan {
	const missing = new Map<string, string>();
	const svgIds = new Set<string>();
	for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const html = readFileSync(new URL(file.replaceAll('\\', '/'), outDir), 'utf8');
		if (!html.includes('<figure class="mermaid-figure"')) continue;
		for (const figure of builtFigures(html)) {
			const id = /^<svg\b[^>]*?\sid="([^"]+)"/.exec(figure.svg)?.[1];
			if (id) svgIds.add(id);
			for (const theme of ['light', 'dark'] as const) {
				const path = pathBelowBase(figure[theme], base);
				if (path === undefined || has(path) || missing.has(path)) continue;
				missing.set(path, standaloneSvg(figure.svg, theme));
			}
		}
	}
	return { missing: [...missing], svgIds };
}
