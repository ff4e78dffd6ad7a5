import { describe, expect, test } from 'vitest';
import { normalizeIds } from './normalize-ids.ts';

describe('normalizeIds', () => {
	test('prefixes ids that mermaid left without the diagram id, with their references', () => {
		const svg =
			'<svg id="mmd-a" aria-labelledby="chart-title mmd-a-desc"><title id="chart-title">T</title>' +
			'<path id="L_a_b_0" marker-end="url(#arrow)"/><marker id="arrow"/><use href="#L_a_b_0"/><use xlink:href="#arrow"/></svg>';
		expect(normalizeIds(svg, 'mmd-a')).toBe(
			'<svg id="mmd-a" aria-labelledby="mmd-a-i0 mmd-a-desc"><title id="mmd-a-i0">T</title>' +
				'<path id="mmd-a-i1" marker-end="url(#mmd-a-i2)"/><marker id="mmd-a-i2"/><use href="#mmd-a-i1"/><use xlink:href="#mmd-a-i2"/></svg>',
		);
	});

	test('gives the same output whatever counter values mermaid used', () => {
		const first = '<svg id="mmd-a"><g id="root-0"/><g id="root-1"/></svg>';
		const later = '<svg id="mmd-a"><g id="root-6"/><g id="root-7"/></svg>';
		expect(normalizeIds(first, 'mmd-a')).toBe(normalizeIds(later, 'mmd-a'));
	});

	test('keeps ids that already start with the diagram id', () => {
		const svg = '<svg id="mmd-a"><marker id="mmd-a_pointEnd"/><g id="mmd-a-flowchart-x-0"/></svg>';
		expect(normalizeIds(svg, 'mmd-a')).toBe(svg);
	});
});
