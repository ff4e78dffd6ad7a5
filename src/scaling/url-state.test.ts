import { describe, expect, test } from 'vitest';
import { DEFAULT_PLAN, NUMBER_FIELDS, NUMBER_SPECS, parseNumber, type Plan } from './model.ts';
import { parseUrlState, toSearch, URL_KEYS } from './url-state.ts';

/** Nothing from the address may reach the page: no markup, no script, no echo of the value. */
const HOSTILE = /[<>"]|script|alert|onerror|javascript|1e999|proto|-5/;

describe('URL state', () => {
	test('a plan survives the round trip', () => {
		const plans: Plan[] = [
			DEFAULT_PLAN,
			{ rps: 12_000, burst: 6_000, apis: 50, routes: 301, azs: 6, subnetsPerAz: 5, timeoutMs: 300_000, apiType: 'http', regionClass: 'newer' },
			{ rps: 1, burst: 1, apis: 1, routes: 1, azs: 1, subnetsPerAz: 1, timeoutMs: 1, apiType: 'rest', regionClass: 'standard' },
		];
		for (const plan of plans) expect(parseUrlState(toSearch(plan))).toEqual({ plan, notices: [], present: true });
	});

	test('an address without planner keys gives the defaults and no notice', () => {
		expect(parseUrlState('')).toEqual({ plan: DEFAULT_PLAN, notices: [], present: false });
		expect(parseUrlState('?utm_source=newsletter&api=http')).toEqual({ plan: DEFAULT_PLAN, notices: [], present: false });
	});

	test('a partial address sets what it names and keeps the defaults for the rest, quietly', () => {
		expect(parseUrlState('?rps=12000')).toEqual({ plan: { ...DEFAULT_PLAN, rps: 12_000 }, notices: [], present: true });
		expect(parseUrlState('?type=http&region=newer')).toMatchObject({ plan: { ...DEFAULT_PLAN, apiType: 'http', regionClass: 'newer' }, notices: [] });
	});

	test('unknown keys are ignored', () => {
		expect(parseUrlState('?rps=200&colour=blue&__proto__=x')).toEqual({ plan: { ...DEFAULT_PLAN, rps: 200 }, notices: [], present: true });
	});

	test.each([
		['rps=1e999', 'Steady requests per second', 'not a whole number'],
		['rps=-5', 'Steady requests per second', 'outside the range the planner accepts (1 to 1,000,000)'],
		['rps=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'Steady requests per second', 'not a whole number'],
		['rps=', 'Steady requests per second', 'not a whole number'],
		['rps=2.5', 'Steady requests per second', 'not a whole number'],
		['burst=Infinity', 'Peak burst of requests', 'not a whole number'],
		['azs=7', 'Availability Zones the link uses', 'outside the range the planner accepts (1 to 6)'],
		['subnets=0', 'Subnets per Availability Zone', 'outside the range'],
		['timeout=javascript:alert(1)', 'Integration timeout (milliseconds)', 'not a whole number'],
		['routes=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'Routes or resources per API', 'not a whole number'],
		['apis=proto', 'APIs sharing the VPC link', 'not a whole number'],
	])('%s falls back to the default with a notice that repeats nothing from the address', (search, label, reason) => {
		const state = parseUrlState(`?${search}`);
		expect(state.plan).toEqual(DEFAULT_PLAN);
		expect(state.present).toBe(true);
		expect(state.notices).toHaveLength(1);
		expect(state.notices[0]).toContain(`“${label}”`);
		expect(state.notices[0]).toContain(reason);
		expect(state.notices[0]).toMatch(/, so it shows [\d,]+\.$/);
		expect(state.notices[0]).not.toMatch(HOSTILE);
	});

	test.each([
		['type=REST', 'API type', 'REST API'],
		['type=%3Cscript%3E', 'API type', 'REST API'],
		['region=eu-south-1', 'Region', 'A Region with the standard defaults'],
		['region=constructor', 'Region', 'A Region with the standard defaults'],
	])('%s: an unknown choice falls back with a notice', (search, legend, fallback) => {
		const state = parseUrlState(`?${search}`);
		expect(state.plan).toEqual(DEFAULT_PLAN);
		expect(state.notices).toEqual([`The link’s value for “${legend}” is not one the planner knows, so it shows “${fallback}”.`]);
	});

	test('a key given twice with different values is refused even when both values are good', () => {
		const state = parseUrlState('?rps=100&rps=200&type=http&type=rest');
		expect(state.plan).toEqual(DEFAULT_PLAN);
		expect(state.notices).toEqual([
			'The link gives “Steady requests per second” more than once, with different values, so it shows 1,000.',
			'The link gives “API type” more than once, with different values, so it shows “REST API”.',
		]);
	});

	test('a key given twice with the same value is used, quietly', () => {
		expect(parseUrlState('?rps=100&rps=100&type=http&type=http')).toEqual({ plan: { ...DEFAULT_PLAN, rps: 100, apiType: 'http' }, notices: [], present: true });
	});

	test('good values are kept next to bad ones, with one notice per bad value', () => {
		const state = parseUrlState('?rps=12000&burst=-5&timeout=1e999&type=http');
		expect(state.plan).toEqual({ ...DEFAULT_PLAN, rps: 12_000, apiType: 'http' });
		expect(state.notices).toHaveLength(2);
		for (const notice of state.notices) expect(notice).not.toMatch(HOSTILE);
	});

	test('writing keeps other parameters and replaces the planner’s own', () => {
		const search = toSearch({ ...DEFAULT_PLAN, rps: 12_000 }, '?utm_source=mail&rps=5&rps=6');
		const params = new URLSearchParams(search);
		expect(params.get('utm_source')).toBe('mail');
		expect(params.getAll('rps')).toEqual(['12000']);
		expect([...params.keys()].filter((key) => URL_KEYS.includes(key)).sort()).toEqual([...URL_KEYS].sort());
	});

	test.each(['1', '12000', '0012', '12.0', '12.00', '-3', '0', '1000001', '', '12.5', '1e3', '1,000', ' 12', '+12', '0x10', '9'.repeat(21)])(
		'a link takes %j exactly when the input does',
		(text) => {
			expect(parseUrlState(`?rps=${encodeURIComponent(text)}`).notices.length === 0).toBe(parseNumber('rps', text).ok);
		},
	);

	test('every number field has an address key', () => {
		for (const field of NUMBER_FIELDS) expect(URL_KEYS).toContain(NUMBER_SPECS[field].key);
	});
});
