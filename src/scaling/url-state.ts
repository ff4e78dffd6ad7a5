import { mentionsAny, readSingle } from '../utils/url-query.ts';
import {
	CHOICE_FIELDS,
	CHOICE_SPECS,
	DEFAULT_PLAN,
	formatNumber,
	isChoice,
	NUMBER_FIELDS,
	NUMBER_SPECS,
	parseNumber,
	rangeOf,
	type Plan,
} from './model.ts';

/**
 * The planner's state in the page address, e.g.
 * `?rps=12000&burst=500&apis=3&routes=50&azs=3&subnets=1&timeout=29000&type=rest&region=standard`.
 * Parsing takes only plain whole numbers inside each field's range and the known values of the
 * two choices. Anything else falls back to the default with a notice in plain words. Notices
 * never repeat what the address said, so nothing a link carries reaches the page, let alone as
 * markup. Keys the planner does not know are left alone, and so are missing ones (a link may set
 * just `rps`).
 */

export interface UrlState {
	plan: Plan;
	/** What could not be used, for a visible notice. Empty when the address was fine. */
	notices: string[];
	/** Whether the address said anything about the planner at all. */
	present: boolean;
}

export const URL_KEYS: string[] = [...NUMBER_FIELDS.map((field) => NUMBER_SPECS[field].key), ...CHOICE_FIELDS.map((field) => CHOICE_SPECS[field].key)];

export function parseUrlState(search: string): UrlState {
	const params = new URLSearchParams(search);
	const present = mentionsAny(params, URL_KEYS);
	const plan: Plan = { ...DEFAULT_PLAN };
	const notices: string[] = [];
	if (!present) return { plan, notices, present };

	for (const field of NUMBER_FIELDS) {
		const spec = NUMBER_SPECS[field];
		const given = readSingle(params, spec.key);
		if (given.kind === 'missing') continue;
		const fallback = `so the planner uses the default, ${formatNumber(spec.default)}.`;
		if (given.kind === 'repeated') {
			notices.push(`The link gives “${spec.label}” more than once, ${fallback}`);
			continue;
		}
		const parsed = parseNumber(field, given.value);
		if (parsed.ok) {
			plan[field] = parsed.value;
		} else if (parsed.problem === 'out-of-range') {
			notices.push(`The link’s value for “${spec.label}” is outside the range the planner accepts (${rangeOf(field)}), ${fallback}`);
		} else {
			notices.push(`The link’s value for “${spec.label}” is not a whole number, ${fallback}`);
		}
	}

	for (const field of CHOICE_FIELDS) {
		const spec = CHOICE_SPECS[field];
		const given = readSingle(params, spec.key);
		if (given.kind === 'missing') continue;
		const fallback = `so the planner uses “${(spec.labels as Record<string, string>)[spec.default]}”.`;
		if (given.kind === 'repeated') {
			notices.push(`The link gives “${spec.legend}” more than once, ${fallback}`);
		} else if (!isChoice(field, given.value)) {
			notices.push(`The link’s value for “${spec.legend}” is not one the planner knows, ${fallback}`);
		} else {
			Object.assign(plan, { [field]: given.value });
		}
	}
	return { plan, notices, present };
}

/**
 * The query string for a plan. Parameters that belong to something else on the page (another
 * island, a campaign tag) are kept; the planner's own are replaced.
 */
export function toSearch(plan: Plan, current = ''): string {
	const params = new URLSearchParams(current);
	for (const field of NUMBER_FIELDS) params.set(NUMBER_SPECS[field].key, String(plan[field]));
	for (const field of CHOICE_FIELDS) params.set(CHOICE_SPECS[field].key, plan[field]);
	return `?${params.toString()}`;
}
