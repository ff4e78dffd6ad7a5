import { expect, test } from '@playwright/test';
import { FIRST_SEARCH, recordProblems } from './fixtures.ts';

/**
 * Each page carries a strict Content-Security-Policy in a <meta> (headers.spec.ts reads it from
 * the build; sweep.spec.ts loads every page and its islands under it). Here, what a reader does
 * after the page has loaded: search, the Embed dialog and its downloads must work under it
 * without a single violation.
 */

test('search, the Embed dialog and its downloads work under the policy', async ({ page }) => {
	const problems = await recordProblems(page);
	await page.goto('/chapters/07-cross-account-private-integrations/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByPlaceholder('Search').fill('PrivateLink');
	await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible(FIRST_SEARCH);
	await page.keyboard.press('Escape');

	const island = page.locator('.island').first();
	await island.scrollIntoViewIfNeeded();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	await island.locator('diagram-embed button').click();
	const dialog = page.getByRole('dialog');
	await expect(page.frameLocator('.embed-dialog iframe').locator('.island')).toHaveAttribute('data-hydrated', 'true');
	const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
	await page.keyboard.press('Escape');

	const figure = page.locator('.mermaid-figure').first();
	await figure.getByRole('button', { name: 'Figure options' }).click();
	await figure.getByRole('menuitem', { name: 'Embed…' }).click();
	await expect(dialog.locator('img')).toBeVisible();
	const [svg] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
	expect(svg.suggestedFilename()).toMatch(/\.png$/);
	expect(await problems()).toEqual([]);
});
