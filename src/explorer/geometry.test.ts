import { describe, expect, test } from 'vitest';
import { crossesRect, labelRect, overlappingPairs, type Rect } from './geometry.ts';

const box: Rect = { left: 10, top: 10, right: 30, bottom: 20 };
const p = (x: number, y: number) => ({ x, y });

describe('crossesRect: whether a line runs through a label or a box', () => {
	test.each([
		['straight through, across', p(0, 15), p(40, 15), true],
		['straight through, down', p(20, 0), p(20, 40), true],
		['on a slant, corner to corner', p(0, 0), p(40, 30), true],
		['ending inside', p(0, 15), p(15, 15), true],
		['along an edge, which only touches', p(0, 10), p(40, 10), false],
		['beside it', p(0, 25), p(40, 25), false],
		['stopping short of it', p(0, 15), p(9, 15), false],
		['on a slant that passes a corner by', p(0, 30), p(12, 0), false],
	])('%s: %s', (_, a, b, expected) => {
		expect(crossesRect(a, b, box)).toBe(expected);
		expect(crossesRect(b, a, box)).toBe(expected);
	});
});

describe('labelRect', () => {
	test('a pill is its text plus padding, placed by its anchor', () => {
		const middle = labelRect({ label: 'HTTP :80', labelAt: { x: 100, y: 50, anchor: 'middle' } })!;
		const start = labelRect({ label: 'HTTP :80', labelAt: { x: 100, y: 50, anchor: 'start' } })!;
		expect((middle.left + middle.right) / 2).toBe(100);
		expect(start.left).toBeLessThan(100);
		expect(start.left).toBeGreaterThan(90);
		expect(start.right - start.left).toBe(middle.right - middle.left);
		expect(middle.bottom - middle.top).toBe(29);
	});

	test('a connection without a label, or without a place for it, has none', () => {
		expect(labelRect({ labelAt: { x: 0, y: 0, anchor: 'middle' } })).toBeUndefined();
		expect(labelRect({ label: 'HTTPS :443' })).toBeUndefined();
	});
});

test('overlappingPairs names each pair that overlaps, once', () => {
	expect(
		overlappingPairs([
			['a', box],
			['b', { left: 25, top: 15, right: 35, bottom: 25 }],
			['c', { left: 30, top: 0, right: 40, bottom: 5 }],
		]),
	).toEqual(['a / b']);
});
