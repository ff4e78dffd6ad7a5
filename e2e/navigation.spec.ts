import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const chapters = builtPages().filter((path) => path.startsWith('/chapters/'));

test('every chapter is in the sidebar and in the landing page chapter list, in order', async ({ page }) => {
	expect(chapters.length).toBeGreaterThan(0);
	await page.goto('/');
	const sidebarLinks = page.locator('nav[aria-label="Main"] a[href^="/chapters/"]');
	await expect(sidebarLinks).toHaveCount(chapters.length);
	expect(await sidebarLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(chapters);

	const listed = page.locator('.chapter-list a');
	expect(await listed.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(chapters);
});

test('on a phone the menu opens the chapter list and the theme switch', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(page.locator('nav[aria-label="Main"] a[href^="/chapters/"]').first()).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Select theme' }).last()).toBeVisible();
});
