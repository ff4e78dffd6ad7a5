/**
 * The order in which a search result's sections are shown.
 *
 * Pagefind's default UI keeps the three sections of a page with the most matches but shows them
 * in page order, so an overview table or a "how to look" section near the top of a page comes
 * before the section that answers the search. Ranked here by Pagefind's own weighted scores
 * (headings count more than prose, code less), the answering section comes first. Given three or
 * fewer, the UI shows them in the order given.
 */

/** The parts of a Pagefind sub-result this ranking reads. */
export interface SubResult {
	url: string;
	locations: number[];
	weighted_locations?: Array<{ balanced_score: number }>;
}

/** How many sections the default UI shows under a page. */
export const SECTIONS_SHOWN = 3;

const score = (section: SubResult) =>
	section.weighted_locations?.reduce((sum, location) => sum + location.balanced_score, 0) ?? section.locations.length;

/**
 * The sections worth showing, best first. The page's own entry (the text before its first
 * heading, whose URL is the page's) stays first, because the UI shows it as the page's excerpt.
 */
export function rankSubResults<T extends SubResult>(pageUrl: string, sections: T[]): T[] {
	const root = sections[0]?.url === pageUrl ? sections.slice(0, 1) : [];
	const ranked = sections
		.slice(root.length)
		.map((section, index) => ({ section, index, score: score(section) }))
		// Ties keep page order.
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, SECTIONS_SHOWN)
		.map(({ section }) => section);
	return [...root, ...ranked];
}
