import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { EMBEDDABLE_ISLANDS } from '../src/embed/islands.ts';
import { EMBED_SANDBOX, imageAlt } from '../src/embed/snippets.ts';
import { escapeAttribute } from '../src/utils/escape-attribute.ts';
import { axeViolations, openInTheme, SITE, switchTheme } from './fixtures.ts';

/** The Embed dialog of an island and its downloads, read the way a reader would use them. */

const CHAPTER_7 = '/chapters/07-cross-account-private-integrations/';
const EXPLORER = '/explorer/';

const dialog = (page: Page) => page.getByRole('dialog');

async function openDialog(page: Page, path: string, theme: 'light' | 'dark' = 'light') {
	await openInTheme(page, path, theme);
	const island = page.locator('.island').first();
	// Chapter islands hydrate when they scroll into view.
	await island.scrollIntoViewIfNeeded();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	const button = island.locator('diagram-embed button');
	await button.click();
	await expect(dialog(page)).toBeVisible();
	return { island, button };
}

/** The bytes of a download, and the name the browser was told to save it under. */
async function saved(download: Download): Promise<{ name: string; bytes: Buffer }> {
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

test('the snippet embeds the view the reader is looking at, with the options they chose', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openInTheme(page, `${EXPLORER}?api=http&link=v2&target=nlb&compute=ec2&client=public&step=1`, 'light');
	const island = page.locator('.island').first();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	await island.getByRole('button', { name: 'Next', exact: true }).click();
	await island.locator('diagram-embed button').click();

	const snippet = dialog(page).getByLabel('Snippet to paste into your page');
	await expect(snippet).toHaveValue(/embed\/topology\/\?api=http&amp;link=v2&amp;target=nlb&amp;compute=ec2&amp;client=public&amp;step=2"/);
	await expect(snippet).toHaveValue(new RegExp(`sandbox="${EMBED_SANDBOX}"`));
	await expect(snippet).toHaveValue(/loading="lazy"/);
	await expect(snippet).toHaveValue(/title="API Gateway private integration: request path explorer"/);
	await expect(snippet).toHaveValue(new RegExp(`<script src="${SITE}/embed/resize.js" defer></script>`));

	await dialog(page).getByRole('radio', { name: 'Dark' }).check();
	await dialog(page).getByLabel('Start at').selectOption('4');
	await dialog(page).getByRole('checkbox', { name: /Show the choices/ }).uncheck();
	await dialog(page).getByLabel('Height in pixels').fill('720');
	await dialog(page).getByRole('checkbox', { name: /resize script/ }).uncheck();
	await expect(snippet).toHaveValue(/step=4&amp;theme=dark&amp;controls=0" title="[^"]+" width="100%" height="720"/);
	await expect(snippet).not.toHaveValue(/<script/);

	// The live preview shows the same address.
	const preview = dialog(page).locator('iframe');
	await expect(preview).toHaveAttribute('src', /step=4&theme=dark&controls=0$/);
	await expect(page.frameLocator('.embed-dialog iframe').locator('html')).toHaveAttribute('data-theme', 'dark');

	await dialog(page).getByRole('button', { name: 'Copy snippet' }).click();
	await expect(dialog(page).getByRole('status')).toHaveText('Snippet copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());

	await dialog(page).getByRole('button', { name: 'Copy link to this view' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(`${SITE}/explorer/?api=http&link=v2&target=nlb&compute=ec2&client=public&step=4`);
	// The link opens the full page on exactly that view.
	await page.goto(link);
	await expect(page.locator('.island ol.hop-list > li[aria-current="step"]')).toContainText('Hop 4,');
});

// One load of chapter 7 for its island's dialog: axe in both themes, then the link it copies.
test('a chapter island’s dialog has no axe violation in either theme, and its Copy link opens the island’s home page on the same view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const { button } = await openDialog(page, CHAPTER_7, 'light');
	expect(await axeViolations(page, { include: 'dialog' }), 'light').toEqual([]);
	// The same page in the dark theme, switched the way its reader would, and the dialog opened anew.
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toHaveCount(0);
	await switchTheme(page, 'dark');
	await button.click();
	await expect(dialog(page)).toBeVisible();
	expect(await axeViolations(page, { include: 'dialog' }), 'dark').toEqual([]);

	await dialog(page).getByRole('button', { name: 'Copy link to this view' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link.startsWith(`${SITE}/${EMBEDDABLE_ISLANDS['cross-account'].viewPath}?`)).toBe(true);
	expect(new URL(link).searchParams.get('step')).toBe('1');
	// It lands on the island, not the top of the chapter, below the sticky header.
	expect(new URL(link).hash).toBe('#ch7');
	await page.goto(link);
	const island = page.locator('#ch7');
	await expect(island).toBeInViewport();
	const top = await island.evaluate((element) => element.getBoundingClientRect().top);
	const header = await page.locator('header').first().evaluate((element) => element.getBoundingClientRect().bottom);
	expect(top).toBeGreaterThanOrEqual(header);
});

test('the dialog keeps focus inside, closes with Escape, and gives focus back to its button', async ({ page }) => {
	const { button } = await openDialog(page, EXPLORER);
	const close = dialog(page).getByRole('button', { name: 'Close' });
	await expect(close).toBeFocused();
	// Round the dialog once each way, from Close back to Close, past both of its ends: every stop is
	// inside the dialog. (The dialog has a dozen stops; forty presses without getting back is a leak.)
	for (const key of ['Tab', 'Shift+Tab']) {
		for (let press = 1; ; press += 1) {
			await page.keyboard.press(key);
			const stop = await page.evaluate(() => ({ inside: Boolean(document.activeElement?.closest('dialog[open]')), close: document.activeElement?.textContent?.trim() === 'Close' }));
			expect(stop.inside, `${key} × ${press}`).toBe(true);
			if (stop.close) break;
			expect(press, `${key} never came back round to Close`).toBeLessThan(40);
		}
	}
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toHaveCount(0);
	await expect(button).toBeFocused();

	// And the Close button does the same.
	await button.press('Enter');
	await expect(dialog(page)).toBeVisible();
	await dialog(page).getByRole('button', { name: 'Close' }).click();
	await expect(dialog(page)).toHaveCount(0);
	await expect(button).toBeFocused();
});

// Both themes on one page load: the page switched to the dark theme the way its reader would, and
// the dialog opened anew.
test('Download SVG and PNG give a self-contained picture of the current view, in either theme', async ({ page }) => {
	const { island, button } = await openDialog(page, EXPLORER, 'light');
	for (const theme of ['light', 'dark'] as const) {
		if (theme === 'dark') {
			await page.keyboard.press('Escape');
			await expect(dialog(page)).toHaveCount(0);
			await switchTheme(page, 'dark');
			await button.click();
			await expect(dialog(page)).toBeVisible();
		}
		await dialog(page).getByRole('radio', { name: theme === 'light' ? 'Light' : 'Dark' }).check();

		const [svgDownload] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: 'Download SVG' }).click()]);
		const svg = await saved(svgDownload);
		expect(svg.name).toBe(`api-gateway-private-integration-request-path-explorer-${theme}.svg`);
		const text = svg.bytes.toString('utf8');

		// Well-formed XML, an SVG root, and nothing fetched from anywhere: every reference is to an id inside.
		const parsed = await page.evaluate((source) => {
			const document_ = new DOMParser().parseFromString(source, 'image/svg+xml');
			return { error: document_.querySelector('parsererror')?.textContent ?? null, root: document_.documentElement.localName };
		}, text);
		expect(parsed).toEqual({ error: null, root: 'svg' });
		expect(text).not.toMatch(/<(script|foreignObject|image|use)\b/i);
		expect(text).not.toMatch(/@import|@font-face/);
		for (const [, reference] of text.matchAll(/(?:href|src)="([^"]*)"/g)) expect(reference.startsWith('#')).toBe(true);
		for (const [, reference] of text.matchAll(/url\(\s*["']?([^"')]*)/g)) expect(reference.startsWith('#')).toBe(true);
		expect(text).not.toMatch(/var\(--/);
		expect(text).not.toMatch(/\sclass="/);

		// The same picture as on the page: the same labels, in order, and the current hop's highlight.
		const labels = (source: string) => [...source.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) => match[1]!.replace(/<[^>]+>/g, '').trim());
		const live = await island.locator('svg[data-diagram]').first().evaluate((element) => new XMLSerializer().serializeToString(element));
		expect(labels(text)).toEqual(labels(live));
		expect(text).toContain(`<title>API Gateway private integration: request path explorer</title>`);
		expect(text).toMatch(/<desc>[^<]*Hop 1,[^<]*<\/desc>/);

		// The background is the theme's page colour, so the picture reads on any page.
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(text).toContain(`<rect width="100%" height="100%" fill="${background}"`);

		const [pngDownload] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: 'Download PNG' }).click()]);
		const png = await saved(pngDownload);
		expect(png.name).toBe(`api-gateway-private-integration-request-path-explorer-${theme}.png`);
		expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		const viewBox = await island.locator('svg[data-diagram]').first().evaluate((element) => {
			const { width, height } = (element as SVGSVGElement).viewBox.baseVal;
			return { width, height };
		});
		// Twice the drawing's size, for sharp slides.
		expect({ width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) }).toEqual({ width: viewBox.width * 2, height: viewBox.height * 2 });
		// It decodes, and it is not blank: the browser reads it back at that size.
		const decoded = await page.evaluate(async (base64) => {
			// Built from the bytes in the page: the site's policy does not let a page fetch data: URLs.
			const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			return { width: bitmap.width, height: bitmap.height };
		}, png.bytes.toString('base64'));
		expect(decoded).toEqual({ width: viewBox.width * 2, height: viewBox.height * 2 });
	}
});

test.describe('mermaid diagrams', () => {
	const CHAPTER_2 = '/chapters/02-http-api-private-integrations/';

	test('a diagram’s dialog offers an <img> or a <picture> that follows the reader, and downloads', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openInTheme(page, CHAPTER_2, 'dark');
		const figure = page.locator('.mermaid-figure').first();
		const light = (await figure.locator('diagram-embed').getAttribute('data-light'))!;
		const dark = (await figure.locator('diagram-embed').getAttribute('data-dark'))!;
		// The Embed dialog is an item of the figure's options menu.
		await figure.getByRole('button', { name: 'Figure options' }).click();
		await figure.getByRole('menuitem', { name: 'Embed…' }).click();

		const snippet = dialog(page).getByLabel('Snippet to paste into your page');
		await expect(snippet).toHaveValue(new RegExp(`<source srcset="${SITE}${dark}" media="\\(prefers-color-scheme: dark\\)">`));
		await expect(snippet).toHaveValue(new RegExp(`<img src="${SITE}${light}" alt="[^"]+" width="\\d+" height="\\d+"`));
		// The alt text is what the figure says to a screen reader after its caption, not the caption again.
		const caption = (await figure.locator('figcaption').textContent())!.trim();
		const description = (await figure.locator('svg desc').first().textContent())!;
		const alt = imageAlt(description, caption);
		expect(alt).not.toBe(caption);
		expect(await snippet.inputValue()).toContain(`alt="${escapeAttribute(alt)}"`);
		await expect(dialog(page).locator('img')).toHaveAttribute('alt', alt);
		await dialog(page).getByRole('radio', { name: /^Light/ }).check();
		await expect(snippet).toHaveValue(new RegExp(`^<img src="${SITE}${light}"`));
		// The preview is the chosen file.
		await expect(dialog(page).locator('img')).toHaveAttribute('src', `${SITE}${light}`);
		await expect.poll(() => dialog(page).locator('img').evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);

		const [svgDownload] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: 'Download SVG' }).click()]);
		const svg = await saved(svgDownload);
		expect(svg.name).toBe(light.split('/').pop());
		expect(svg.bytes.toString('utf8')).toBe(await (await page.request.get(light)).text());

		const [pngDownload] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: 'Download PNG' }).click()]);
		const png = await saved(pngDownload);
		const width = Number(await figure.locator('diagram-embed').getAttribute('data-width'));
		expect(png.bytes.readUInt32BE(16)).toBe(width * 2);

		await dialog(page).getByRole('button', { name: 'Copy image address' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${light}`);

		expect(await axeViolations(page, { include: 'dialog' })).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(dialog(page)).toHaveCount(0);
		await expect(figure.getByRole('button', { name: 'Figure options' })).toBeFocused();
	});
	// Without scripts no Embed button or figure menu shows, on any page: sweep.spec.ts checks it on its load without scripts.
});
