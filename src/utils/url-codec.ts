/**
 * One codec for every island's state in a shared link. An island declares its fields once (a
 * choice among named values, a whole number within bounds, and the current hop, whose range
 * depends on the rest); the codec reads a query string by those rules and writes state back.
 * Every notice is built from the declaration alone, in the same words for every island, so
 * nothing a link carries is ever shown. Plain TypeScript with no framework and no dependency:
 * it ships in every island's bundle, where each kilobyte counts.
 */

/**
 * A field that takes one of a few named values, e.g. the integration target. Shaped like the
 * explorers' labels for their toggles, so those serve as the declaration.
 */
export interface ChoiceParam<V extends string = string> {
	/** The parameter's name in the query string; the field's own name when left out. */
	key?: string;
	/** The field's legend on screen. */
	legend: string;
	/** Every value a link may give, with the name the reader sees for it. */
	values: Record<V, string>;
}

/** A field that takes a whole number from `min` to `max`, written in plain digits. */
export interface NumberParam {
	/** The parameter's name in the query string; the field's own name when left out. */
	key?: string;
	/** The field's label on screen. */
	label: string;
	min: number;
	max: number;
}

type ParamOf<T> = [T] extends [string] ? ChoiceParam<T> : NumberParam;

/** How an island's state travels in a link. */
export interface QuerySchema<S extends object> {
	/** What the notices call the island, as in “not one the explorer knows”. */
	tool: string;
	/** The state a link starts from, and what a field falls back to when its value cannot be used. */
	defaults: S;
	/** Each field of the state with its parameter, in the order the link writes them. */
	params: { [F in keyof S]: ParamOf<S[F]> };
	/**
	 * How many hops the state read from the same link has, for an island that steps through a
	 * path: the link's `step` then gives the current hop, counted from 1.
	 */
	hops?: (state: S) => number;
	/**
	 * Which fields a link that sets some of them, but leaves this one out, is told about. A link
	 * that sets none (only a hop, say) means the defaults and is never told anything. Without
	 * it, missing fields just keep their defaults, quietly.
	 */
	noteMissing?: (field: keyof S, state: S) => boolean;
}

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

type Param = ChoiceParam | NumberParam;

const HOP_KEY = 'step';
const format = (value: number) => value.toLocaleString('en-US');

/** Each field with its parameter; the parameter's name in the query string is `param.key ?? field`. */
const entriesOf = <S extends object>(schema: QuerySchema<S>) => Object.entries(schema.params) as Array<[keyof S & string, Param]>;

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
	 * is this one sentence, from the schema alone: what the link did with which field, and what
	 * shows instead (`fallback`). When the link does not give the parameter, returns the means to
	 * say so, for the caller to decide.
	 */
	const read = (param: Param, key: string, fallback: string, use: (value: string | number) => void) => {
		const [text, ...copies] = query.getAll(key);
		const say = (what: string, why = '') =>
			notices.push(`The link${what} “${'legend' in param ? param.legend : param.label}”${why}, so it shows ${fallback}.`);
		if (text === undefined) return say;
		if (copies.some((copy) => copy !== text)) {
			say(' gives different values for');
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

/**
 * The query string for a state, `step` 0-based. Parameters of `current` that are not the
 * island's (another island's, an embed's `theme`, a campaign tag) are kept; its own are replaced.
 */
export function writeQuery<S extends object>(schema: QuerySchema<S>, state: NoInfer<S>, current = '', step = 0): string {
	const query = new URLSearchParams(current);
	for (const [field, param] of entriesOf(schema)) query.set(param.key ?? field, String(state[field]));
	if (schema.hops) query.set(HOP_KEY, String(step + 1));
	return `?${query}`;
}

/** Every query parameter an island owns. */
export function keysOf<S extends object>(schema: QuerySchema<S>): string[] {
	return [...entriesOf(schema).map(([field, param]) => param.key ?? field), ...(schema.hops ? [HOP_KEY] : [])];
}
