import { expect, test } from 'vitest';
import { buildHops } from './hops.ts';
import { DEFAULT_CONFIGURATION, type Packet } from './model.ts';
import { changedFields } from './packets.ts';

test('marks what changes on the wire from one hop to the next, and nothing on the first hop', () => {
	const hops = buildHops(DEFAULT_CONFIGURATION);
	expect(changedFields(undefined, hops[0]!.packet).size).toBe(0);
	// From the client's HTTPS call to API Gateway's request into the VPC: port 443 becomes the
	// listener's, HTTPS becomes plain HTTP, and the path's caveat appears.
	const intoVpc = changedFields(hops[0]!.packet, hops[1]!.packet);
	expect(intoVpc).toEqual(new Set(['source', 'destination', 'port', 'protocol', 'host', 'path', 'tls', 'note']));
	expect(hops[0]!.packet.port).toBe('443');
	// A field that is the same on both hops is not marked.
	const unchanged = (Object.keys(hops[2]!.packet) as Array<keyof Packet>).filter((field) => hops[1]!.packet[field] === hops[2]!.packet[field]);
	expect(unchanged).toEqual(expect.arrayContaining(['port', 'protocol', 'path', 'tls', 'note']));
	for (const field of unchanged) expect(changedFields(hops[1]!.packet, hops[2]!.packet).has(field)).toBe(false);
});

test('a field that goes away is not marked; one that appears is', () => {
	const base: Packet = { source: 'a', destination: 'b', port: '80', protocol: 'HTTP', tls: 'None: plain HTTP' };
	expect(changedFields({ ...base, path: '/orders' }, base).has('path')).toBe(false);
	expect(changedFields(base, { ...base, path: '/orders' }).has('path')).toBe(true);
});
