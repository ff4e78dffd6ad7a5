import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { templateFiles } from '../src/templates/files.ts';
import { buildableSetups } from '../src/templates/setups.ts';
import { slugOf } from '../src/templates/slug.ts';
import { validate } from '../src/topology/rules.ts';
import { axeViolations, CONTRAST_RULES, DIST, documentOf, openInTheme, switchTheme } from './fixtures.ts';

/**
 * Build this: from the setup on screen to its templates, and the templates page a deployer uses.
 * The generated files' contents are the unit tests' business (src/templates/*.test.ts); here, that
 * the site serves exactly them, and that a reader can get to them, read, copy and download them.
 */

test('the site serves every supported setup’s page and exactly the files the tests check', () => {
	const index = documentOf('/templates/');
	const linked = [...index.querySelectorAll('main a[href^="/templates/"]')].map((link) => link.getAttribute('href'));
	expect(linked).toEqual(buildableSetups().map((config) => `/templates/${slugOf(config)}/`));
	for (const config of buildableSetups()) {
		const page = documentOf(`/templates/${slugOf(config)}/`);
		const downloads = [...page.querySelectorAll('a[download]')].map((link) => link.getAttribute('href'));
		const files = templateFiles(config);
		expect(downloads).toEqual(files.map((file) => `/template-files/${file.fileName}`));
		for (const file of files) {
			expect(readFileSync(join(DIST, 'template-files', file.fileName), 'utf8'), file.fileName).toBe(file.text);
			// The tab shows the whole file, not an excerpt.
			expect([...page.querySelectorAll('[data-code]')].map((code) => code.textContent)).toContain(file.text);
		}
	}
});

test('Build this opens the templates of the setup on screen: read, copy and download them', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openInTheme(page, '/explorer/?api=http&link=v2&target=cloudmap&compute=ec2&client=public', 'light');
	const island = page.locator('.island').first();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	const build = island.getByRole('link', { name: /^Build this/ });
	await expect(build).toHaveAttribute('href', '/templates/http-api-v2-cloud-map-ec2/');
	await build.click();

	await expect(page.locator('h1')).toHaveText('Templates: HTTP API → VPC link V2 → Cloud Map → EC2');
	const tabs = page.getByRole('tab');
	await expect(tabs).toHaveText(['CloudFormation', 'CDK (TypeScript)', 'Terraform']);
	const panel = page.getByRole('tabpanel');
	await expect(panel.locator('.template-file__name')).toHaveText('http-api-v2-cloud-map-ec2.yaml');

	await tabs.getByText('Terraform').click();
	await expect(panel.locator('.template-file__name')).toHaveText('http-api-v2-cloud-map-ec2.tf');
	await panel.getByRole('button', { name: 'Copy' }).click();
	await expect(panel.getByRole('status')).toHaveText('Copied the whole file.');
	const terraform = templateFiles(buildableSetups().find((config) => slugOf(config) === 'http-api-v2-cloud-map-ec2')!).find((file) => file.tool === 'terraform')!;
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(terraform.text);

	const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Download' }).click()]);
	expect(download.suggestedFilename()).toBe('http-api-v2-cloud-map-ec2.tf');
	expect(readFileSync((await download.path())!, 'utf8')).toBe(terraform.text);

	// The long lines scroll inside the file, never the page; the file can be scrolled from the keyboard.
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
	await expect(panel.locator('pre.template-file__code')).toHaveAttribute('tabindex', '0');
	expect(await axeViolations(page), 'light theme, phone').toEqual([]);
	await switchTheme(page, 'dark');
	expect(await axeViolations(page, { rules: CONTRAST_RULES }), 'dark theme, phone').toEqual([]);
});

test('a setup AWS does not support has no Build this, only the nearest supported setup’s templates', async ({ page, context }) => {
	const unsupported = { api: 'rest', link: 'v2', target: 'cloudmap', compute: 'ecs', client: 'vpc' } as const;
	const validity = validate(unsupported);
	if (validity.valid) throw new Error('the example setup must be unsupported');
	await openInTheme(page, '/embed/topology/?api=rest&link=v2&target=cloudmap&compute=ecs&client=vpc', 'light');
	const island = page.locator('.island').first();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	await expect(island.getByText('This combination is not supported')).toBeVisible();
	await expect(island.getByRole('link', { name: /^Build this/ })).toHaveCount(0);
	const nearest = island.getByRole('link', { name: 'Build the nearest supported setup' });
	await expect(nearest).toHaveAttribute('href', `/templates/${slugOf(validity.alternative)}/`);

	// On the embed page, in someone else's page, the link opens the site in a new tab.
	await island.getByRole('button', { name: /^Switch to the nearest supported setup/ }).click();
	const build = island.getByRole('link', { name: /^Build this/ });
	await expect(build).toHaveAttribute('href', `/templates/${slugOf(validity.alternative)}/`);
	const [tab] = await Promise.all([context.waitForEvent('page'), build.click()]);
	await expect(tab.locator('h1')).toHaveText(/^Templates: /);
});
