import { parseQuery, writeQuery, type QuerySchema } from '../utils/url-codec.ts';
import { buildHops } from './hops.ts';
import { DEFAULT_CONFIGURATION, LABELS, fieldApplies, type Configuration } from './model.ts';

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

const SCHEMA: QuerySchema<Configuration> = {
	tool: 'explorer',
	defaults: DEFAULT_CONFIGURATION,
	params: LABELS,
	hops: (config) => buildHops(config).length,
	// A private-API link has no use for the API choice, so leaving it out is worth no word.
	noteMissing: fieldApplies,
};

export function parseUrlState(search: string): UrlState {
	const { state: config, ...rest } = parseQuery(SCHEMA, search);
	return { config, ...rest };
}

/**
 * The query string for a view, keeping the other parameters of `current` (with or without its
 * leading `?`). `step` is 0-based here and 1-based in the URL.
 */
export function toSearch(config: Configuration, step: number, current = ''): string {
	return writeQuery(SCHEMA, config, current, step);
}
