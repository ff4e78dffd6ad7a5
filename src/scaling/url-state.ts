import { keysOf, writeQuery, type ChoiceParam, type QuerySchema } from '../utils/url-codec.ts';
import { parseQuery } from '../utils/url-parse.ts';
import { CHOICE_SPECS, DEFAULT_PLAN, NUMBER_SPECS, type ChoiceSpec, type Plan } from './model.ts';

/**
 * The planner's state in the page address, e.g.
 * `?rps=12000&burst=500&apis=3&routes=50&azs=3&subnets=1&timeout=29000&type=rest&region=standard`.
 * The shared codec reads and writes it by the ranges and choices of model.ts; this module only
 * declares the parameters. A link may set just some of them (only `rps`, say): the rest keep
 * their defaults without a notice.
 */

export interface UrlState {
	plan: Plan;
	/** What could not be used, for a visible notice. Empty when the address was fine. */
	notices: string[];
	/** Whether the address said anything about the planner at all. */
	present: boolean;
}

const choice = <V extends string>({ key, legend, labels }: ChoiceSpec<V>): ChoiceParam<V> => ({ key, legend, values: labels });

const SCHEMA: QuerySchema<Plan> = {
	tool: 'planner',
	defaults: DEFAULT_PLAN,
	// Each number spec already holds its key, label and bounds.
	params: { ...NUMBER_SPECS, apiType: choice(CHOICE_SPECS.apiType), regionClass: choice(CHOICE_SPECS.regionClass) },
};

/** The parameters the planner owns. Only the tests read it: marked pure, so the island's bundle drops it. */
export const URL_KEYS: string[] = /* @__PURE__ */ keysOf(SCHEMA);

export function parseUrlState(search: string): UrlState {
	const { state: plan, notices, present } = parseQuery(SCHEMA, search);
	return { plan, notices, present };
}

/**
 * The query string for a plan. Parameters that belong to something else on the page (another
 * island, a campaign tag) are kept; the planner's own are replaced.
 */
export function toSearch(plan: Plan, current = ''): string {
	return writeQuery(SCHEMA, plan, current);
}
