import { describe, expect, test } from 'vitest';
import { NUMBER_FIELDS, NUMBER_SPECS } from './model.ts';
import { fromPosition, isLogarithmic, sliderRange, toPosition } from './slider-scale.ts';

describe('slider scale', () => {
	test('wide ranges get a ladder of round values, small ones count in whole numbers', () => {
		expect(NUMBER_FIELDS.filter(isLogarithmic)).toEqual(['routes', 'timeoutMs', 'rps', 'burst']);
		expect(sliderRange('azs')).toEqual({ min: 1, max: 6 });
		expect(sliderRange('rps').min).toBe(0);
	});

	test('a slider runs from the field’s lowest value (a timeout from AWS’s 50 ms minimum) to its highest', () => {
		for (const field of NUMBER_FIELDS) {
			const { min, max } = sliderRange(field);
			expect(fromPosition(field, min)).toBe(field === 'timeoutMs' ? 50 : NUMBER_SPECS[field].min);
			expect(fromPosition(field, max)).toBe(NUMBER_SPECS[field].max);
		}
	});

	test('every step of a slider changes the value, upwards, from its lowest rung to its highest', () => {
		for (const field of NUMBER_FIELDS) {
			const { min, max } = sliderRange(field);
			for (let position = min + 1; position <= max; position++) expect(fromPosition(field, position)).toBeGreaterThan(fromPosition(field, position - 1));
		}
		// From the bottom, as a keyboard's arrow key moves it: 1, 2, 3.
		expect([0, 1, 2].map((position) => fromPosition('burst', position))).toEqual([1, 2, 3]);
	});

	test('the published limits are rungs, so a reader can stop right on one', () => {
		for (const [field, value] of [['rps', 10_000], ['rps', 2_500], ['burst', 5_000], ['burst', 1_250], ['routes', 300], ['timeoutMs', 29_000], ['timeoutMs', 30_000]] as const) {
			expect(fromPosition(field, toPosition(field, value))).toBe(value);
		}
	});

	test('values are round: two significant figures, apart from the limits', () => {
		const limits = new Set([2_500, 1_250]);
		for (let position = 0; position <= sliderRange('rps').max; position += 7) {
			const value = fromPosition('rps', position);
			if (!limits.has(value)) expect(String(value).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
		}
	});

	test('a value between rungs or outside the range shows at the nearest one', () => {
		expect(fromPosition('rps', toPosition('rps', 10_001))).toBe(10_000);
		expect(toPosition('rps', 0)).toBe(0);
		expect(toPosition('timeoutMs', 1)).toBe(0);
		expect(toPosition('azs', 9)).toBe(6);
	});
});
