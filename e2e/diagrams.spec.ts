import { expect, test, type Locator } from '@playwright/test';
import { CHAPTER_1, chooseTheme, openInTheme, openSettled } from './site.ts';

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
	const luminance = (rgb: string) => {
		const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
			const c = Number(v) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

async function nodeColours(node: Locator) {
	return node.evaluate((g) => ({
		box: getComputedStyle(g.querySelector('rect, polygon, path')!).fill,
		text: getComputedStyle(g.querySelector('text')!).fill,
	}));
}

test('chapter 1 has at least two diagrams, each with a name, a description and a caption', async ({ page }) => {
	await page.goto(CHAPTER_1);
	const figures = page.locator('figure.mermaid-figure');
	expect(await figures.count()).toBeGreaterThanOrEqual(2);
	for (const figure of await figures.all()) {
		const svg = figure.locator('svg');
		await expect(svg).toHaveAccessibleName(/\S/);
		await expect(svg).toHaveAccessibleDescription(/\S/);
		await expect(figure.locator('figcaption')).toHaveText(/\S/);
	}
});

test('diagrams switch colours with the theme toggle and stay readable in both themes', async ({ page }) => {
	await openInTheme(page, CHAPTER_1, 'light');
	const node = page.locator('figure.mermaid-figure svg g.node').first();
	await node.scrollIntoViewIfNeeded();
	const light = await nodeColours(node);

	await chooseTheme(page, 'dark');
	const dark = await nodeColours(node);

	expect(dark.box).not.toBe(light.box);
	expect(dark.text).not.toBe(light.text);
	expect(contrast(light.text, light.box)).toBeGreaterThanOrEqual(4.5);
	expect(contrast(dark.text, dark.box)).toBeGreaterThanOrEqual(4.5);
});

test('diagrams print in light colours, as the rest of the page does, even from the dark theme', async ({ page }) => {
	await openInTheme(page, CHAPTER_1, 'light');
	const node = page.locator('figure.mermaid-figure svg g.node').first();
	const light = await nodeColours(node);
	await chooseTheme(page, 'dark');
	await page.emulateMedia({ media: 'print' });
	expect(await nodeColours(node)).toEqual(light);
});

test('diagrams are in the HTML and readable with JavaScript off', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(CHAPTER_1);
	const svg = page.locator('figure.mermaid-figure svg').first();
	await expect(svg).toBeVisible();
	expect((await svg.boundingBox())!.width).toBeGreaterThan(200);
	await expect(svg.locator('text').first()).toHaveText(/\S/);
	await context.close();
});

test('no mermaid JavaScript reaches the browser', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') scripts.push(await response.text());
	});
	await openSettled(page, CHAPTER_1);
	const inline = await page.locator('script').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
	expect([...scripts, ...inline].filter((code) => /mermaid/i.test(code))).toEqual([]);
});

test('a wide diagram scrolls inside its box on a phone instead of shrinking its text away', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto(CHAPTER_1);
	const canvases = page.locator('.mermaid-figure__canvas');
	const widths = await canvases.evaluateAll((nodes) => nodes.map((n) => ({ client: n.clientWidth, scroll: n.scrollWidth })));
	expect(widths.some((w) => w.scroll > w.client), 'at least one diagram is wider than a phone').toBe(true);
	// The page itself never scrolls sideways.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
