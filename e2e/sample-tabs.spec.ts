import { expect, test } from '@playwright/test';
import { recordProblems } from './fixtures.ts';

/**
 * The chapters' sample tabs carry only their first tab's code in the page; the others are fetched
 * the first time they show (src/components/deferred-code.ts). A reader who opens one gets its code
 * and its copy button, and the next chapter opens on the same tab, with its code.
 */
test('a hidden tab’s code arrives when the tab opens, copies, and comes back open on the next chapter', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const problems = await recordProblems(page);
	await page.goto('/chapters/06-rest-api-endpoints-for-ecs-and-ec2/');
	const tabs = page.locator('starlight-tabs').first();
	await tabs.scrollIntoViewIfNeeded();
	await expect(tabs.locator('noscript[data-deferred-code]')).toHaveCount(3);
	await tabs.getByRole('tab', { name: 'Terraform' }).click();
	const panel = tabs.getByRole('tabpanel');
	await expect(panel.locator('figcaption')).toHaveText(/^src\/samples\/terraform\/rest-api-alb-ecs\.tf, lines \d+–\d+$/);
	await expect(panel.locator('.ec-line').first()).toBeVisible();
	await panel.locator('.copy button').click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('integration_target');

	// Starlight remembers the choice: chapter 5's tabs open on Terraform, with its code there.
	await page.goto('/chapters/05-http-api-endpoints-for-ecs-and-ec2/');
	const next = page.locator('starlight-tabs').first();
	await next.scrollIntoViewIfNeeded();
	await expect(next.getByRole('tab', { selected: true })).toHaveText('Terraform');
	await expect(next.getByRole('tabpanel').locator('figcaption')).toHaveText(/^src\/samples\/terraform\/http-api-alb-ecs\.tf, /);
	expect(await problems()).toEqual([]);
});

test('when a hidden tab’s code cannot be fetched, the tab says so and still offers the whole file', async ({ page }) => {
	await page.route('**/samples/**/*.json', (route) => route.abort('internetdisconnected'));
	await page.goto('/chapters/07-cross-account-private-integrations/');
	const tabs = page.locator('starlight-tabs').first();
	await tabs.scrollIntoViewIfNeeded();
	await tabs.getByRole('tab', { name: 'CloudFormation' }).click();
	const panel = tabs.getByRole('tabpanel');
	await expect(panel.getByText('This code could not be loaded. Check the connection, or download the whole file below.')).toBeVisible();
	await expect(panel.getByRole('link', { name: /^Download the whole file, cross-account-provider\.yaml/ })).toBeVisible();
});
