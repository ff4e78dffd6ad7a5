import { parseQuery, writeQuery, type QuerySchema } from '../utils/url-codec.ts';
import { hopCount } from './hop-count.ts';
import { DEFAULT_CONFIGURATION, FIELDS, LABELS, type Configuration } from './model.ts';

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

/** The parameters, with `hops` counting the hops a link's setup lets it step through. */
const schema = (hops: (config: Configuration) => number): QuerySchema<Configuration> => ({
	tool: 'explorer',
	defaults: DEFAULT_CONFIGURATION,
	params: LABELS,
	hops,
	noteMissing: () => true,
});

/**
 * Reads the explorer's state from a query string. `hops` gives the hops of the path drawn for a
 * setup: for an unsupported one, its nearest supported one's, which takes AWS's rules in words
 * (setup-view.ts reads links with them).
 */
export function parseUrlState(search: string, hops: (config: Configuration) => number): UrlState {
	const { state: config, ...rest } = parseQuery(schema(hops), search);
	return { config, ...rest };
}

/** Whether a query string names any of the explorer's parameters, that is, whether reading it takes more than the defaults. */
export function mentionsExplorer(search: string): boolean {
	const query = new URLSearchParams(search);
	return [...FIELDS, 'step'].some((key) => query.has(key));
}

/**
 * The query string for a view; `step` is 0-based here and 1-based in the URL. Parameters in
 * `current` that are not the explorer's (an embed's `theme`, say) are kept.
 */
export function toSearch(config: Configuration, step: number, current = ''): string {
	return writeQuery(schema(hopCount), config, current, step);
}
