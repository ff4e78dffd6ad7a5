/**
 * The previews of glossary terms that chapters show beside a term's link (src/components/glossary/),
 * taken from content/glossary.mdx when the site is built, so a preview says exactly what the
 * glossary says.
 *
 * Each entry there is `<dt id="term">Name</dt>` and a `<dd>` whose paragraph is the definition in
 * one line, then a line that says where the term is explained ("Explained in", "Used in", "Built
 * in" a chapter) and its sources. A preview is the name and the definition; where to read more is
 * the glossary itself, which the preview links to. The definition's Markdown is kept only as far as
 * it shows in a small box: links become their words (a preview links once, to the full entry), and
 * `code` and **bold** stay. Anything else an entry might come to use fails the build, with the term,
 * rather than reaching a reader as stray asterisks or brackets.
 */

/** A run of the definition: plain words, inline code, or words the glossary sets in bold. */
export type DefinitionPart = string | { code: string } | { strong: string };

export interface GlossaryPreview {
	/** The term as the glossary names it, e.g. "Application Load Balancer (ALB)". */
	term: string;
	definition: DefinitionPart[];
}

/** Every term's preview, by the id its `<dt>` carries (the `#anchor` chapters link to). */
export type GlossaryPreviews = Record<string, GlossaryPreview>;

const ENTRY = /<dt id="([^"]+)">([^<]+)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g;
/** The line after the definition: where the term is explained, then its sources. */
const WHERE_EXPLAINED = /^(Explained|Used|Built) in\b/;
const LINK = /\[([^\]]+)\]\([^)\s]+\)/g;
const CODE_OR_STRONG = /`([^`]+)`|\*\*([^*]+)\*\*/g;
/** Markdown or MDX syntax this file does not turn into a preview. */
const UNHANDLED = /[*_[\]<>{}\\]/;

/** The previews of every term in the glossary's MDX source. */
export function glossaryPreviews(mdx: string): GlossaryPreviews {
	const previews: GlossaryPreviews = {};
	for (const [, id, term, body] of mdx.matchAll(ENTRY)) {
		if (previews[id!]) throw new Error(`Glossary: the term "${id}" is defined twice.`);
		previews[id!] = { term: term!.trim(), definition: definitionParts(id!, definitionLine(id!, body!)) };
	}
	const terms = mdx.match(/<dt\b/g)?.length ?? 0;
	if (terms !== Object.keys(previews).length) {
		throw new Error(`Glossary: ${terms} <dt> elements but ${Object.keys(previews).length} entries read as <dt id="…">name</dt> followed by <dd>…</dd>.`);
	}
	return previews;
}

/** The definition of one entry: its first paragraph, without the line saying where it is explained. */
function definitionLine(id: string, body: string): string {
	const lines = body.trim().split(/\n\s*\n/)[0]!.split('\n').map((line) => line.trim());
	const where = lines.findIndex((line) => WHERE_EXPLAINED.test(line));
	if (where < 1) throw new Error(`Glossary: the entry "${id}" needs its definition, then a line starting "Explained in", "Used in" or "Built in".`);
	return lines.slice(0, where).join(' ');
}

/** A definition's Markdown as runs of text, code and bold, with links reduced to their words. */
export function definitionParts(id: string, markdown: string): DefinitionPart[] {
	const text = markdown.replace(LINK, '$1');
	const parts: DefinitionPart[] = [];
	const checked = (run: string) => {
		if (UNHANDLED.test(run)) throw new Error(`Glossary: the definition of "${id}" uses Markdown a preview cannot show: "${run}".`);
		return run;
	};
	let at = 0;
	for (const match of text.matchAll(CODE_OR_STRONG)) {
		if (match.index > at) parts.push(checked(text.slice(at, match.index)));
		const [, code, strong] = match;
		parts.push(code !== undefined ? { code } : { strong: checked(strong!) });
		at = match.index + match[0].length;
	}
	if (at < text.length) parts.push(checked(text.slice(at)));
	return parts;
}
