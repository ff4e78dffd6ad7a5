import { describe, expect, test } from 'vitest';
import { buildHops as buildCrossAccountHops } from '../cross-account/hops.ts';
import { allConfigurations as allCrossAccountConfigurations } from '../cross-account/rules.ts';
import { buildHops as buildTopologyHops } from '../topology/hops.ts';
import type { Hop } from '../topology/model.ts';
import { allConfigurations as allTopologyConfigurations, pathFor } from '../topology/rules.ts';

/**
 * The step panel shows one hop's title, summary and packet in a fixed-size box beside the drawing,
 * on a 390 px phone too: these are the limits the model promises it (src/topology/model.ts), for
 * every hop either explorer can show.
 */
const LIMITS = { summary: 130, source: 40, destination: 40, port: 24, tls: 40, note: 110 } as const;

/** Every configuration's journey, under a readable name. The topology explorer draws the path `pathFor` shows. */
const journeys: Array<[string, Hop[]]> = [
	...allTopologyConfigurations().map((config) => [`topology ${Object.values(config).join('/')}`, buildTopologyHops(pathFor(config).shown)] as [string, Hop[]]),
	...allCrossAccountConfigurations().map((config) => [`cross-account ${config.pattern}/${config.via}`, buildCrossAccountHops(config)] as [string, Hop[]]),
];

/** The Cloud Map lookup: API Gateway's DiscoverInstances call and Cloud Map's answer. */
const isCloudMapLookup = (hop: Hop) => hop.from === 'cloudmap' || hop.to === 'cloudmap';

describe.each(journeys)('%s: what the step panel shows fits it', (_, hops) => {
	test.each(hops.map((hop) => [hop.id, hop] as const))('%s', (id, hop) => {
		const { summary } = hop;
		const { source, destination, port, tls, note, path, protocol } = hop.packet;
		for (const [field, value] of Object.entries({ summary, source, destination, port, tls, note })) {
			if (value === undefined) continue;
			expect(value.length, `${id} ${field}: ${value}`).toBeLessThanOrEqual(LIMITS[field as keyof typeof LIMITS]);
			expect(value.trim(), `${id} ${field}`).not.toBe('');
		}
		// One sentence: it ends with a period and holds no other sentence end.
		expect(summary).toMatch(/^[A-Z].*\.$/);
		expect(summary).not.toContain('. ');
		expect(summary).not.toBe(hop.title);
		// A bare request path: it becomes the wire view's request line.
		if (path !== undefined) expect(path).toMatch(/^\/\S*$/);
		expect(['HTTPS', 'HTTP', 'AWS API']).toContain(protocol);
		expect(protocol === 'AWS API', `${id}: ${hop.from} -> ${hop.to}`).toBe(isCloudMapLookup(hop));
	});

	test('no two hops share a summary', () => {
		expect(new Set(hops.map((hop) => `${hop.direction} ${hop.summary}`)).size).toBe(hops.length);
	});

	test('responses carry no path or host, and a note only where their request had the same one', () => {
		const requests = hops.filter((hop) => hop.direction === 'request');
		for (const response of hops.filter((hop) => hop.direction === 'response')) {
			expect(response.packet.path).toBeUndefined();
			expect(response.packet.host).toBeUndefined();
			if (response.packet.note !== undefined) {
				const request = requests.find((hop) => hop.from === response.to && hop.to === response.from)!;
				expect(response.packet.note).toBe(request.packet.note);
				// A note about the path would have nothing to explain on a response.
				expect(response.packet.note).not.toMatch(/\b(path|uri)\b/i);
			}
		}
	});
});

test('both explorers are covered, the Cloud Map lookup included', () => {
	expect(journeys.filter(([name]) => name.startsWith('topology')).length).toBeGreaterThan(1);
	expect(journeys.filter(([name]) => name.startsWith('cross-account')).length).toBeGreaterThan(1);
	expect(journeys.some(([, hops]) => hops.some(isCloudMapLookup))).toBe(true);
});
