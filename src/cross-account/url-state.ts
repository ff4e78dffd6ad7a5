import { isOneOf, mentionsAny, readHop, readSingle } from '../utils/url-query.ts';
import { buildHops } from './hops.ts';
import { CHOICES, DEFAULT_CONFIGURATION, FIELDS, LABELS, fieldApplies, type Configuration, type Field } from './model.ts';

/**
 * The explorer's state in a URL, e.g. `?pattern=backend&via=rest-api&step=3` (`step` counts from 1, as in the topology explorer).
 * Parsing accepts only the known values; anything else falls back to the default and produces a
 * notice in plain words. Notices never repeat what the URL said, so nothing a link carries is ever
 * shown, let alone rendered as markup. Writing keeps every other parameter of the address.
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

export const HOP_KEY = 'step';
const STATE_KEYS: string[] = [...FIELDS, HOP_KEY];

const valueName = <F extends Field>(field: F, value: Configuration[F]) => (LABELS[field].values as Record<string, string>)[value]!;

export function parseUrlState(search: string): UrlState {
	const params = new URLSearchParams(search);
	const present = mentionsAny(params, STATE_KEYS);
	const config: Configuration = { ...DEFAULT_CONFIGURATION };
	const notices: string[] = [];
	if (!present) return { config, step: 0, notices, present };

	const missing: string[] = [];
	for (const field of FIELDS) {
		const given = readSingle(params, field);
		const { legend } = LABELS[field];
		if (given.kind === 'missing') {
			missing.push(field);
		} else if (given.kind === 'repeated' || !isOneOf(CHOICES[field], given.value)) {
			notices.push(`The link’s value for “${legend}” is not one the explorer knows, so it shows “${valueName(field, DEFAULT_CONFIGURATION[field])}”.`);
		} else {
			(config as Record<Field, string>)[field] = given.value;
		}
	}
	// A missing choice is only worth a word when it matters for what the link shows, and a link
	// that gives only `step` (an embed's start hop, say) means the default setup.
	const onlyStep = missing.length === FIELDS.length;
	const mattered = onlyStep ? [] : (missing.filter((field) => fieldApplies(field as Field, config)) as Field[]);
	for (const field of mattered) {
		notices.push(`The link did not set “${LABELS[field].legend}”, so the explorer shows “${valueName(field, DEFAULT_CONFIGURATION[field])}”.`);
	}

	const { step, notice } = readHop(params, HOP_KEY, buildHops(config).length);
	if (notice) notices.push(notice);
	return { config, step, notices, present };
}

/**
 * The query string for a view, keeping the other parameters of `current` (with or without its
 * leading `?`). `step` is 0-based here and 1-based in the URL.
 */
export function toSearch(config: Configuration, step: number, current = ''): string {
	const params = new URLSearchParams(current);
	for (const key of STATE_KEYS) params.delete(key);
	for (const field of FIELDS) params.set(field, config[field]);
	params.set(HOP_KEY, String(step + 1));
	return `?${params.toString()}`;
}
