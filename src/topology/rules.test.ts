import { describe, expect, test } from 'vitest';
import { buildHops } from './hops.ts';
import { DEFAULT_CONFIGURATION, FIELDS, type Configuration } from './model.ts';
import { allConfigurations, nearestSupported, validate } from './rules.ts';

const all = allConfigurations();
const label = (c: Configuration) => FIELDS.map((f) => c[f]).join('/');

describe('validity of every combination', () => {
	test('there are 2 x 2 x 3 x 2 x 2 = 48 combinations, 18 of them supported', () => {
		expect(all).toHaveLength(48);
		expect(new Set(all.map(label)).size).toBe(48);
		expect(all.filter((c) => validate(c).valid)).toHaveLength(18);
	});

	test.each(all.map((c) => [label(c), c] as const))('%s is a journey or a reasoned refusal', (_, config) => {
		const validity = validate(config);
		if (validity.valid) {
			const hops = buildHops(config);
			const requests = hops.filter((h) => h.direction === 'request');
			expect(hops[0]!.from).toBe('client');
			expect(requests.at(-1)!.to).toMatch(/^target-/);
			expect(hops.at(-1)!.to).toBe('client');
		} else {
			expect(validity.problems.length).toBeGreaterThan(0);
			for (const problem of validity.problems) {
				expect(problem.message.length).toBeGreaterThan(20);
				expect(problem.source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
			}
			expect(validate(validity.alternative).valid).toBe(true);
		}
	});
});

describe('the rules AWS imposes', () => {
	const base: Configuration = { api: 'rest', link: 'v2', target: 'alb', compute: 'ecs', client: 'public' };

	test('a REST API never reaches Cloud Map', () => {
		expect(validate({ ...base, target: 'cloudmap' }).valid).toBe(false);
		for (const config of all.filter((c) => c.api === 'rest' && validate(c).valid)) {
			expect(buildHops(config).some((h) => h.from === 'cloudmap' || h.to === 'cloudmap')).toBe(false);
		}
	});

	test('an HTTP API cannot use a VPC link V1, and a V1 link reaches only an NLB', () => {
		expect(validate({ ...base, api: 'http', link: 'v1', target: 'nlb' }).valid).toBe(false);
		expect(validate({ ...base, link: 'v1', target: 'alb' }).valid).toBe(false);
		expect(validate({ ...base, link: 'v1', target: 'nlb' }).valid).toBe(true);
	});

	test('a VPC link V1 is described with exactly one NLB, and as usable by WebSocket APIs too', () => {
		const v1ToAlb = validate({ ...base, link: 'v1', target: 'alb' });
		if (v1ToAlb.valid) throw new Error('expected a refusal');
		const words = v1ToAlb.problems.map((p) => p.message).join(' ');
		expect(words).toContain('the ARN of one Network Load Balancer');
		expect(words).not.toMatch(/one or more|ARNs of Network Load Balancers/);
		const httpV1 = validate({ ...base, api: 'http', link: 'v1', target: 'nlb' });
		if (httpV1.valid) throw new Error('expected a refusal');
		const httpWords = httpV1.problems.map((p) => p.message).join(' ');
		expect(httpWords).toContain('WebSocket APIs');
		expect(httpWords).not.toContain('only REST APIs can use');
	});

	test('only a REST API can be called privately through an execute-api endpoint', () => {
		expect(validate({ ...base, api: 'http', client: 'vpc' }).valid).toBe(false);
		expect(validate({ ...base, client: 'vpc' }).valid).toBe(true);
	});
});

describe('nearest supported configuration', () => {
	test('moves a legacy V1 link to V2 rather than giving up the ALB', () => {
		expect(nearestSupported({ api: 'rest', link: 'v1', target: 'alb', compute: 'ec2', client: 'public' })).toEqual({
			api: 'rest',
			link: 'v2',
			target: 'alb',
			compute: 'ec2',
			client: 'public',
		});
	});

	test('keeps the choice the reader just made when another change can fix the clash', () => {
		const privateHttp: Configuration = { api: 'http', link: 'v2', target: 'cloudmap', compute: 'ecs', client: 'vpc' };
		expect(nearestSupported(privateHttp, 'client')).toEqual({ ...privateHttp, api: 'rest', target: 'alb' });
		expect(nearestSupported(privateHttp, 'api')).toEqual({ ...privateHttp, client: 'public' });
	});

	test('never changes the backend to fix a clash', () => {
		for (const config of all) expect(nearestSupported(config).compute).toBe(config.compute);
	});
});

describe('nearestSupported with choices a chapter fixes', () => {
	test('keeps a fixed API type: an HTTP API with a V1 link moves to V2, not to a REST API', () => {
		const config = { ...DEFAULT_CONFIGURATION, api: 'http', link: 'v1' } as const;
		expect(nearestSupported(config, 'link', ['api']).api).toBe('http');
		expect(nearestSupported(config, 'link', ['api']).link).toBe('v2');
	});

	test('keeps a fixed API type: a REST API with Cloud Map moves to a load balancer, not to an HTTP API', () => {
		const config = { ...DEFAULT_CONFIGURATION, api: 'rest', target: 'cloudmap' } as const;
		const nearest = nearestSupported(config, 'target', ['api']);
		expect(nearest.api).toBe('rest');
		expect(validate(nearest).valid).toBe(true);
	});
});
