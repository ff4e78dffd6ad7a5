import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUB_PATH, SUB_PATH_DIST, SUB_PATH_ORIGIN } from '../scripts/sub-path.ts';
import { buildableSetups } from '../src/templates/setups.ts';
import { DIST, FIRST_SEARCH, hydrateIslands, SITE } from './fixtures.ts';

/**
 * The site built with BASE_PATH and served by a plain static file server under that path only
 * (scripts/serve-sub-path.ts), crawled page by page from its front page: every internal link,
 * `#anchor`, image, script and stylesheet must resolve inside the sub-path, and no page may
 * request anything from another host. Its pages and styles are the root build's, prefix aside,
 * so what the root build's tests find (axe, HTML validity, content) holds for it too.
 */

const ROOT = `${SUB_PATH_ORIGIN}${SUB_PATH}`;
const isPage = (url: URL) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');

test('under a sub-path, every link, anchor, image, script and stylesheet resolves, and nothing leaves the site', async ({ page, request }) => {
	const problems: string[] = [];
	let current = ROOT;
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== SUB_PATH_ORIGIN) problems.push(`${current} requested another host: ${req.url()}`);
		else if (!url.pathname.startsWith(SUB_PATH)) problems.push(`${current} requested outside the sub-path: ${url.pathname}`);
	});
	// Leaving a page cancels what it still loads (often the favicon); every file is fetched on its own below.
	page.on('requestfailed', (req) => {
		if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${current}: request failed: ${req.url()}`);
	});
	page.on('response', (res) => {
		if (res.status() >= 400) problems.push(`${current}: ${res.status()} for ${res.url()}`);
	});

	// Pages nothing links to: the embed pages (reached through the Embed dialog) and the 404 page.
	const queue = [ROOT, ...['embed/topology/', 'embed/scaling/', 'embed/cross-account/', '404.html'].map((path) => `${ROOT}${path}`)];
	const seen = new Set(queue);
	const checked = new Set<string>();
	const ids = new Map<string, Set<string>>();
	const anchors: Array<{ from: string; page: string; id: string }> = [];

	while (queue.length > 0) {
		current = queue.shift()!;
		await page.goto(current, { waitUntil: 'load' });
		// Islands load their code when they scroll into view: bring each into view so its requests are checked too.
		await hydrateIslands(page);
		ids.set(current, new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id))));

		const { links, assets } = await page.evaluate(() => ({
			links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
			assets: [
				...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].filter((link) => link.rel !== 'alternate' && link.rel !== 'canonical').map((link) => link.href),
				...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
				...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((image) => image.src),
				...[...document.querySelectorAll('diagram-embed')].flatMap((embed) => [embed.getAttribute('data-light'), embed.getAttribute('data-dark')]).filter((url): url is string => Boolean(url)).map((url) => new URL(url, location.href).href),
			],
		}));

		for (const link of links) {
			const url = new URL(link);
			if (url.origin !== SUB_PATH_ORIGIN) continue;
			if (!url.pathname.startsWith(SUB_PATH)) {
				problems.push(`${current} links outside the sub-path: ${url.pathname}`);
				continue;
			}
			const target = `${url.origin}${url.pathname}`;
			if (url.hash.length > 1) anchors.push({ from: current, page: target, id: decodeURIComponent(url.hash.slice(1)) });
			if (isPage(url)) {
				if (!seen.has(target)) {
					seen.add(target);
					queue.push(target);
				}
			} else if (!checked.has(target)) {
				checked.add(target);
				const response = await request.get(target);
				if (!response.ok()) problems.push(`${current} links to ${target}: ${response.status()}`);
			}
		}
		for (const asset of assets) {
			const url = new URL(asset);
			if (url.origin !== SUB_PATH_ORIGIN || !url.pathname.startsWith(SUB_PATH)) {
				problems.push(`${current} loads ${asset} from outside the site`);
				continue;
			}
			if (checked.has(asset)) continue;
			checked.add(asset);
			const response = await request.get(asset);
			if (!response.ok()) problems.push(`${current} loads ${asset}: ${response.status()}`);
		}
	}

	for (const { from, page: target, id } of anchors) {
		if (!ids.get(target)?.has(id)) problems.push(`${from} links to ${target}#${id}, which has no such id`);
	}
	expect(problems).toEqual([]);
	// The whole site: the front page, seven chapters, the troubleshooting guide, the explorer, the glossary, the embedding and deployment pages, three embeds, the 404 page,
	// and the templates: their list and a page for each of the 18 supported setups.
	expect(seen.size).toBe(17 + 1 + buildableSetups().length);
});

test('under a sub-path, search finds a chapter and links to it inside the sub-path, where its glossary terms preview their entries', async ({ page }) => {
	await page.goto(ROOT);
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByPlaceholder('Search').fill('Hyperplane');
	const result = dialog.locator('.pagefind-ui__result-link').first();
	await expect(result).toBeVisible(FIRST_SEARCH);
	await expect(result).toHaveAttribute('href', new RegExp(`^${SUB_PATH}chapters/01-`));
	await result.click();
	await expect(page).toHaveURL(new RegExp(`${SUB_PATH}chapters/01-`));
	// The preview's definitions are fetched from inside the sub-path too (the root has none to give).
	await page.locator(`.sl-markdown-content a[href="${SUB_PATH}glossary/#subnet"]`).first().hover();
	await expect(page.locator('#glossary-preview-definition')).toContainText('A range of IP addresses');
});

/** Pages and style sheets of a build, by path with content hashes taken out of file names. */
function pagesAndStyles(dist: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
		const path = relative(dist, join(entry.parentPath, entry.name));
		if (entry.isFile() && /\.(html|css)$/.test(entry.name) && !path.startsWith('pagefind')) files.set(unhashed(path), readFileSync(join(dist, path), 'utf8'));
	}
	return files;
}

/** A bundler's content hash in a file name (`Page.B2chdzWD.js`), which differs when a file's text does. */
const unhashed = (text: string) => text.replace(/\.[A-Za-z0-9_-]{8}\.(js|css)\b/g, '.#.$1');

/**
 * What legitimately differs between the two builds: the prefix and origin, file hashes, the
 * hashes of inline code in the security policy, and ids Astro and Starlight derive from them.
 */
function normalised(text: string, origin: string, base: string): string {
	return unhashed(text.replaceAll(`${origin}${base}`, `${SITE}/`).replaceAll(base, '/').replaceAll(origin, SITE))
		.replace(/sha256-[A-Za-z0-9+/=]+/g, 'sha256-#')
		.replace(/ data-hash="[a-z0-9]+"/g, ' data-hash="#"')
		.replace(/ uid="[A-Za-z0-9]+"/g, ' uid="#"');
}

test('the sub-path build is the root build with the prefix: every page and style sheet the same', () => {
	const root = pagesAndStyles(DIST);
	const sub = pagesAndStyles(new URL(`../${SUB_PATH_DIST}/`, import.meta.url).pathname);
	expect(root.size).toBeGreaterThan(16);
	expect([...sub.keys()].sort()).toEqual([...root.keys()].sort());
	const different = [...root].filter(([path, text]) => normalised(sub.get(path)!, SUB_PATH_ORIGIN, SUB_PATH) !== normalised(text, SITE, '/')).map(([path]) => path);
	expect(different).toEqual([]);
});
