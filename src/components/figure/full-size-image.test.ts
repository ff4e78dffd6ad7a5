import { describe, expect, test } from 'vitest';
import { fullSizeImage, overflows } from './full-size-image.ts';

const data = { light: '/d/a-light.svg', dark: '/d/a-dark.svg', width: '901', height: '401' };

describe('fullSizeImage', () => {
	test("picks the file of the page's theme at the natural size", () => {
		expect(fullSizeImage(data, 'light')).toEqual({ src: '/d/a-light.svg', width: 901, height: 401 });
		expect(fullSizeImage(data, 'dark')?.src).toBe('/d/a-dark.svg');
	});

	test('gives nothing without a file or a size', () => {
		expect(fullSizeImage({ ...data, dark: undefined }, 'dark')).toBeUndefined();
		expect(fullSizeImage({ ...data, width: 'x' }, 'light')).toBeUndefined();
		expect(fullSizeImage({ ...data, height: '0' }, 'light')).toBeUndefined();
	});
});

describe('overflows', () => {
	test('only past a pixel of rounding', () => {
		expect(overflows(500, 330)).toBe(true);
		expect(overflows(331, 330)).toBe(false);
		expect(overflows(330, 330)).toBe(false);
	});
});
