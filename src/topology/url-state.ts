import { writeQuery, type QuerySchema } from '../utils/url-codec.ts';
import { hopCount } from './hop-count.ts';
import { DEFAULT_CONFIGURATION, FIELDS, LABELS, type Configuration } from './model.ts';

/**
 * The explorer's state in a URL, e.g. `?api=rest&link=v2&target=alb&compute=ecs&client=public&step=3`
 * (`step` counts from 1), and `&fault=<id>` for a fault the request meets (see src/faults/). The
 * shared codec reads and writes the setup and the hop; this module declares their parameters and
 * writes them. A link is read with the core (read-address.ts), which has AWS's rules and the
 * faults, so the island's own code stays small.
 */

/** The parameter that names a fault. */
export const FAULT_KEY = 'fault';

export interface UrlState {
	config: Configuration;
	/** The current hop, 0-based. */
	step: number;
	/** What was wrong with the URL, for a visible notice. Empty when it was fine. */
	notices: string[];
	/** Whether the URL said anything about the explorer at all. */
	present: boolean;
	/** The fault the request meets, by id: one that can happen in `config`. */
	fault?: string;
}

/** The parameters, with `hops` counting the hops a link's setup lets it step through. */
export const schema = (hops: (config: Configuration) => number): QuerySchema<Configuration> => ({
	tool: 'explorer',
	defaults: DEFAULT_CONFIGURATION,
	params: LABELS,
	hops,
	noteMissing: () => true,
});

/** Whether a query string names any of the explorer's parameters, that is, whether reading it takes more than the defaults. */
export function mentionsExplorer(search: string): boolean {
	const query = new URLSearchParams(search);
	return [...FIELDS, 'step', FAULT_KEY].some((key) => query.has(key));
}

/**
 * The query string for a view; `step` is 0-based here and 1-based in the URL. Parameters in
 * `current` that are not the explorer's (an embed's `theme`, say) are kept.
 */
export function toSearch(config: Configuration, step: number, current = '', fault?: string): string {
	const query = new URLSearchParams(writeQuery(schema(hopCount), config, current, step));
	if (fault) query.set(FAULT_KEY, fault);
	else query.delete(FAULT_KEY);
	return `?${query}`;
}
