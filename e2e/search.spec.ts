import { expect, test } from '@playwright/test';
import { CHAPTER_1, FIRST_SEARCH } from './fixtures.ts';

test('text that appears only inside a diagram is in the search index', async ({ page }) => {
	await page.goto(CHAPTER_1);
	// A label from a diagram that the prose around it never uses, so only the SVG can supply it.
	const label = await page.evaluate(() => {
		const prose = document.querySelector('.sl-markdown-content')!.cloneNode(true) as Element;
		prose.querySelectorAll('figure').forEach((figure) => figure.remove());
		const proseText = (prose.textContent ?? '').toLowerCase();
		const labels = [...document.querySelectorAll('.mermaid-figure svg text')].map((t) => (t.textContent ?? '').trim());
		return labels.find((text) => /^[A-Za-z][A-Za-z ]{4,}$/.test(text) && !proseText.includes(text.toLowerCase()));
	});
	expect(label, 'chapter 1 should have a diagram label that its prose does not repeat').toBeTruthy();

	const hits = await page.evaluate(async (term) => {
		const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
		const search = await pagefind.search(term);
		return Promise.all(
			search.results.map(async (r: { data(): Promise<{ url: string; content: string }> }) => {
				const data = await r.data();
				return { url: data.url, hasLabel: data.content.toLowerCase().includes(term.toLowerCase()) };
			}),
		);
	}, label!);
	expect(hits).toContainEqual({ url: expect.stringContaining(CHAPTER_1), hasLabel: true });
});

// The Search button's way in is clicked in csp.spec.ts (under the page's policy) and sub-path.spec.ts.
test('search costs a reader nothing until they reach for it: Ctrl+K then builds it, focused, and it finds Hyperplane in chapter 1', async ({ page }) => {
	const searchFiles: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.includes('/pagefind/') || /\/ui-core\.[\w-]+\.js$/.test(path)) searchFiles.push(path);
	});
	await page.goto('/');
	// Starlight hands the search box its options once the page is idle; until a reader shows
	// intent, the stand-in only marks the box (src/search/deferred-pagefind-ui.ts).
	const results = page.locator('#starlight__search');
	await expect(results).toHaveAttribute('data-search-deferred', '');
	expect(searchFiles).toEqual([]);
	await expect(results.locator('input')).toHaveCount(0);

	await page.keyboard.press('ControlOrMeta+k');
	const field = page.getByRole('dialog').getByPlaceholder('Search');
	await expect(field).toBeFocused();
	await expect(results).not.toHaveAttribute('data-search-deferred');
	await page.keyboard.type('Hyperplane');
	const result = page.getByRole('dialog').locator('.pagefind-ui__result-link').first();
	await expect(result).toHaveAttribute('href', new RegExp(`^${CHAPTER_1}`), FIRST_SEARCH);
	expect(searchFiles.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
	await result.click();
	await expect(page).toHaveURL(new RegExp(CHAPTER_1));
});

test('a search for a symptom opens on the section that explains it, not on a line of code', async ({ page }) => {
	await page.goto('/troubleshooting/');
	await expect(page.locator('#starlight__search')).toHaveAttribute('data-search-deferred', '');
	await page.keyboard.press('ControlOrMeta+k');
	const dialog = page.getByRole('dialog');
	const field = dialog.getByPlaceholder('Search');
	// The term's words in a heading, whether joined by spaces or hyphens.
	const inHeading = (term: string) => new RegExp(term.split(' ').join('[\\s-]+'), 'i');
	const SYMPTOMS = ['504', '503', 'Connection is closed', 'INACTIVE', 'stage name', 'security group', 'certificate', '429', '403'];
	for (const term of SYMPTOMS) {
		await field.fill(term);
		// The first term also waits for search itself to load.
		await expect(dialog.locator('.pagefind-ui__message')).toContainText(`for ${term}`, FIRST_SEARCH);
		// The first section under the first result: its heading names the symptom
		// (src/search/rank-sub-results.ts puts the best-scoring section first).
		const section = dialog.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-nested .pagefind-ui__result-link').first();
		await expect(section, term).toHaveText(inHeading(term));
		await expect(section, term).toHaveAttribute('href', /^\/(troubleshooting|chapters)\//);
	}
});
