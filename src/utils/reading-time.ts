/**
 * How long a chapter takes to read, from its MDX source: the prose, at a pace for technical
 * writing. Code blocks, imports and the components (islands, sample tabs) are left out: the
 * samples are read when they are needed and the explorers are played with, so neither has a
 * pace. Written here rather than taken from a package: the count is one expression, and what
 * takes thought is what to leave out of an MDX file, which a general counter does not know.
 */

/** Words a minute for technical prose; general prose is often counted at 230-250. */
export const WORDS_PER_MINUTE = 200;

/** The words a reader reads in `mdx`: without code, front matter, imports, tags and link targets. */
export function proseWords(mdx: string): number {
	const prose = mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, ' ')
		.replace(/^(import|export)\s[^\n]*$/gm, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/`[^`\n]*`/g, ' code ');
	return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/** Whole minutes to read `mdx`, at least one. */
export function readingMinutes(mdx: string): number {
	return Math.max(1, Math.round(proseWords(mdx) / WORDS_PER_MINUTE));
}
