import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, openInTheme } from './site.ts';

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
			await page.goto(path, { waitUntil: 'networkidle' });
			await expect(page.locator('h1').first()).toBeVisible();
			expect(problems).toEqual([]);
		});

		// Desktop in both themes, and a phone, where wide tables and diagrams start to scroll.
		for (const [theme, width] of [['light', 1280], ['dark', 1280], ['light', 375]] as const) {
			const where = width < 600 ? ' on a phone' : '';
			test(`has no axe violations in the ${theme} theme${where}`, async ({ page }) => {
				await page.setViewportSize({ width, height: 900 });
				await openInTheme(page, path, theme);
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					// An experimental axe rule that flags Starlight's search button: its name is
					// "Search", and the keyboard hint beside the word ("Ctrl K") counts as visible
					// label text. The word a speech user would say, "Search", is in the name.
					.disableRules(['label-content-name-mismatch'])
					.analyze();
				const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
				expect(summary).toEqual([]);
			});
		}
	});
}
