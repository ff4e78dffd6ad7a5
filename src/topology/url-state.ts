import { parseQuery, writeQuery, type QuerySchema } from '../utils/url-codec.ts';
import { buildHops } from './hops.ts';
import { DEFAULT_CONFIGURATION, LABELS, type Configuration } from './model.ts';
import { pathFor } from './rules.ts';

/**
 * The explorer's state in a URL, e.g. `?api=rest&link=v2&target=alb&compute=ecs&client=public&step=3`
 * (`step` counts from 1). The shared codec reads and writes it; this module only declares the
 * parameters. A link that sets some choices but not all is told which ones it left out.
 */

export interface UrlState {
	config: Configuration;
	/** The current hop, 0-based. */
	step: number;
	/** What was wrong with the URL, for a visible notice. Empty when it was fine. */
	notices: string[];
	/** Whether the URL said anything about the explorer at all. */
	present: boolean;
}

const SCHEMA: QuerySchema<Configuration> = {
	tool: 'explorer',
	defaults: DEFAULT_CONFIGURATION,
	params: LABELS,
	// The hops of the path actually drawn: an unsupported setup shows its nearest supported one.
	hops: (config) => buildHops(pathFor(config).shown).length,
	noteMissing: () => true,
};

export function parseUrlState(search: string): UrlState {
	const { state: config, ...rest } = parseQuery(SCHEMA, search);
	return { config, ...rest };
}

/**
 * The query string for a view; `step` is 0-based here and 1-based in the URL. Parameters in
 * `current` that are not the explorer's (an embed's `theme`, say) are kept.
 */
export function toSearch(config: Configuration, step: number, current = ''): string {
	return writeQuery(SCHEMA, config, current, step);
}
