import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SUB_PATH, SUB_PATH_DIST, SUB_PATH_ORIGIN } from '../scripts/sub-path.ts';
import { axeViolations } from './axe.ts';
import { openInTheme } from './site.ts';

/**
 * axe on every page the sub-path build's sitemap lists, in the light and the dark theme, on the
 * static server that serves it under its prefix: the build a deployer publishes, read the way a
 * search engine finds it. (pages.spec.ts covers every page of the root build, phone width too.)
 */

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
const fileOf = (url: string) => `${SUB_PATH_DIST}/${new URL(url).pathname.slice(SUB_PATH.length)}`;

function sitemapPages(): string[] {
	const sitemaps = locs(readFileSync(`${SUB_PATH_DIST}/sitemap-index.xml`, 'utf8'));
	return sitemaps.flatMap((sitemap) => locs(readFileSync(fileOf(sitemap), 'utf8')));
}

const pages = sitemapPages();

test('the sub-path sitemap lists the guide pages under the prefix', () => {
	expect(pages.length).toBeGreaterThan(10);
	for (const url of pages) expect(url.startsWith(`${SUB_PATH_ORIGIN}${SUB_PATH}`), url).toBe(true);
});

for (const url of pages) {
	for (const theme of ['light', 'dark'] as const) {
		test(`sub-path ${new URL(url).pathname} has no axe violations in the ${theme} theme`, async ({ page }) => {
			await openInTheme(page, url, theme);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}
