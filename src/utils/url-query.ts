/**
 * Reading an island's state from a shared link. Each island words its own notices; these helpers
 * only sort out what the query string says, so every island judges a link by the same rules.
 * Plain TypeScript, no framework.
 */

/** Whether the query says anything under any of `keys`, that is, whether the link is about this island at all. */
export function mentionsAny(params: URLSearchParams, keys: readonly string[]): boolean {
	return keys.some((key) => params.has(key));
}

/** What a query gives under one key: nothing, more than one value, or exactly one. */
export type QueryValue = { kind: 'missing' } | { kind: 'repeated' } | { kind: 'single'; value: string };

export function readSingle(params: URLSearchParams, key: string): QueryValue {
	const values = params.getAll(key);
	if (values.length === 0) return { kind: 'missing' };
	if (values.length > 1) return { kind: 'repeated' };
	return { kind: 'single', value: values[0]! };
}

/** Whether `value` is one of `allowed`. */
export function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
	return (allowed as readonly string[]).includes(value);
}

/**
 * The hop a link asks for under `key`, counted from 1 in the link and returned 0-based. Anything
 * but one plain number from 1 to `hopCount` starts the journey at its first hop, with a notice
 * that never repeats what the link said.
 */
export function readHop(params: URLSearchParams, key: string, hopCount: number): { step: number; notice?: string } {
	const given = readSingle(params, key);
	if (given.kind === 'missing') return { step: 0 };
	const number = given.kind === 'single' && /^\d{1,4}$/.test(given.value) ? Number(given.value) : NaN;
	if (number >= 1 && number <= hopCount) return { step: number - 1 };
	return { step: 0, notice: `The link asked for a hop that this path does not have, so the explorer starts at hop 1 of ${hopCount}.` };
}
