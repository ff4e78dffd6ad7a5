/**
 * mermaid writes a style sheet into every diagram, scoped to the diagram's id (`#mmd-… .node
 * rect {…}`), and with one theme for the whole site those sheets are the same but for the id:
 * about 6 KB and a few hundred rules for each diagram, which the browser parses and matches
 * against the page again and again. On a built page, diagrams whose sheets match share the first
 * one, scoped to all of them with `:is(#a, #b)`, which keeps the id's specificity, so every rule
 * wins or loses exactly as before.
 */

/** A diagram's own style sheet, right after its `<title>` and `<desc>`, as figure.ts inlines it. */
const DIAGRAM_STYLE = /(<svg id="(mmd-[0-9a-f]+)"[^>]*>(?:<title\b[^>]*>[^<]*<\/title>)?(?:<desc\b[^>]*>[^<]*<\/desc>)?)<style>([^<]*)<\/style>/g;

/** The diagram's id as a rule's scope (`#mmd-1a2b`), not as the start of another id. */
const scopeOf = (id: string) => new RegExp(`#${id}(?![\\w-])`, 'g');
/**
 * Every mention of the diagram's ids, its own and its parts' (`#mmd-1a2b-gradient`). Sheets that
 * differ only there are the same sheet: a rule of mermaid's "neo" look (not used on this site)
 * that fills with the diagram's gradient then fills with the first diagram's, drawn in the same
 * theme colours.
 */
const idsOf = (id: string) => new RegExp(`#${id}(?![0-9A-Za-z_])`, 'g');

/** The page with one style sheet for each set of diagrams whose sheets differ only in their id. */
export function shareDiagramStyles(html: string): string {
	const groups = new Map<string, string[]>();
	for (const [, , id, css] of html.matchAll(DIAGRAM_STYLE)) {
		const shape = css!.replace(idsOf(id!), '#\u0000');
		groups.set(shape, [...(groups.get(shape) ?? []), id!]);
	}
	const groupOf = new Map([...groups.values()].flatMap((ids) => ids.map((id) => [id, ids] as const)));
	return html.replace(DIAGRAM_STYLE, (whole, opening: string, id: string, css: string) => {
		const ids = groupOf.get(id)!;
		if (ids.length === 1) return whole;
		if (ids[0] !== id) return opening;
		return `${opening}<style>${css.replace(scopeOf(id), `:is(${ids.map((each) => `#${each}`).join(',')})`)}</style>`;
	});
}
