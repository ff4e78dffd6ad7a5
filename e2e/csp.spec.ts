import { expect, test, type Page } from '@playwright/test';
import { builtPages, openSettled } from './site.ts';

/**
 * Each page carries a strict Content-Security-Policy in a <meta> (the same policy, plus
 * frame-ancestors, is in `_headers`): no inline script or style runs unless its hash is listed,
 * and nothing loads from another host. Pages, islands, search, the Embed dialog and its
 * downloads must work under it without a single violation.
 */

async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}`));
	});
	return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

for (const path of builtPages()) {
	test(`${path} runs under its policy without a violation`, async ({ page }) => {
		const violations = await recordViolations(page);
		await openSettled(page, path);
		const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
		// The policy comes before every script: a <meta> policy governs only what follows it.
		expect(await page.evaluate(() => document.head.querySelector('script, meta[http-equiv="Content-Security-Policy"]')?.tagName)).toBe('META');
		for (const island of await page.locator('.island').all()) {
			await island.scrollIntoViewIfNeeded();
			await expect(island).toHaveAttribute('data-hydrated', 'true');
		}
		expect(await violations()).toEqual([]);
	});
}

test('search, the Embed dialog and its downloads work under the policy', async ({ page }) => {
	const violations = await recordViolations(page);
	await page.goto('/chapters/07-cross-account-private-integrations/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByPlaceholder('Search').fill('PrivateLink');
	await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible();
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

	await page.locator('.mermaid-figure diagram-embed button').first().click();
	await expect(dialog.locator('img')).toBeVisible();
	const [svg] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
	expect(svg.suggestedFilename()).toMatch(/\.png$/);
	expect(await violations()).toEqual([]);
});
