import { expect, test, type Page } from '@playwright/test';
import { axeViolations, sweptPages, CONTRAST_RULES, hydrateIslands, openInTheme, recordProblems, renderAllSections, switchTheme } from './fixtures.ts';

/**
 * Every page of the build (of the templates pages, two: see sweptPages), loaded once with scripts
 * and once without, and asked everything a reader would notice:
 * - nothing goes wrong: no console or script error, no failed request, no CSP violation, with
 *   every island hydrated;
 * - axe finds nothing on a desktop in the light theme, and nothing on a phone, where the page
 *   must not scroll sideways;
 * - the dark theme changes colours only (the DOM stays byte for byte the same), and every
 *   colour pair still passes axe's contrast rules;
 * - with JavaScript off the same text, diagrams and island drawings are there, and no Embed
 *   button shows, since there is no dialog to open.
 *
 * The page without JavaScript is the same tab, loaded again once scripts are switched off: no
 * second browser context and tab to start for every page (about a second each on two busy cores).
 */

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

/** What a reader gets from a page: its headings, prose, diagrams and each island's first view. */
function contentOf(page: Page) {
	return page.evaluate(() => {
		const main = document.querySelector('main')!;
		const visible = (element: Element) => element.getClientRects().length > 0;
		const prose = main.querySelector('.sl-markdown-content');
		return {
			headings: [...main.querySelectorAll('h1, h2, h3')].filter((heading) => !heading.closest('astro-island, .island')).map((heading) => heading.textContent!.trim()),
			paragraphs: [...(prose?.querySelectorAll(':scope > p, :scope > ul > li, :scope > ol > li') ?? [])].map((block) => block.textContent!.replace(/\s+/g, ' ').trim()),
			diagrams: [...main.querySelectorAll('.mermaid-figure svg')].filter(visible).length,
			islands: [...main.querySelectorAll('.island')].map((island) => ({
				// The drawings a reader sees: without scripts the page carries both orientations of the
				// topology and shows the one that fits; with them, only that one is rendered.
				drawings: [...island.querySelectorAll('svg[data-diagram]')].filter(visible).length,
				hops: island.querySelectorAll('ol.hop-list > li').length,
			})),
		};
	});
}

for (const path of sweptPages()) {
	test(`${path}: works, is accessible in both themes and on a phone, and reads without JavaScript`, async ({ page }) => {
		const problems = await recordProblems(page);
		await page.setViewportSize(DESKTOP);
		await openInTheme(page, path, 'light');
		await expect(page.locator('h1').first()).toBeVisible();
		await hydrateIslands(page);
		const withScripts = await contentOf(page);
		// Every diagram offers its menu (Embed…, View full size) once scripts run (without them, its button stays hidden).
		const figures = await page.locator('.mermaid-figure').count();
		await expect(page.locator('.mermaid-figure diagram-embed button').filter({ visible: true })).toHaveCount(figures);

		expect(await axeViolations(page), 'light theme, desktop').toEqual([]);

		// The theme menu's own icon follows the theme, and the tables of contents follow the
		// scrolling (after a delay of their own); everything else must stay as it was. Compared in
		// the page: a long chapter's markup is a megabyte, not worth sending to the test twice.
		// Returns where the markup first differs from the light theme's, if it does.
		const markupChange = (record: boolean) =>
			page.evaluate((record) => {
				const body = document.body.cloneNode(true) as HTMLElement;
				body.querySelectorAll('starlight-theme-select svg.label-icon, starlight-toc, mobile-starlight-toc').forEach((element) => element.remove());
				const now = body.outerHTML;
				const saved = window as unknown as { __lightMarkup?: string };
				if (record) saved.__lightMarkup = now;
				const light = saved.__lightMarkup!;
				if (now === light) return null;
				let at = 0;
				while (now[at] === light[at]) at++;
				const from = Math.max(0, at - 80);
				return { light: light.slice(from, at + 80), now: now.slice(from, at + 80) };
			}, record);
		await markupChange(true);
		await switchTheme(page, 'dark');
		expect(await markupChange(false), 'the dark theme changes colours only').toBeNull();
		expect(await axeViolations(page, { rules: CONTRAST_RULES }), 'dark theme, desktop').toEqual([]);

		await switchTheme(page, 'light');
		await page.setViewportSize(PHONE);
		const restore = await renderAllSections(page);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling on a phone').toBeLessThanOrEqual(PHONE.width);
		await restore();
		expect(await axeViolations(page), 'light theme, phone').toEqual([]);

		expect(await problems()).toEqual([]);

		// Scripts off, as `javaScriptEnabled: false` turns them off in Chromium (the same DevTools
		// switch, here on this tab), and the page loaded anew, at the size the content above was read at.
		const devTools = await page.context().newCDPSession(page);
		await devTools.send('Emulation.setScriptExecutionDisabled', { value: true });
		await page.setViewportSize(DESKTOP);
		await page.goto(path, { waitUntil: 'load' });
		// Proof that scripts are off: not one of the page's custom elements (Starlight's, the islands') was defined.
		const defined = await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-') && customElements.get(element.localName)).length);
		expect(defined, 'custom elements defined with scripts off').toBe(0);
		const withoutScripts = await contentOf(page);
		// Without scripts there is no dialog to open, so no Embed button or figure menu shows.
		await expect(page.getByRole('button', { name: /^(Embed|Figure options)/ }), 'Embed and figure menu buttons with scripts off').toHaveCount(0);
		expect(withoutScripts.headings.length + withoutScripts.islands.length).toBeGreaterThan(0);
		expect(withoutScripts, 'the same content without JavaScript').toEqual(withScripts);
	});
}
