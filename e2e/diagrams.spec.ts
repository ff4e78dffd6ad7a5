import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import { CHAPTER_1, contrast, DIST, openInTheme, renderAllSections, switchTheme } from './fixtures.ts';

/**
 * The mermaid diagrams as a reader meets them in chapter 1: they follow the theme switch and stay
 * readable, print in light colours, and scroll inside their own box on a phone. Their markup,
 * names and standalone files are checked from the build in built-site.spec.ts.
 */

async function nodeColours(node: Locator) {
	return node.evaluate((g) => ({
		box: getComputedStyle(g.querySelector('rect, polygon, path')!).fill,
		text: getComputedStyle(g.querySelector('text')!).fill,
	}));
}

test('diagrams follow the theme switch, stay readable, print light, and scroll in their box on a phone', async ({ page }) => {
	await openInTheme(page, CHAPTER_1, 'light');
	const node = page.locator('figure.mermaid-figure svg g.node').first();
	await node.scrollIntoViewIfNeeded();
	const light = await nodeColours(node);

	await switchTheme(page, 'dark');
	const dark = await nodeColours(node);
	expect(dark.box).not.toBe(light.box);
	expect(dark.text).not.toBe(light.text);
	expect(contrast(light.text, light.box)).toBeGreaterThanOrEqual(4.5);
	expect(contrast(dark.text, dark.box)).toBeGreaterThanOrEqual(4.5);

	// Printed from the dark theme, a diagram comes out in light colours, like the rest of the page.
	await page.emulateMedia({ media: 'print' });
	expect(await nodeColours(node)).toEqual(light);
	await page.emulateMedia({ media: 'screen' });

	await page.setViewportSize({ width: 360, height: 780 });
	await renderAllSections(page);
	const widths = await page.locator('.mermaid-figure__canvas').evaluateAll((nodes) => nodes.map((n) => ({ client: n.clientWidth, scroll: n.scrollWidth })));
	expect(widths.some((w) => w.scroll > w.client), 'at least one diagram is wider than a phone, and scrolls inside its box').toBe(true);
	expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page itself never scrolls sideways').toBeLessThanOrEqual(360);
});

test('every standalone diagram file is well-formed SVG to a browser', async ({ page }) => {
	const files = readdirSync(join(DIST, 'diagrams'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.svg'))
		.map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name))}`);
	expect(files.length).toBeGreaterThanOrEqual(28);
	await page.goto('/404.html');
	const errors = await page.evaluate(async (urls) => {
		const problems: string[] = [];
		for (const url of urls) {
			const response = await fetch(url);
			const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
			const error = parsed.querySelector('parsererror')?.textContent;
			if (!response.ok || !(response.headers.get('content-type') ?? '').includes('image/svg+xml') || error || parsed.documentElement.localName !== 'svg') {
				problems.push(`${url}: ${response.status} ${response.headers.get('content-type')} ${error ?? parsed.documentElement.localName}`);
			}
		}
		return problems;
	}, files);
	expect(errors).toEqual([]);
});
