import { parseQuery, repeatedNotice } from '../utils/url-parse.ts';
import type { Configuration } from './model.ts';
import { FAULT_KEY, schema, type UrlState } from './url-state.ts';

/**
 * Reading the explorer's state from a link, fault (`&fault=<id>`) included. Apart from
 * url-state.ts, which writes the address, because only the core reads it: a link about the
 * explorer is read once the core, which has AWS's rules and the faults, is here (see
 * setup-view.ts), so the island's own code stays small.
 */

/**
 * Reads the setup and the hop from a query string. `hops` gives the hops of the path drawn for a
 * setup: for an unsupported one, its nearest supported one's.
 */
export function parseUrlState(search: string, hops: (config: Configuration) => number): UrlState {
	const { state: config, ...rest } = parseQuery(schema(hops), search);
	return { config, ...rest };
}

/** What reading a fault from a link needs to know of the catalogue. */
export interface FaultReader {
	/** The fault's title, if the id is one; the notices name it by this, never by what the link says. */
	titleOf: (id: string) => string | undefined;
	/** The hops of the journey to the failing hop, if the fault can happen in `config`. */
	hopsTo: (id: string, config: Configuration) => number | undefined;
	/** Whether AWS supports `config`: a fault shows only on a setup that can be built. */
	supports: (config: Configuration) => boolean;
}

/** What the notices call the fault control. */
const FAULT_LEGEND = '“What can go wrong”';

/**
 * Reads the explorer's state, fault included. `hops` counts the hops of the path drawn for a setup
 * with no fault. A fault that is unknown, given more than once with different values, or that
 * cannot happen in the setup the link sets, falls back to none, with a notice.
 */
export function parseFaultAddress(search: string, hops: (config: Configuration) => number, faults: FaultReader): UrlState {
	const query = new URLSearchParams(search);
	const asked = query.getAll(FAULT_KEY);
	const faultNotices: string[] = [];
	let fault: string | undefined;
	let faultHops = 0;
	// The hop's range depends on the fault, and whether the fault can happen depends on the setup
	// the link sets: the codec asks for the range once it has read the setup.
	const hopsWith = (config: Configuration) => {
		const noFault = (why: string) => faultNotices.push(`The link${why}, so it shows no fault.`);
		const [id, ...copies] = asked;
		// An empty fault means none, quietly; beside a fault, though, it is a copy that disagrees.
		if (id === undefined || asked.every((copy) => copy === '')) return hops(config);
		const title = faults.titleOf(id);
		const hopsToFault = faults.hopsTo(id, config);
		if (copies.some((copy) => copy !== id)) faultNotices.push(repeatedNotice(FAULT_LEGEND, 'no fault'));
		else if (title === undefined) noFault(`’s value for ${FAULT_LEGEND} is not one the explorer knows`);
		else if (!faults.supports(config)) noFault(`’s fault “${title}” cannot be shown on a setup AWS does not support`);
		else if (hopsToFault === undefined) noFault(`’s fault “${title}” cannot happen in the setup it shows`);
		else {
			fault = id;
			faultHops = hopsToFault;
			return hopsToFault;
		}
		return hops(config);
	};
	const state = parseUrlState(search, hopsWith);
	// A link to a fault without a hop opens on the hop where the request dies.
	const step = fault && !query.has('step') ? faultHops - 1 : state.step;
	return { ...state, step, notices: [...state.notices, ...faultNotices], present: state.present || asked.length > 0, fault };
}
