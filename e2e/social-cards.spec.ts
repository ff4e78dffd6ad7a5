import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

/**
 * Every page a reader might share carries a social card: an og:image (and twitter:image) with an
 * absolute address that serves a 1200 × 630 PNG, and a text alternative. The 404 page and the
 * embed pages, which nobody shares as pages, have none.
 */

const shared = builtPages().filter((path) => path !== '/404.html' && !path.startsWith('/embed/'));

for (const path of shared) {
	test(`${path} has a social card`, async ({ page, request }) => {
		await page.goto(path);
		const image = await page.locator('meta[property="og:image"]').getAttribute('content');
		expect(image).toMatch(/^http:\/\/localhost:4322\/og\/.+\.png$/);
		await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', image!);
		await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /API Gateway Private Integrations/);
		const response = await request.get(new URL(image!).pathname);
		expect(response.headers()['content-type']).toContain('image/png');
		const png = await response.body();
		expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
	});
}

test('the 404 and embed pages have no card', async ({ page }) => {
	for (const path of ['/404.html', '/embed/topology/']) {
		await page.goto(path);
		await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
	}
});
