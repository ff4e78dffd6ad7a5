import { describe, expect, test } from 'vitest';
import { mergeWordSpans, slimSvg, withoutEmptyRects, withoutPointData, withoutUnusedMarkers } from './slim-svg.ts';

const marker = (id: string) => `<marker id="${id}" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker>`;
const word = (text: string) => `<tspan font-style="normal" class="text-inner-tspan" font-weight="normal">${text}</tspan>`;

describe('withoutUnusedMarkers', () => {
	test('keeps the markers an edge points at and drops the rest', () => {
		const svg = `<svg id="d"><g>${marker('d_pointEnd')}${marker('d_pointStart')}${marker('d_circleEnd')}</g><path marker-end="url(#d_pointEnd)" d="M0 0"></path></svg>`;
		expect(withoutUnusedMarkers(svg)).toBe(`<svg id="d"><g>${marker('d_pointEnd')}</g><path marker-end="url(#d_pointEnd)" d="M0 0"></path></svg>`);
	});

	test('keeps a marker referred to from a style attribute too', () => {
		const svg = `<svg>${marker('m1')}<path style="marker-start: url(#m1)"></path></svg>`;
		expect(withoutUnusedMarkers(svg)).toBe(svg);
	});
});

describe('the other parts a shown diagram does not need', () => {
	test('edge point data goes, the edge stays', () => {
		expect(withoutPointData('<path d="M0,0L1,1" data-edge="true" data-points="W3siIn1d" data-look="classic"></path>')).toBe(
			'<path d="M0,0L1,1" data-edge="true" data-look="classic"></path>',
		);
	});

	test('size-less placeholder rects go, a label background with a size stays', () => {
		const sized = '<rect class="background" style="" x="-27" y="-1" width="55" height="23"></rect>';
		expect(withoutEmptyRects(`<g class="label"><rect></rect><g><rect class="background" style="stroke: none"></rect>${sized}</g></g>`)).toBe(`<g class="label"><g>${sized}</g></g>`);
	});

	test('the words of a label line become one run of text in the line', () => {
		const line = (content: string) => `<tspan class="text-outer-tspan row" x="0" y="-0.1em" dy="1.1em">${content}</tspan>`;
		expect(mergeWordSpans(`<text>${line(`${word('HTTP')}${word(' API')}`)}${line(word('$default'))}</text>`)).toBe(`<text>${line('HTTP API')}${line('$default')}</text>`);
	});

	test('slimSvg does all of it, and leaves a diagram without such parts as it is', () => {
		const svg = `<svg>${marker('unused')}<g class="label"><rect></rect><text>${word('A')}${word(' B')}</text></g><path data-points="x"></path></svg>`;
		expect(slimSvg(svg)).toBe('<svg><g class="label"><text>A B</text></g><path></path></svg>');
		expect(slimSvg('<svg><rect x="1" width="2"></rect></svg>')).toBe('<svg><rect x="1" width="2"></rect></svg>');
	});
});
