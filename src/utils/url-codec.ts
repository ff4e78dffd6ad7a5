/**
 * One codec for every island's state in a shared link. An island declares its fields once (a
 * choice among named values, a whole number within bounds, and the current hop, whose range
 * depends on the rest); the codec reads a query string by those rules (url-parse.ts) and writes
 * state back (here).
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

export type Param = ChoiceParam | NumberParam;

/** The parameter that holds the hop, counted from 1. */
export const HOP_KEY = 'step';

/** Each field with its parameter; the parameter's name in the query string is `param.key ?? field`. */
export const entriesOf = <S extends object>(schema: QuerySchema<S>) => Object.entries(schema.params) as Array<[keyof S & string, Param]>;

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
