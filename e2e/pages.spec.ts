import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPages, openInTheme, openSettled } from './site.ts';

for (const path of builtPages()) {
	test.describe(`page ${path}`, () => {
		test('loads without console errors or failed requests', async ({ page }) => {
			const problems: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
			page.on('response', (response) => {
				if (response.status() >= 400 && response.url() !== page.url()) problems.push(`${response.status()}: ${response.url()}`);
			});
			await openSettled(page, path);
			await expect(page.locator('h1').first()).toBeVisible();
			expect(problems).toEqual([]);
		});

		// Desktop in both themes, and a phone, where wide tables and diagrams start to scroll.
		for (const [theme, width] of [['light', 1280], ['dark', 1280], ['light', 375]] as const) {
			const where = width < 600 ? ' on a phone' : '';
			test(`has no axe violations in the ${theme} theme${where}`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await openInTheme(page, path, theme);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}
