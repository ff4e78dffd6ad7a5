import { describe, expect, test } from 'vitest';
import { DEFAULT_PLAN, NUMBER_FIELDS, NUMBER_SPECS, countOf, formatNumber, inputError, numberLabel, parseNumber } from './model.ts';

describe('inputs', () => {
	test('every default is inside its own range and on its step', () => {
		for (const field of NUMBER_FIELDS) {
			const { min, max, step, default: value } = NUMBER_SPECS[field];
			expect(value, field).toBeGreaterThanOrEqual(min);
			expect(value, field).toBeLessThanOrEqual(max);
			expect((value - min) % step, field).toBe(0);
			expect(DEFAULT_PLAN[field]).toBe(value);
		}
	});

	test('address keys are unique and do not clash with the topology explorer’s', () => {
		const keys = NUMBER_FIELDS.map((field) => NUMBER_SPECS[field].key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const key of ['api', 'link', 'target', 'compute', 'client', 'step']) expect(keys).not.toContain(key);
	});

	test('routes are called routes for HTTP APIs and resources for REST APIs', () => {
		expect(numberLabel('routes', 'http')).toBe('Routes per API');
		expect(numberLabel('routes', 'rest')).toBe('Resources per API');
		expect(numberLabel('rps', 'http')).toBe(NUMBER_SPECS.rps.label);
	});

	test('numbers are written the same way everywhere', () => {
		expect(formatNumber(10000)).toBe('10,000');
		expect(countOf(1, ['subnet', 'subnets'])).toBe('1 subnet');
		expect(countOf(12000, ['request', 'requests'])).toBe('12,000 requests');
	});
});

describe('parseNumber', () => {
	test.each([
		['1', 1],
		['1000000', 1_000_000],
		['12000', 12_000],
		['0012', 12],
		['1000.0', 1000],
	])('accepts %s', (text, value) => {
		expect(parseNumber('rps', text)).toEqual({ ok: true, value });
	});

	test.each([
		['', 'empty'],
		['abc', 'not-a-number'],
		['1e3', 'not-a-number'],
		['1e999', 'not-a-number'],
		['Infinity', 'not-a-number'],
		['NaN', 'not-a-number'],
		['0x10', 'not-a-number'],
		[' 12', 'not-a-number'],
		['12 ', 'not-a-number'],
		['1,000', 'not-a-number'],
		['<script>alert(1)</script>', 'not-a-number'],
		['9'.repeat(400), 'not-a-number'],
		['2.5', 'not-whole'],
		['-5', 'out-of-range'],
		['0', 'out-of-range'],
		['1000001', 'out-of-range'],
		['99999999999999999999', 'out-of-range'],
	])('refuses %j (%s)', (text, problem) => {
		expect(parseNumber('rps', text)).toEqual({ ok: false, problem });
	});

	test('holds each field to its own range', () => {
		expect(parseNumber('azs', '6')).toEqual({ ok: true, value: 6 });
		expect(parseNumber('azs', '7')).toEqual({ ok: false, problem: 'out-of-range' });
		expect(parseNumber('timeoutMs', '300000')).toEqual({ ok: true, value: 300_000 });
		expect(parseNumber('timeoutMs', '300001')).toEqual({ ok: false, problem: 'out-of-range' });
	});
});

describe('inputError', () => {
	test('says what to enter and what the planner keeps using', () => {
		expect(inputError('rps', 'empty', 1000)).toBe('Enter a number from 1 to 1,000,000. The planner still uses 1,000.');
		expect(inputError('azs', 'out-of-range', 3)).toBe('Enter a number from 1 to 6. The planner still uses 3.');
		expect(inputError('rps', 'not-a-number', 12000)).toBe('Enter a whole number from 1 to 1,000,000, in digits only. The planner still uses 12,000.');
	});
});
