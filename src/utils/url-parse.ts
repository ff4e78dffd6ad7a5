import { entriesOf, HOP_KEY, type Param, type QuerySchema } from './url-codec.ts';

/**
 * Reading an island's state from a query string, by the declaration in url-codec.ts. Apart from
 * writing because an island writes its address from the start but may read it only with its core
 * (the topology explorer reads a link about it once the module that has AWS's rules is here).
 */

/** What a query string says about an island. */
export interface ParsedQuery<S> {
	state: S;
	/** The hop, 0-based; 0 when the schema has none. */
	step: number;
	/** What could not be used, in plain words for a visible notice. Empty when the link was fine. */
	notices: string[];
	/** Whether the query names any of the island's parameters, that is, whether the link is about it at all. */
	present: boolean;
}

const format = (value: number) => value.toLocaleString('en-US');

/**
 * The notice for a parameter given more than once with copies that disagree, `name` as the page
 * shows it (quoted). It says the link repeats the parameter, not that a value is unknown: each copy
 * may be one the page knows, and which one the link meant is what cannot be told.
 */
export const repeatedNotice = (name: string, fallback: string) => `The link gives ${name} more than once, with different values, so it shows ${fallback}.`;

/**
 * Reads an island's state from a query string (with or without its `?`). Fields the link does
 * not give keep their defaults; a parameter given more than once counts when every copy agrees.
 * Numbers are whole and in plain decimal digits (a sign and a zero fraction such as `2.0` are
 * fine; exponents, spaces and separators are not): the planner's inputs read them the same way,
 * so a link accepts exactly what a reader can type.
 */
export function parseQuery<S extends object>(schema: QuerySchema<S>, search: string): ParsedQuery<S> {
	const query = new URLSearchParams(search);
	const { tool, defaults, hops, noteMissing } = schema;
	const state = { ...defaults };
	const notices: string[] = [];
	let step = 0;

	/**
	 * Hands the value the link gives for a parameter to `use`, or says why it cannot. Every notice
	 * is one sentence, from the schema alone: what the link did with which field, and what shows
	 * instead (`fallback`). When the link does not give the parameter, returns the means to
	 * say so, for the caller to decide.
	 */
	const read = (param: Param, key: string, fallback: string, use: (value: string | number) => void) => {
		const [text, ...copies] = query.getAll(key);
		const name = `“${'legend' in param ? param.legend : param.label}”`;
		const say = (what: string, why = '') => notices.push(`The link${what} ${name}${why}, so it shows ${fallback}.`);
		if (text === undefined) return say;
		if (copies.some((copy) => copy !== text)) {
			notices.push(repeatedNotice(name, fallback));
		} else if ('values' in param) {
			if (Object.hasOwn(param.values, text)) use(text);
			else say('’s value for', ` is not one the ${tool} knows`);
		} else if (!/^-?\d+(\.0+)?$/.test(text) || text.length > 20) {
			say('’s value for', ' is not a whole number');
		} else if (Number(text) < param.min || Number(text) > param.max) {
			say('’s value for', ` is outside the range the ${tool} accepts (${format(param.min)} to ${format(param.max)})`);
		} else {
			use(Number(text));
		}
	};

	const fields = entriesOf(schema);
	const missing: Array<[keyof S, (what: string) => void]> = [];
	for (const [field, param] of fields) {
		const key = param.key ?? field;
		const fallback = 'values' in param ? `“${param.values[defaults[field] as string]}”` : format(defaults[field] as number);
		const say = read(param, key, fallback, (value) => ((state as Record<string, unknown>)[field] = value));
		if (say) missing.push([field, say]);
	}
	// Only a link that sets some fields can have meant to set the others.
	const setsAField = missing.length < fields.length;
	if (noteMissing && setsAField) {
		for (const [field, say] of missing) if (noteMissing(field, state)) say(' did not set');
	}
	// The hop comes last: how many hops there are depends on everything else the link set.
	if (hops) read({ label: 'Hop', min: 1, max: hops(state) }, HOP_KEY, '1', (value) => (step = (value as number) - 1));
	return { state, step, notices, present: setsAField || (!!hops && query.has(HOP_KEY)) };
}
