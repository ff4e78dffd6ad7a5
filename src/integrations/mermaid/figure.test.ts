import { describe, expect, test } from 'vitest';
import { figureHtml, svgSearchText, svgTitle, withSvgId } from './figure.ts';

const svg = '<svg id="mmd-a" style="max-width: 900.5px;" aria-labelledby="mmd-a-i0"><title id="mmd-a-i0">VPC link &amp; NLB</title></svg>';

describe('figure markup', () => {
	test('captions the figure with the diagram title and names the scroll box by it', () => {
		const html = figureHtml(svg, 'mmd-a', svgTitle(svg)!);
		expect(html).toContain('<figcaption id="mmd-a-caption">VPC link &amp; NLB</figcaption>');
		expect(html).toContain('tabindex="0" role="group" aria-labelledby="mmd-a-caption"');
	});

	test('lets a diagram shrink to 60% of its natural width and no further, so its text stays readable', () => {
		expect(figureHtml(svg, 'mmd-a', 'T')).toContain('style="min-width: 540px; max-width: 900.5px;"');
		const narrow = svg.replace('900.5', '300');
		expect(figureHtml(narrow, 'mmd-a', 'T')).toContain('style="min-width: 180px; max-width: 300px;"');
	});

	test('renames every id when a diagram appears twice on a page', () => {
		expect(withSvgId(svg, 'mmd-a', 'mmd-a-2')).not.toMatch(/"mmd-a"|"mmd-a-i0"/);
		expect(withSvgId(svg, 'mmd-a', 'mmd-a-2')).toContain('id="mmd-a-2-i0"');
	});

	test('carries the description and each label once, in an attribute the site search indexes', () => {
		const labelled =
			'<svg id="mmd-a" style="max-width: 100px;"><desc id="d">How a "request" flows.</desc>' +
			'<text><tspan>API</tspan><tspan> Gateway</tspan></text><text>NLB</text><text>API Gateway</text></svg>';
		expect(svgSearchText(labelled)).toBe('How a &quot;request&quot; flows. · API Gateway · NLB');
		expect(figureHtml(labelled, 'mmd-a', 'T')).toContain(
			'data-pagefind-index-attrs="data-search-text" data-search-text="How a &quot;request&quot; flows. · API Gateway · NLB"',
		);
	});
});
