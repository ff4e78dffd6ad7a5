import { describeConfiguration, describeDiagram } from './describe.ts';
import { buildHops } from './hops.ts';
import { buildBlockedDiagram, buildDiagram, type BlockedDiagram } from './layout.ts';
import { ORIENTATIONS, type AccountSetup, type Configuration, type Diagram, type Hop, type Orientation } from './model.ts';
import { assess, pathKey, shownConfiguration, type Verdict } from './rules.ts';
import { accountSetup } from './setup.ts';
import { parseUrlState, type UrlState } from './url-state.ts';

/**
 * Everything the cross-account explorer shows of one choice, worked out: how well AWS supports
 * it, the path drawn (the chosen one, or for the refused direct link the one that works), the
 * journey and what each account sets up. The island only renders it. The page carries the view
 * it opens with; the browser loads this module only when the reader is about to change the
 * choice, or opens a link to another (see view-loader.ts).
 */
export interface SetupView {
	/** How well AWS supports the chosen configuration; for the refused one, why and what works instead. */
	verdict: Verdict;
	/** Names the path drawn: choices that draw the same path keep the player's place. */
	path: string;
	/** The choice, in a few words, for the line that says what is shown. */
	description: string;
	/** For the refused link: the way that works, in words, for its button. */
	alternativeDescription?: string;
	/** The drawing in sentences, for screen readers. */
	summary: string;
	/** The path drawn, in each orientation, without the components' sentences, which are the same in both: */
	drawings: Record<Orientation, Diagram>;
	/** what each component is, by id. */
	descriptions: Record<string, string>;
	/** For the refused link: the connection that cannot exist, drawn. */
	blocked?: BlockedDiagram;
	hops: Hop[];
	/** What each account creates or allows for the path drawn. */
	setup: AccountSetup[];
}

export function setupView(config: Configuration): SetupView {
	const verdict = assess(config);
	const shown = shownConfiguration(config);
	const [wide, tall] = ORIENTATIONS.map((orientation) => buildDiagram(shown, orientation));
	const bare = (diagram: Diagram): Diagram => ({ ...diagram, nodes: diagram.nodes.map(({ description, ...node }) => node) });
	// The hops first: the page's copy then follows the hop list's own text closely enough for gzip
	// to find the repeats (about 0.6 KB less per page).
	return {
		hops: buildHops(shown),
		verdict,
		path: pathKey(config),
		description: describeConfiguration(config),
		...(verdict.status === 'impossible' ? { alternativeDescription: describeConfiguration(verdict.alternative), blocked: buildBlockedDiagram() } : {}),
		summary: describeDiagram(config),
		drawings: { wide: bare(wide!), tall: bare(tall!) },
		descriptions: Object.fromEntries(wide!.nodes.map((node) => [node.id, node.description!])),
		setup: accountSetup(shown),
	};
}

/** The explorer's state from a link, with the hop range of the path its choice draws. */
export const readAddress = (search: string): UrlState => parseUrlState(search, (config) => buildHops(config).length);
