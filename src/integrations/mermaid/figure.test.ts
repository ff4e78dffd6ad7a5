import { describe, expect, test } from 'vitest';
import { embedHtml, figureHtml, svgSearchText, svgTitle, type EmbedLinks } from './figure.ts';

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

	test('carries the description and each label once, in an attribute the site search indexes', () => {
		const labelled =
			'<svg id="mmd-a" style="max-width: 100px;"><desc id="d">How a "request" flows.</desc>' +
			'<text><tspan>API</tspan><tspan> Gateway</tspan></text><text>NLB</text><text>API Gateway</text></svg>';
		expect(svgSearchText(labelled)).toBe('How a &quot;request&quot; flows. · API Gateway · NLB');
		expect(figureHtml(labelled, 'mmd-a', 'T')).toContain(
			'data-pagefind-index-attrs="data-search-text" data-search-text="How a &quot;request&quot; flows. · API Gateway · NLB"',
		);
	});

	const links: EmbedLinks = {
		title: 'VPC link & "NLB"',
		light: '/guides/x/diagrams/chapters/01/vpc-link-nlb-light.svg',
		dark: '/guides/x/diagrams/chapters/01/vpc-link-nlb-dark.svg',
		width: 900.5,
		height: 400.2,
	};

	test('carries the menu button of the contract, with escaped attributes and whole-pixel sizes', () => {
		expect(embedHtml(links, 'mmd-a-caption')).toBe(
			'<diagram-embed data-kind="mermaid" data-title="VPC link &amp; &quot;NLB&quot;" ' +
				'data-light="/guides/x/diagrams/chapters/01/vpc-link-nlb-light.svg" data-dark="/guides/x/diagrams/chapters/01/vpc-link-nlb-dark.svg" ' +
				'data-width="901" data-height="401"><button type="button" class="figure-menu__open" aria-haspopup="menu" ' +
				'aria-label="Figure options" aria-describedby="mmd-a-caption">⋮</button></diagram-embed>',
		);
	});

	test('puts the menu first in the figure and the caption right after the drawing, as its last child', () => {
		const html = figureHtml(svg, 'mmd-a', 'VPC link &amp; NLB', links);
		expect(html).toMatch(/^<figure [^>]*><diagram-embed [^>]*><button[^>]*>⋮<\/button><\/diagram-embed><div class="mermaid-figure__canvas"/);
		expect(html).toMatch(/<\/svg><\/div><figcaption[^>]*>[^<]*<\/figcaption><\/figure>$/);
		expect(html).toContain('data-light="/guides/x/diagrams/chapters/01/vpc-link-nlb-light.svg"');
		expect(figureHtml(svg, 'mmd-a', 'T')).not.toContain('diagram-embed');
	});
});
