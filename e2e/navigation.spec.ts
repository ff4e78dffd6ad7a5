import { expect, test } from '@playwright/test';

test('on a phone the menu opens the chapter list and the theme switch', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(page.locator('nav[aria-label="Main"] a[href^="/chapters/"]').first()).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Select theme' }).last()).toBeVisible();
});
