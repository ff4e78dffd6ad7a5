import { writeQuery, type QuerySchema } from '../utils/url-codec.ts';
import { parseQuery } from '../utils/url-parse.ts';
import { DEFAULT_CONFIGURATION, FIELDS, LABELS, fieldApplies, type Configuration } from './model.ts';

/**
 * The explorer's state in a URL, e.g. `?pattern=backend&via=rest-api&step=3` (`step` counts from
 * 1, as in the topology explorer). The shared codec reads and writes it; this module only
 * declares the parameters.
 */

export interface UrlState {
	config: Configuration;
	/** The current hop, 0-based. */
	step: number;
	/** What was wrong with the URL, for a visible notice. Empty when it was fine. */
	notices: string[];
	/** Whether the URL said anything about this explorer at all. */
	present: boolean;
}

/** The parameters, with `hops` counting the hops of the path a link's choice draws. */
const schema = (hops: (config: Configuration) => number): QuerySchema<Configuration> => ({
	tool: 'explorer',
	defaults: DEFAULT_CONFIGURATION,
	params: LABELS,
	hops,
	// A private-API link has no use for the API choice, so leaving it out is worth no word.
	noteMissing: fieldApplies,
});

/** Reads the explorer's state; `hops` counts the hops of a choice's path (setup-view.ts reads links with it). */
export function parseUrlState(search: string, hops: (config: Configuration) => number): UrlState {
	const { state: config, ...rest } = parseQuery(schema(hops), search);
	return { config, ...rest };
}

/** Whether a query string names any of the explorer's parameters, that is, whether reading it takes more than the defaults. */
export function mentionsExplorer(search: string): boolean {
	const query = new URLSearchParams(search);
	return [...FIELDS, 'step'].some((key) => query.has(key));
}

/** Every path has at least one hop: what writing a link needs to know (it writes `step` because there are hops). */
const WRITING = schema(() => 1);

/**
 * The query string for a view, keeping the other parameters of `current` (with or without its
 * leading `?`). `step` is 0-based here and 1-based in the URL.
 */
export function toSearch(config: Configuration, step: number, current = ''): string {
	return writeQuery(WRITING, config, current, step);
}
