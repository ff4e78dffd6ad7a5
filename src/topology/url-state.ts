import { parseQuery, writeQuery, type QuerySchema } from '../utils/url-codec.ts';
import { hopCount } from './hop-count.ts';
import { DEFAULT_CONFIGURATION, FIELDS, LABELS, type Configuration } from './model.ts';

/**
 * The explorer's state in a URL, e.g. `?api=rest&link=v2&target=alb&compute=ecs&client=public&step=3`
 * (`step` counts from 1), and `&fault=<id>` for a fault the request meets (see src/faults/). The
 * shared codec reads and writes the setup and the hop; this module declares their parameters and
 * reads the fault, whose ids and words arrive with the core. A link that sets some choices but not
 * all is told which ones it left out.
 */

/** The parameter that names a fault. */
const FAULT_KEY = 'fault';
/** What the notices call the fault control. */
const FAULT_LEGEND = '“What can go wrong”';

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

/** What reading a fault from a link needs to know of the catalogue: the core brings it (see setup-view.ts). */
export interface FaultReader {
	/** The fault's title, if the id is one; the notices name it by this, never by what the link says. */
	titleOf: (id: string) => string | undefined;
	/** The hops of the journey to the failing hop, if the fault can happen in `config`. */
	hopsTo: (id: string, config: Configuration) => number | undefined;
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
export function parseUrlState(search: string, hops: (config: Configuration) => number, faults?: FaultReader): UrlState {
	const asked = new URLSearchParams(search).getAll(FAULT_KEY);
	const faultNotices: string[] = [];
	let fault: string | undefined;
	let faultHops = 0;
	// The hop's range depends on the fault, and whether the fault can happen depends on the setup
	// the link sets: the codec asks for the range once it has read the setup.
	const hopsWith = (config: Configuration) => {
		const noFault = (why: string) => faultNotices.push(`The link${why}, so it shows no fault.`);
		const [id, ...copies] = asked;
		if (id === undefined || id === '') return hops(config);
		const title = faults?.titleOf(id);
		const hopsToFault = faults?.hopsTo(id, config);
		if (copies.some((copy) => copy !== id)) noFault(` gives different values for ${FAULT_LEGEND}`);
		else if (!faults) noFault(`’s fault could not be read without the explorer’s core`);
		else if (title === undefined) noFault(`’s value for ${FAULT_LEGEND} is not one the explorer knows`);
		else if (hopsToFault === undefined) noFault(`’s fault “${title}” cannot happen in the setup it shows`);
		else {
			fault = id;
			faultHops = hopsToFault;
			return hopsToFault;
		}
		return hops(config);
	};
	const { state: config, ...rest } = parseQuery(schema(hopsWith), search);
	// A link to a fault without a hop opens on the hop where the request dies.
	const step = fault && !new URLSearchParams(search).has('step') ? faultHops - 1 : rest.step;
	return { config, ...rest, step, notices: [...rest.notices, ...faultNotices], present: rest.present || asked.length > 0, fault };
}

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
