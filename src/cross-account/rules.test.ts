import { describe, expect, test } from 'vitest';
import { FIELDS, type Configuration } from './model.ts';
import { allConfigurations, assess, pathKey, shownConfiguration } from './rules.ts';

const label = (c: Configuration) => FIELDS.map((f) => c[f]).join('/');

describe('verdicts', () => {
	test('there are 2 x 3 = 6 configurations, each with a verdict backed by sources', () => {
		const all = allConfigurations();
		expect(all).toHaveLength(6);
		expect(new Set(all.map(label)).size).toBe(6);
		for (const config of all) {
			const verdict = assess(config);
			expect(verdict.sources.length).toBeGreaterThan(0);
			for (const source of verdict.sources) expect(source.url).toMatch(/^https:\/\//);
		}
	});

	test('the HTTP API pattern is the one AWS documents', () => {
		const verdict = assess({ pattern: 'backend', via: 'http-api' });
		expect(verdict.status).toBe('documented');
		expect(verdict.sources.map((s) => s.url)).toContain(
			'https://aws.amazon.com/blogs/compute/building-private-cross-account-apis-using-amazon-api-gateway-and-aws-privatelink/',
		);
	});

	test('the REST API version is marked as an inference, with the reason', () => {
		const verdict = assess({ pattern: 'backend', via: 'rest-api' });
		expect(verdict.status).toBe('inferred');
		if (verdict.status !== 'inferred') return;
		expect(verdict.reason).toMatch(/No AWS page/);
		expect(verdict.reason).toMatch(/November 2025/);
		expect(verdict.reason).toMatch(/VPC link V2/);
	});

	test('a VPC link straight to the provider’s load balancer is refused with the same-account rule and its AWS pages', () => {
		const verdict = assess({ pattern: 'backend', via: 'direct-link' });
		expect(verdict.status).toBe('impossible');
		if (verdict.status !== 'impossible') return;
		expect(verdict.rule).toMatch(/same AWS account/);
		expect(verdict.rule).toMatch(/cannot point at a load balancer in another account/);
		for (const source of verdict.sources) expect(source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/apigateway\//);
		// The shared-VPC consequence is not on an AWS page, so it says it is an inference.
		expect(verdict.inference.text).toMatch(/inference/);
		expect(verdict.alternative).toEqual({ pattern: 'backend', via: 'http-api' });
		expect(assess(verdict.alternative).status).toBe('documented');
	});

	test('a private API called from another account is documented whatever the API choice says', () => {
		for (const via of ['http-api', 'rest-api', 'direct-link'] as const) {
			expect(assess({ pattern: 'private-api', via }).status).toBe('documented');
			expect(shownConfiguration({ pattern: 'private-api', via })).toEqual({ pattern: 'private-api', via });
		}
	});
});

describe('path keys', () => {
	test('the refused link shows the documented path, so they share a key', () => {
		expect(shownConfiguration({ pattern: 'backend', via: 'direct-link' })).toEqual({ pattern: 'backend', via: 'http-api' });
		expect(pathKey({ pattern: 'backend', via: 'direct-link' })).toBe(pathKey({ pattern: 'backend', via: 'http-api' }));
		expect(pathKey({ pattern: 'backend', via: 'rest-api' })).not.toBe(pathKey({ pattern: 'backend', via: 'http-api' }));
	});

	test('every private-API configuration draws the same path', () => {
		const keys = new Set((['http-api', 'rest-api', 'direct-link'] as const).map((via) => pathKey({ pattern: 'private-api', via })));
		expect(keys.size).toBe(1);
	});
});
