import { expect, test } from '@playwright/test';

test('on a phone the menu opens the chapter list and the theme switch', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/');
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(page.locator('nav[aria-label="Main"] a[href^="/chapters/"]').first()).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Select theme' }).last()).toBeVisible();
});

test('a long chapter renders its sections as a reader reaches them, and a link to a heading lands on it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const chapter = '/chapters/06-rest-api-endpoints-for-ecs-and-ec2/';
	await page.goto(chapter);
	const sections = page.locator('.sl-markdown-content > section.page-section');
	expect(await sections.count()).toBeGreaterThanOrEqual(8);
	// Far below the first screen, a section is not rendered yet (the browser skips it)…
	const rendered = (index: number) => sections.nth(index).locator(':scope > *').last().evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));
	expect(await rendered(-1)).toBe(false);
	// …but it is on paper.
	await page.emulateMedia({ media: 'print' });
	expect(await rendered(-1)).toBe(true);
	await page.emulateMedia({ media: 'screen' });

	// A link to the heading of a late section opens with that heading just under the header, and
	// the table of contents marks it as the section being read.
	const heading = sections.nth(-2).locator('h2');
	const id = await heading.getAttribute('id');
	await page.goto(`${chapter}#${id}`);
	const headerBottom = await page.locator('header').evaluate((header) => header.getBoundingClientRect().bottom);
	const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
	expect(top).toBeGreaterThanOrEqual(headerBottom);
	expect(top).toBeLessThan(headerBottom + 120);
	expect(await rendered(-2)).toBe(true);
	await expect(page.locator(`mobile-starlight-toc a[aria-current="true"]`)).toHaveAttribute('href', `#${id}`);
});
