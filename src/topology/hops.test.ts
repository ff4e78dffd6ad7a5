import { describe, expect, test } from 'vitest';
import { REST_PATH_CAVEAT } from '../utils/rest-backend-path.ts';
import { buildHops } from './hops.ts';
import type { Configuration } from './model.ts';
import { allConfigurations, validate } from './rules.ts';
import { buildTopology } from './layout.ts';
import { securityGroupsOf } from './security-group-rules.ts';

const supported = allConfigurations().filter((c) => validate(c).valid);
const base: Configuration = { api: 'rest', link: 'v2', target: 'alb', compute: 'ecs', client: 'public' };
const text = (config: Configuration) => JSON.stringify(buildHops(config));

describe('hops follow the drawing', () => {
	test.each(supported.map((c) => [Object.values(c).join('/'), c] as const))('%s: every hop runs along a drawn connection', (_, config) => {
		const topology = buildTopology(config);
		const ids = new Set(topology.nodes.map((n) => n.id));
		expect(ids.size).toBe(topology.nodes.length);
		const connected = (a: string, b: string) => topology.edges.some((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a));
		for (const edge of topology.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
		for (const node of topology.nodes) {
			expect(node.x).toBeGreaterThan(0);
			expect(node.x).toBeLessThan(topology.width);
			expect(node.y).toBeGreaterThan(0);
			expect(node.y).toBeLessThan(topology.height);
		}
		const hops = buildHops(config);
		expect(new Set(hops.map((h) => h.id)).size).toBe(hops.length);
		for (const hop of hops) {
			expect(connected(hop.from, hop.to), `${hop.from} -> ${hop.to}`).toBe(true);
			expect(hop.learnMore.href).toMatch(/^\/chapters\/[\w-]+\/#[\w-]+$/);
			expect(hop.sources.length).toBeGreaterThan(0);
			expect(new Set(hop.sources.map((s) => s.url)).size).toBe(hop.sources.length);
		}
		// Each hop starts where the previous one ended: one packet, one path.
		hops.slice(1).forEach((hop, i) => expect(hop.from).toBe(hops[i]!.to));
	});
});

describe('facts the hops teach', () => {
	test('a VPC link V1 crosses AWS PrivateLink into a Network Load Balancer', () => {
		const v1 = { ...base, link: 'v1', target: 'nlb' } as const;
		const hops = buildHops(v1);
		expect(hops.map((h) => h.to)).toEqual(expect.arrayContaining(['eps', 'lb']));
		expect(text(v1)).toContain('PrivateLink');
		expect(buildTopology(v1).nodes.find((n) => n.id === 'lb')!.label).toBe('Network Load Balancer');
	});

	test('a VPC link V2 enters through network interfaces in your subnet, not PrivateLink', () => {
		const hops = buildHops(base);
		expect(hops.map((h) => h.to)).toContain('eni-a');
		expect(hops.some((h) => h.to === 'eps')).toBe(false);
	});

	test('an HTTP API integration to a load balancer names a listener ARN in IntegrationUri', () => {
		for (const target of ['alb', 'nlb'] as const) {
			expect(text({ ...base, api: 'http', target })).toMatch(/IntegrationUri is the ARN of the load balancer’s listener/);
		}
	});

	test('a REST integration through V2 names the load balancer in integrationTarget', () => {
		for (const target of ['alb', 'nlb'] as const) {
			expect(text({ ...base, target })).toMatch(/integrationTarget is the ARN of the load balancer itself, not of a listener/);
		}
	});

	test('a REST uri through V2 still shapes the backend request; it only stops choosing the load balancer', () => {
		for (const target of ['alb', 'nlb'] as const) {
			const words = text({ ...base, target });
			expect(words).toMatch(/uri does not choose the load balancer/);
			expect(words).toMatch(/scheme, port and path template/);
			expect(words).toContain('{proxy}');
			expect(words).toContain('TLS server name');
			expect(words).not.toMatch(/uri[^.]*\bonly\b[^.]*Host/);
		}
	});

	test('REST backends get plain HTTP by default, and HTTPS over TLS 1.2 only, with the AWS page that says so', () => {
		for (const config of supported.filter((c) => c.api === 'rest')) {
			const intoVpc = buildHops(config).find((h) => h.direction === 'request' && h.from === 'apigw' && h.to !== 'cloudmap')!;
			expect(intoVpc.packet).toMatchObject({ protocol: 'HTTP', tls: 'None: plain HTTP' });
			expect(intoVpc.detail).toContain('only TLS 1.2');
			expect(intoVpc.sources.map((s) => s.url)).toContain('https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-security-policies-list.html');
		}
	});

	test('HTTP APIs: the stage name reaches the backend unless overwrite:path maps it away', () => {
		for (const config of supported.filter((c) => c.api === 'http')) {
			const insideVpc = buildHops(config).filter((h) => h.direction === 'request' && /^(lb|eni-|eps|target-)/.test(h.to));
			expect(insideVpc.length).toBeGreaterThan(0);
			for (const hop of insideVpc) {
				expect(hop.packet.path).toBe('/prod/orders');
				expect(hop.packet.note).toMatch(/stage name stays in the path; map overwrite:path to \$request\.path/);
			}
			expect(text(config)).toContain('overwrite:path to $request.path');
		}
	});

	test('REST APIs: the backend path depends on the uri template, shown for the samples’ /{proxy}, never as certain', () => {
		const rest = supported.filter((c) => c.api === 'rest');
		expect(rest.length).toBeGreaterThan(0);
		for (const config of rest) {
			const insideVpc = buildHops(config).filter((h) => h.direction === 'request' && /^(lb|eni-|eps|target-)/.test(h.to));
			expect(insideVpc.length).toBeGreaterThan(0);
			for (const hop of insideVpc) {
				expect(hop.packet.path).toBe('/orders');
				expect(hop.packet.note).toBe(REST_PATH_CAVEAT);
			}
			expect(REST_PATH_CAVEAT).toMatch(/^Depends on your uri template .*\/\{proxy\}.*stage is kept.*check your logs/);
			// The client still calls the stage URL.
			expect(buildHops(config)[0]!.packet.path).toBe('/prod/orders');
			expect(text(config)).toMatch(/uri ending in \/\{proxy\} and integration\.request\.path\.proxy mapped from method\.request\.path\.proxy/);
			expect(text(config)).toMatch(/AWS’s REST private-integration page says the stage name is kept/);
			expect(text(config)).toMatch(/access log/);
			expect(text(config)).not.toContain('requestOverride');
		}
	});

	test('a private REST API is reached through the execute-api endpoint over TLS 1.2 or later', () => {
		const hops = buildHops({ ...base, client: 'vpc' });
		expect(hops[0]).toMatchObject({ from: 'client', to: 'vpce' });
		expect(hops[0]!.packet).toMatchObject({ protocol: 'HTTPS', tls: 'TLS 1.2 or 1.3 by default' });
		expect(hops[0]!.packet.note).toContain('SecurityPolicy_');
		expect(hops[0]!.detail).toMatch(/default TLS_1_2 security policy accepts TLS 1\.2 or 1\.3; an enhanced SecurityPolicy_ policy can require TLS 1\.3/);
		// The same TLS session, and so the same caveat, all the way back to the client.
		expect(hops.at(-1)!.packet.note).toBe(hops[0]!.packet.note);
	});

	test('HTTP APIs with Cloud Map look instances up before connecting straight to one', () => {
		const hops = buildHops({ ...base, api: 'http', target: 'cloudmap' });
		expect(hops.map((h) => `${h.from}>${h.to}`).slice(0, 5)).toEqual(['client>apigw', 'apigw>cloudmap', 'cloudmap>apigw', 'apigw>eni-a', 'eni-a>target-a']);
		expect(text({ ...base, api: 'http', target: 'cloudmap' })).toContain('DiscoverInstances');
		expect(hops.slice(1, 3).map((h) => h.packet.protocol)).toEqual(['AWS API', 'AWS API']);
		expect(hops[3]!.packet).toMatchObject({ protocol: 'HTTP', port: '80' });
	});

	test('every path tells which security groups must allow what', () => {
		for (const config of supported) {
			const rules = securityGroupsOf(config);
			expect(rules.length).toBeGreaterThan(0);
			if (config.link === 'v2') expect(rules.map((r) => r.group)).toContain('VPC link V2');
		}
	});
});
