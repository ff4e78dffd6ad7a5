import { expect, test, type Browser } from '@playwright/test';
import { builtPages, openSettled } from './site.ts';

/**
 * With JavaScript off, every page still teaches: its text, its mermaid diagrams and each
 * island's first view (drawing and hop list) are in the HTML. Compared page by page with the
 * same page with JavaScript on, so nothing that only scripts add is counted as content.
 */

async function contentOf(browser: Browser, path: string, javaScriptEnabled: boolean) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await openSettled(page, path);
	const content = await page.evaluate(() => {
		const main = document.querySelector('main')!;
		const visible = (element: Element) => (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0;
		const prose = main.querySelector('.sl-markdown-content');
		return {
			headings: [...main.querySelectorAll('h1, h2, h3')].filter((heading) => !heading.closest('astro-island, .island')).map((heading) => heading.textContent!.trim()),
			paragraphs: [...(prose?.querySelectorAll(':scope > p, :scope > ul > li, :scope > ol > li') ?? [])].map((block) => block.textContent!.replace(/\s+/g, ' ').trim()),
			diagrams: [...main.querySelectorAll('.mermaid-figure svg')].filter(visible).length,
			islands: [...main.querySelectorAll('.island')].map((island) => ({
				drawings: [...island.querySelectorAll('svg[data-diagram]')].length,
				hops: island.querySelectorAll('ol.hop-list > li').length,
			})),
		};
	});
	await context.close();
	return content;
}

for (const path of builtPages()) {
	test(`${path} has its text, diagrams and islands without JavaScript`, async ({ browser }) => {
		const withScripts = await contentOf(browser, path, true);
		const withoutScripts = await contentOf(browser, path, false);
		expect(withoutScripts.headings.length + withoutScripts.islands.length).toBeGreaterThan(0);
		expect(withoutScripts).toEqual(withScripts);
	});
}
