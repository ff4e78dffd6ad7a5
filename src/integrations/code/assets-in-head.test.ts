import { describe, expect, test } from 'vitest';
import { codeAssetsInHead } from './assets-in-head.ts';

const SHEET = '<link rel="stylesheet" href="/docs/_astro/ec.w36nc.css">';
const SCRIPT = '<script type="module" src="/docs/_astro/ec.0vx5m.js"></script>';
const page = (head: string, body: string) => `<!DOCTYPE html><html><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('codeAssetsInHead', () => {
	test('moves the sheet and script of every code block to the end of the head, once each', () => {
		const html = page(
			'<link rel="stylesheet" href="/docs/_astro/site.css">',
			`<p>a</p><div class="expressive-code">${SHEET}${SCRIPT}<figure>one</figure></div>` +
				`<div class="expressive-code">${SHEET}${SCRIPT}<figure>two</figure></div>`,
		);
		expect(codeAssetsInHead(html)).toBe(
			page(
				`<link rel="stylesheet" href="/docs/_astro/site.css">${SHEET}${SCRIPT}`,
				'<p>a</p><div class="expressive-code"><figure>one</figure></div><div class="expressive-code"><figure>two</figure></div>',
			),
		);
	});

	test('leaves pages without code blocks, and other style sheets and scripts, alone', () => {
		const html = page(
			'<script type="module" src="/_astro/page.js"></script>',
			'<link rel="stylesheet" href="/_astro/spec.css"><script type="module" src="/_astro/island.js"></script>',
		);
		expect(codeAssetsInHead(html)).toBe(html);
		expect(codeAssetsInHead('<p>a fragment without a head</p>')).toBe('<p>a fragment without a head</p>');
	});
});
