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

const isChoice = <F extends Field>(field: F, value: string): value is Configuration[F] =>
	(CHOICES[field] as readonly string[]).includes(value);

export function parseUrlState(search: string): UrlState {
	const params = new URLSearchParams(search);
	const present = STATE_KEYS.some((key) => params.has(key));
	const config = { ...DEFAULT_CONFIGURATION };
	const notices: string[] = [];
	if (!present) return { config, step: 0, notices, present };

	const missing: string[] = [];
	for (const field of FIELDS) {
		const values = params.getAll(field);
		const { legend, values: names } = LABELS[field];
		const fallback = names[DEFAULT_CONFIGURATION[field] as keyof typeof names];
		if (values.length === 0) {
			missing.push(legend);
		} else if (values.length > 1 || !isChoice(field, values[0]!)) {
			notices.push(`The link’s value for “${legend}” is not one the explorer knows, so it shows ${fallback}.`);
		} else {
			(config as Record<Field, string>)[field] = values[0]!;
		}
	}
	if (missing.length > 0) {
		notices.push(`The link did not set ${missing.join(', ')}, so the explorer uses its defaults for ${missing.length === 1 ? 'it' : 'them'}.`);
	}

	const hopCount = buildHops(pathFor(config).shown).length;
	let step = 0;
	const rawStep = params.getAll('step');
	if (rawStep.length > 0) {
		const number = rawStep.length === 1 && /^\d{1,4}$/.test(rawStep[0]!) ? Number(rawStep[0]) : NaN;
		if (number >= 1 && number <= hopCount) {
			step = number - 1;
		} else {
			notices.push(`The link asked for a hop that this path does not have, so the explorer starts at hop 1 of ${hopCount}.`);
		}
	}
	return { config, step, notices, present };
}

/** The query string for a view; `step` is 0-based here and 1-based in the URL. */
export function toSearch(config: Configuration, step: number): string {
	const params = new URLSearchParams();
	for (const field of FIELDS) params.set(field, config[field]);
	params.set('step', String(step + 1));
	return `?${params.toString()}`;
}
