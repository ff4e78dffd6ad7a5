import { expect, test } from 'vitest';
import { buildHops } from './hops.ts';
import { DEFAULT_CONFIGURATION } from './model.ts';
import { changedFields } from './packets.ts';

test('marks what changes on the wire from one hop to the next, and nothing on the first hop', () => {
	const hops = buildHops(DEFAULT_CONFIGURATION);
	expect(changedFields(undefined, hops[0]!.packet).size).toBe(0);
	// From the client's HTTPS call to API Gateway's request into the VPC: port 443 becomes the listener's, and TLS ends.
	const intoVpc = changedFields(hops[0]!.packet, hops[1]!.packet);
	expect(intoVpc).toEqual(new Set(['source', 'destination', 'port', 'host', 'path', 'tls']));
	expect(hops[0]!.packet.port).toBe('443');
	// A field that is the same on both hops is not marked.
	const unchanged = (Object.keys(hops[2]!.packet) as Array<keyof typeof hops[2]['packet']>).filter((field) => hops[1]!.packet[field] === hops[2]!.packet[field]);
	expect(unchanged.length).toBeGreaterThan(0);
	for (const field of unchanged) expect(changedFields(hops[1]!.packet, hops[2]!.packet).has(field)).toBe(false);
});

test('a field that goes away is not marked; one that appears is', () => {
	const base = { source: 'a', destination: 'b', port: '80', tls: 'No' };
	expect(changedFields({ ...base, path: '/orders' }, base).has('path')).toBe(false);
	expect(changedFields(base, { ...base, path: '/orders' }).has('path')).toBe(true);
});
