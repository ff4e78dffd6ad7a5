import type { Packet } from './model.ts';

/**
 * What changed on the wire between one hop and the next: the fields of `current` whose value
 * differs from `previous`, including a field that appears or goes away (a response carries no
 * host or path). The first hop has nothing to compare with, so nothing is marked there.
 */
export function changedFields(previous: Packet | undefined, current: Packet): Set<keyof Packet> {
	if (!previous) return new Set();
	const fields = new Set([...Object.keys(previous), ...Object.keys(current)] as Array<keyof Packet>);
	return new Set([...fields].filter((field) => previous[field] !== current[field] && current[field] !== undefined));
}
