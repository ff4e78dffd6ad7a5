import { isOneOf, mentionsAny, readHop, readSingle } from '../utils/url-query.ts';
import { buildHops } from './hops.ts';
import { CHOICES, DEFAULT_CONFIGURATION, FIELDS, LABELS, type Configuration, type Field } from './model.ts';
import { pathFor } from './rules.ts';

/**
 * The explorer's state in a URL, e.g. `?api=rest&link=v2&target=alb&compute=ecs&client=public&step=3`
 * (`step` counts from 1). Parsing accepts only the known values; anything else falls back to
 * the default and produces a notice in plain words. Notices never repeat what the URL said, so
 * nothing a link carries is ever shown, let alone rendered as markup.
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

const STATE_KEYS = [...FIELDS, 'step'];

export function parseUrlState(search: string): UrlState {
	const params = new URLSearchParams(search);
	const present = mentionsAny(params, STATE_KEYS);
	const config = { ...DEFAULT_CONFIGURATION };
	const notices: string[] = [];
	if (!present) return { config, step: 0, notices, present };

	const missing: string[] = [];
	for (const field of FIELDS) {
		const given = readSingle(params, field);
		const { legend, values: names } = LABELS[field];
		const fallback = names[DEFAULT_CONFIGURATION[field] as keyof typeof names];
		if (given.kind === 'missing') {
			missing.push(legend);
		} else if (given.kind === 'repeated' || !isOneOf(CHOICES[field], given.value)) {
			notices.push(`The link’s value for “${legend}” is not one the explorer knows, so it shows ${fallback}.`);
		} else {
			(config as Record<Field, string>)[field] = given.value;
		}
	}
	// A link that gives only `step` (an embed's start hop, say) means the default setup: nothing to explain.
	if (missing.length > 0 && missing.length < FIELDS.length) {
		notices.push(`The link did not set ${missing.join(', ')}, so the explorer uses its defaults for ${missing.length === 1 ? 'it' : 'them'}.`);
	}

	const { step, notice } = readHop(params, 'step', buildHops(pathFor(config).shown).length);
	if (notice) notices.push(notice);
	return { config, step, notices, present };
}

/**
 * The query string for a view; `step` is 0-based here and 1-based in the URL. Parameters in
 * `current` that are not the explorer's (an embed's `theme`, say) are kept.
 */
export function toSearch(config: Configuration, step: number, current = ''): string {
	const params = new URLSearchParams(current);
	for (const field of FIELDS) params.set(field, config[field]);
	params.set('step', String(step + 1));
	return `?${params.toString()}`;
}
