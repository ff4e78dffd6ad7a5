import { expect, test, type Locator, type Page } from '@playwright/test';
import { hslToHex, ownerPalette, type Owner } from '../src/utils/owner-palette.ts';
import { axeViolations, CHAPTER_1, contrast, openInTheme, switchTheme, type Theme } from './fixtures.ts';

/**
 * What a mermaid figure offers beyond its drawing, read on chapter 1: the owner colours the
 * islands use, the caption right under the drawing, the "Figure options" menu by keyboard, and on
 * a phone a hint on a figure too wide for the column that opens it full size. The menu's Embed
 * dialog itself is embed-dialog.spec.ts's.
 */

/** The second figure of chapter 1 has an AWS-managed area, VPCs and a client. */
const figureOf = (page: Page, caption: string) => page.locator('.mermaid-figure').filter({ has: page.locator('figcaption', { hasText: caption }) });
const PATHS = 'VPC link V1 and V2 request paths';

/** `rgb(r, g, b)`, as getComputedStyle writes a colour, for a palette entry. */
function rgbOf(owner: Owner, part: 'fill' | 'line', theme: Theme): string {
	const hex = hslToHex(ownerPalette[owner][part][theme]);
	const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
	return `rgb(${r}, ${g}, ${b})`;
}

async function ownerColours(figure: Locator) {
	const paint = (selector: string) =>
		figure.locator(selector).first().evaluate((g) => {
			const shape = getComputedStyle(g.querySelector('rect')!);
			const text = g.querySelector('text');
			return { fill: shape.fill, stroke: shape.stroke, text: text ? getComputedStyle(text).fill : '' };
		});
	return { aws: await paint('g.node.aws'), vpcBox: await paint('g.node.vpc'), vpcArea: await paint('g.cluster.vpc'), client: await paint('g.node.client') };
}

test('figures wear the owner colours in both themes, keep their caption under the drawing, and open their menu from the keyboard', async ({ page }) => {
	await openInTheme(page, CHAPTER_1, 'light');
	const figure = figureOf(page, PATHS);
	await figure.scrollIntoViewIfNeeded();

	for (const theme of ['light', 'dark'] as const) {
		if (theme === 'dark') await switchTheme(page, 'dark');
		const colours = await ownerColours(figure);
		expect(colours.aws.fill, `${theme}: an AWS-managed box`).toBe(rgbOf('aws', 'fill', theme));
		expect(colours.aws.stroke).toBe(rgbOf('aws', 'line', theme));
		expect(colours.vpcBox.fill, `${theme}: a box in your VPC`).toBe(rgbOf('vpc', 'fill', theme));
		expect(colours.vpcArea.stroke, `${theme}: the VPC area`).toBe(rgbOf('vpc', 'line', theme));
		expect(colours.client.fill, `${theme}: the client`).toBe(rgbOf('client', 'fill', theme));
		for (const [name, box] of Object.entries(colours)) {
			if (box.text) expect(contrast(box.text, box.fill), `${theme}: text on ${name}`).toBeGreaterThanOrEqual(4.5);
		}
	}

	// The caption is the element right after the drawing's box, and sits right under it.
	const canvas = figure.locator('.mermaid-figure__canvas');
	expect(await canvas.evaluate((box) => box.nextElementSibling?.localName)).toBe('figcaption');
	const gap = await canvas.evaluate((box) => box.nextElementSibling!.getBoundingClientRect().top - box.getBoundingClientRect().bottom);
	expect(gap).toBeLessThan(16);

	// The menu button, by keyboard: Enter opens on the first item, the arrows wrap, Escape returns.
	const options = figure.getByRole('button', { name: 'Figure options' });
	await expect(options).toHaveAccessibleDescription(PATHS);
	await options.focus();
	await page.keyboard.press('Enter');
	const menu = figure.getByRole('menu', { name: 'Figure options' });
	await expect(menu).toBeVisible();
	await expect(options).toHaveAttribute('aria-expanded', 'true');
	await expect(menu.getByRole('menuitem', { name: 'Embed…' })).toBeFocused();
	expect(await axeViolations(page, { include: '.mermaid-figure:has(.figure-menu:not([hidden]))' }), 'the figure with its menu open').toEqual([]);
	await page.keyboard.press('ArrowDown');
	await expect(menu.getByRole('menuitem', { name: 'View full size' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(menu.getByRole('menuitem', { name: 'Embed…' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toBeHidden();
	await expect(options).toBeFocused();
	await expect(options).toHaveAttribute('aria-expanded', 'false');

	// ArrowUp opens on the last item; Home goes back to Embed…, whose Enter opens the Embed dialog.
	await page.keyboard.press('ArrowUp');
	await expect(menu.getByRole('menuitem', { name: 'View full size' })).toBeFocused();
	await page.keyboard.press('Home');
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: `Embed “${PATHS}”` });
	await expect(dialog).toBeVisible();
	await expect(menu).toBeHidden();
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(options).toBeFocused();

	// A desktop column fits every figure of the chapter, so none shows the wide-figure hint.
	await expect(page.locator('.mermaid-figure__wide').filter({ visible: true })).toHaveCount(0);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a figure wider than the column says so and opens full size; Escape and Close return focus', async ({ page }) => {
		await openInTheme(page, CHAPTER_1, 'dark');
		const figure = figureOf(page, PATHS);
		await figure.scrollIntoViewIfNeeded();
		const canvas = figure.locator('.mermaid-figure__canvas');
		expect(await canvas.evaluate((box) => box.scrollWidth > box.clientWidth), 'this figure is wider than a phone column').toBe(true);

		const hint = figure.getByRole('button', { name: 'Wide figure: scroll or open full size' });
		await expect(hint).toBeVisible();
		expect(await axeViolations(page, { include: '.mermaid-figure:has(.mermaid-figure__wide:not([hidden]))' }), 'a wide figure with its hint').toEqual([]);
		// The first figure fits the column, so it has no hint.
		await expect(page.locator('.mermaid-figure').first().locator('.mermaid-figure__wide')).toBeHidden();

		await hint.focus();
		await page.keyboard.press('Enter');
		const full = page.getByRole('dialog', { name: PATHS });
		await expect(full).toBeVisible();
		const image = full.getByRole('img', { name: PATHS });
		// The dark file, at the diagram's natural size, in a view that pans sideways.
		await expect(image).toHaveAttribute('src', (await figure.locator('diagram-embed').getAttribute('data-dark'))!);
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
		expect(await image.evaluate((img) => img.getBoundingClientRect().width)).toBe(Number(await figure.locator('diagram-embed').getAttribute('data-width')));
		const view = full.getByRole('group', { name: `${PATHS}, full size` });
		await expect(view).toBeFocused();
		expect(await view.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
		expect(await axeViolations(page, { include: 'dialog' }), 'the full-size view').toEqual([]);
		await page.keyboard.press('Escape');
		await expect(full).toHaveCount(0);
		await expect(hint).toBeFocused();

		// The same view from the menu, closed with its Close button.
		const options = figure.getByRole('button', { name: 'Figure options' });
		await options.click();
		await figure.getByRole('menuitem', { name: 'View full size' }).click();
		await expect(full).toBeVisible();
		await full.getByRole('button', { name: 'Close' }).click();
		await expect(full).toHaveCount(0);
		await expect(options).toBeFocused();
		expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page itself never scrolls sideways').toBeLessThanOrEqual(390);
	});
});
