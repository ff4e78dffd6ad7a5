import { describe, expect, test } from 'vitest';
import { NUMBER_FIELDS, NUMBER_SPECS } from './model.ts';
import { fromPosition, isLogarithmic, sliderRange, STEPS, toPosition } from './slider-scale.ts';

describe('slider scale', () => {
	test('wide ranges get a logarithmic slider, small ones count in whole numbers', () => {
		expect(NUMBER_FIELDS.filter(isLogarithmic)).toEqual(['rps', 'burst', 'routes', 'timeoutMs']);
		expect(sliderRange('rps')).toEqual({ min: 0, max: STEPS });
		expect(sliderRange('azs')).toEqual({ min: 1, max: 6 });
	});

	test('both ends of every slider are the ends of the field’s range', () => {
		for (const field of NUMBER_FIELDS) {
			const { min, max } = sliderRange(field);
			expect(fromPosition(field, min)).toBe(NUMBER_SPECS[field].min);
			expect(fromPosition(field, max)).toBe(NUMBER_SPECS[field].max);
		}
	});

	test('the published limits are on the slider, so a reader can stop right at one', () => {
		for (const [field, value] of [['rps', 10_000], ['rps', 2_500], ['burst', 5_000], ['burst', 1_250], ['routes', 300], ['timeoutMs', 29_000], ['timeoutMs', 30_000]] as const) {
			expect(fromPosition(field, toPosition(field, value))).toBe(value);
		}
	});

	test('values come rounded to two figures and grow with the position', () => {
		let previous = 0;
		for (let position = 0; position <= STEPS; position += 50) {
			const value = fromPosition('rps', position);
			expect(value).toBeGreaterThanOrEqual(previous);
			expect(String(value).replace(/0+$/, '').length).toBeLessThanOrEqual(2);
			previous = value;
		}
	});

	test('a value outside the range sits at the nearest end', () => {
		expect(toPosition('rps', 0)).toBe(0);
		expect(toPosition('azs', 9)).toBe(6);
	});
});
