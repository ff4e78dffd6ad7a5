import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

const pages = builtPages();
const chapters = pages.filter((path) => path.startsWith('/chapters/'));

/** The interactive diagram each chapter embeds, by the data attribute its root element carries. */
const ISLANDS: Record<number, string> = {
	1: '[data-topology-explorer]',
	2: '[data-topology-explorer]',
	3: '[data-topology-explorer]',
	4: '[data-scaling-planner]',
	5: '[data-topology-explorer]',
	6: '[data-topology-explorer]',
	7: '[data-cross-account-explorer]',
};

test('there are seven chapters, numbered 1 to 7 in sidebar order', () => {
	expect(chapters.map((path) => path.match(/\/chapters\/(\d\d)-/)?.[1])).toEqual(['01', '02', '03', '04', '05', '06', '07']);
});

for (const [index, path] of chapters.entries()) {
	const number = index + 1;

	test(`chapter ${number} has learning goals, two or more diagrams, a summary and sources last`, async ({ page }) => {
		await page.goto(path);
		const content = page.locator('.sl-markdown-content');
		const h2s = await content.locator('h2').allTextContents();
		expect(h2s[0]).toBe('What you will learn');
		expect(h2s).toContain('Summary');
		expect(h2s.at(-1)).toBe('Sources');

		expect(await content.locator('figure.mermaid-figure svg').count()).toBeGreaterThanOrEqual(2);

		// Everything after the Sources heading: the list of pages the chapter rests on.
		const sourceLinks = content.locator('h2:has-text("Sources") ~ * a[href^="https://"], .sl-heading-wrapper:has(h2#sources) ~ * a[href^="https://"]');
		expect(await sourceLinks.count()).toBeGreaterThanOrEqual(5);
		const hosts = await sourceLinks.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hostname));
		expect(hosts.some((host) => host.endsWith('aws.amazon.com') || host.endsWith('amazonaws.cn'))).toBe(true);

		// Each chapter explains its terms through the glossary.
		expect(await content.locator('a[href^="/glossary/#"]').count()).toBeGreaterThan(0);
	});

	test(`chapter ${number} links to the previous and next chapter`, async ({ page }) => {
		await page.goto(path);
		const previous = page.locator('.pagination-links a[rel="prev"]');
		const next = page.locator('.pagination-links a[rel="next"]');
		if (number > 1) await expect(previous).toHaveAttribute('href', chapters[index - 1]!);
		if (number < chapters.length) await expect(next).toHaveAttribute('href', chapters[index + 1]!);
	});

	if (ISLANDS[number]) {
		test(`chapter ${number} carries its interactive diagram, rendered before any script runs`, async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(path);
			const island = page.locator(ISLANDS[number]!).first();
			await expect(island).toBeVisible();
			await expect(island.locator('svg').filter({ visible: true }).first()).toBeVisible();
			await context.close();
		});
	}
}

test('every link between pages of the site reaches a page, and every #anchor exists on it', async ({ request }) => {
	const html = new Map<string, string>();
	const load = async (path: string) => {
		if (!html.has(path)) {
			const response = await request.get(path);
			expect(response.ok(), `${path} should load`).toBe(true);
			html.set(path, await response.text());
		}
		return html.get(path)!;
	};
	const problems: string[] = [];
	let checked = 0;
	for (const path of pages.filter((p) => p !== '/404.html')) {
		const page = await load(path);
		for (const [, href] of page.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
			const url = new URL(href!.replaceAll('&amp;', '&'), `http://site${path}`);
			if (url.host !== 'site' || url.pathname.startsWith('/_astro/')) continue;
			checked++;
			const target = url.pathname;
			if (!pages.includes(target)) {
				problems.push(`${path} links to ${href}, which is not a page`);
				continue;
			}
			const id = decodeURIComponent(url.hash.slice(1));
			if (id && !(await load(target)).includes(`id="${id}"`)) problems.push(`${path} links to ${href}, but ${target} has no id "${id}"`);
		}
	}
	expect(problems).toEqual([]);
	expect(checked).toBeGreaterThan(100);
});

test('every glossary term is linked from at least one chapter', async ({ request }) => {
	const glossary = await (await request.get('/glossary/')).text();
	const terms = [...glossary.matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]!);
	expect(terms.length).toBeGreaterThanOrEqual(30);
	const linked = new Set<string>();
	for (const path of chapters) {
		for (const [, id] of (await (await request.get(path)).text()).matchAll(/href="\/glossary\/#([^"]+)"/g)) linked.add(id!);
	}
	expect(terms.filter((term) => !linked.has(term))).toEqual([]);
});

test('code tabs show the sample files themselves: CLI, CloudFormation and CDK', async ({ page }) => {
	const buildChapters = chapters.filter((path) => /\/chapters\/0[567]-/.test(path));
	expect(buildChapters).toHaveLength(3);
	let shown = 0;
	for (const path of buildChapters) {
		await page.goto(path);
		for (const tabs of await page.locator('starlight-tabs').all()) {
			await expect(tabs.getByRole('tab')).toHaveText(['AWS CLI', 'CloudFormation', 'CDK (TypeScript)']);
			for (const tab of await tabs.getByRole('tab').all()) {
				await tab.click();
				const panel = tabs.getByRole('tabpanel').and(page.locator(':not([hidden])'));
				const title = (await panel.locator('figcaption .title').textContent())!.trim();
				expect(title).toMatch(/^src\/samples\/(cli|cloudformation|cdk)\/[a-z0-9-]+\.(sh|yaml|ts)$/);
				const file = readFileSync(new URL(`../${title}`, import.meta.url), 'utf8').trimEnd();
				// Expressive Code renders each line as its own element (an empty line holds a bare
				// newline); together they are the file, tabs included.
				const lines = await panel.locator('.ec-line').evaluateAll((els) => els.map((el) => (el.textContent ?? '').replace(/\n$/, '')));
				expect(lines.join('\n')).toBe(file);
				shown++;
			}
		}
	}
	expect(shown).toBeGreaterThanOrEqual(3 * 7);
});
