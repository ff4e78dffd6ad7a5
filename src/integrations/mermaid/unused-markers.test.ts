import { describe, expect, test } from 'vitest';
import { withoutUnusedMarkers } from './unused-markers.ts';

const marker = (id: string) => `<marker id="${id}" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker>`;

describe('withoutUnusedMarkers', () => {
	test('keeps the markers an edge points at and drops the rest', () => {
		const svg = `<svg id="d"><g>${marker('d_pointEnd')}${marker('d_pointStart')}${marker('d_circleEnd')}</g><path marker-end="url(#d_pointEnd)" d="M0 0"></path></svg>`;
		expect(withoutUnusedMarkers(svg)).toBe(`<svg id="d"><g>${marker('d_pointEnd')}</g><path marker-end="url(#d_pointEnd)" d="M0 0"></path></svg>`);
	});

	test('keeps a marker referred to from a style attribute too', () => {
		const svg = `<svg>${marker('m1')}<path style="marker-start: url(#m1)"></path></svg>`;
		expect(withoutUnusedMarkers(svg)).toBe(svg);
	});

	test('leaves an SVG without markers as it is', () => {
		expect(withoutUnusedMarkers('<svg><rect></rect></svg>')).toBe('<svg><rect></rect></svg>');
	});
});
