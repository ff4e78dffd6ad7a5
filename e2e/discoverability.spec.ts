import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

/** What search engines and link previews read: canonical addresses, robots.txt, the sitemap and the favicon. */

const SITE = 'http://localhost:4322';

test('every guide page names its canonical address and has a favicon', async ({ page }) => {
	for (const path of builtPages().filter((p) => p !== '/404.html' && !p.startsWith('/embed/'))) {
		await page.goto(path);
		await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', `${SITE}${path}`);
		await expect(page.locator('link[rel="shortcut icon"], link[rel="icon"]').first(), path).toHaveAttribute('href', /favicon\.svg$/);
	}
});

test('robots.txt allows crawling and names the sitemap, which lists every guide page', async ({ request }) => {
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain('User-agent: *');
	expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	const listed = new Set<string>();
	for (const sitemap of sitemaps) {
		const text = await (await request.get(sitemap)).text();
		for (const match of text.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.add(new URL(match[1]!).pathname);
	}
	const expected = builtPages().filter((p) => p !== '/404.html' && !p.startsWith('/embed/'));
	expect([...listed].sort()).toEqual(expected.sort());
});
