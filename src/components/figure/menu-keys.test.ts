import { describe, expect, test } from 'vitest';
import { menuFocusIndex } from './menu-keys.ts';

describe('menuFocusIndex', () => {
	test('the arrows move one item and wrap at either end', () => {
		expect(menuFocusIndex('ArrowDown', 0, 2)).toBe(1);
		expect(menuFocusIndex('ArrowDown', 1, 2)).toBe(0);
		expect(menuFocusIndex('ArrowUp', 0, 2)).toBe(1);
		expect(menuFocusIndex('ArrowUp', 1, 2)).toBe(0);
	});

	test('Home and End go to the first and last item', () => {
		expect(menuFocusIndex('Home', 2, 3)).toBe(0);
		expect(menuFocusIndex('End', 0, 3)).toBe(2);
	});

	test('other keys, and an empty menu, move nothing', () => {
		expect(menuFocusIndex('a', 0, 2)).toBeUndefined();
		expect(menuFocusIndex('Tab', 0, 2)).toBeUndefined();
		expect(menuFocusIndex('ArrowDown', 0, 0)).toBeUndefined();
	});
});
