import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUB_PATH, SUB_PATH_DIST } from '../scripts/sub-path.ts';
import { EMBEDDABLE_ISLANDS, ISLAND_KINDS, type IslandKind } from '../src/embed/islands.ts';
import { OEMBED_HEIGHT, OEMBED_WIDTH } from '../src/embed/oembed.ts';
import { EMBED_SANDBOX } from '../src/embed/snippets.ts';
import { builtSampleTabs, checkBuiltSampleTabs } from '../src/utils/built-sample-tabs.ts';
import { builtChapters, builtPages, DIST, documentOf, guidePages, htmlOf, SITE } from './fixtures.ts';

/**
 * Facts that are in the built files themselves, read from dist/ without a browser: how the
 * chapters are built, that every link and anchor lands, what search engines, link previews and
 * oEmbed consumers read, and the files behind every diagram. A browser would only add time.
 */

const pages = builtPages();
const chapters = builtChapters();
const file = (path: string) => join(DIST, path);

/** The interactive diagram each chapter carries, by the data attribute its root element has. */
const ISLANDS: Record<number, string> = {
	1: '[data-topology-explorer]',
	2: '[data-topology-explorer]',
	3: '[data-topology-explorer]',
	4: '[data-scaling-planner]',
	5: '[data-topology-explorer]',
	6: '[data-topology-explorer]',
	7: '[data-cross-account-explorer]',
};

test('seven chapters, numbered 1 to 7, in the sidebar and the landing page list in that order, each with how long it takes to read', () => {
	expect(chapters.map((path) => path.match(/\/chapters\/(\d\d)-/)?.[1])).toEqual(['01', '02', '03', '04', '05', '06', '07']);
	const home = documentOf('/');
	const sidebar = [...home.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.getAttribute('href')).filter((href) => href?.startsWith('/chapters/'));
	expect(sidebar).toEqual(chapters);
	expect([...home.querySelectorAll('.chapter-list a')].map((a) => a.getAttribute('href'))).toEqual(chapters);
	// Each chapter says how long it takes to read, in the list and under its title, the same in both.
	const listed = [...home.querySelectorAll('.chapter-list__time')].map((time) => time.textContent!.trim());
	expect(listed).toHaveLength(chapters.length);
	for (const [index, path] of chapters.entries()) {
		const minutes = /^(\d+) min read$/.exec(listed[index]!)?.[1];
		expect(Number(minutes), `${path} in the list`).toBeGreaterThanOrEqual(5);
		expect(documentOf(path).querySelector('h1 + .reading-time')?.textContent?.trim(), path).toBe(`About ${minutes} minutes to read`);
	}
	expect(documentOf('/glossary/').querySelector('.reading-time')).toBeNull();
});

test('the sidebar keeps the pages for site owners apart from the guide, under their own heading', () => {
	const nav = documentOf('/').querySelector('nav[aria-label="Main"]')!;
	const group = [...nav.querySelectorAll('details')].find((details) => details.querySelector('summary')?.textContent?.trim() === 'For site owners');
	expect(group, 'a group named For site owners').toBeDefined();
	expect([...group!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/embedding/', '/deploying/']);
	// Nothing of the guide is in it, and nothing of it stands among the guide's own entries.
	const outsideGroups = [...nav.querySelectorAll('a')].filter((a) => !a.closest('details')).map((a) => a.getAttribute('href'));
	expect(outsideGroups).toEqual(expect.arrayContaining(['/', '/explorer/', '/troubleshooting/', '/glossary/']));
	expect(outsideGroups).not.toContain('/embedding/');
	expect(outsideGroups).not.toContain('/deploying/');
});

for (const [index, path] of chapters.entries()) {
	const number = index + 1;
	test(`chapter ${number}: learning goals, diagrams, its island, a summary, sources last, glossary links and neighbours`, () => {
		const page = documentOf(path);
		const content = page.querySelector('.sl-markdown-content')!;
		const h2s = [...content.querySelectorAll('h2')].map((h2) => h2.textContent!.trim());
		expect(h2s[0]).toBe('What you will learn');
		expect(h2s).toContain('Summary');
		expect(h2s.at(-1)).toBe('Sources');

		expect(content.querySelectorAll('figure.mermaid-figure svg').length).toBeGreaterThanOrEqual(2);
		// The island is in the HTML, drawing included, before any script runs.
		const island = page.querySelector(ISLANDS[number]!);
		expect(island, 'the chapter’s interactive diagram').not.toBeNull();
		expect(island!.querySelector('svg')).not.toBeNull();

		// Everything after the Sources heading: the pages the chapter rests on, AWS's among them.
		const sourcesHeading = content.querySelector('h2#sources')!.closest('.sl-heading-wrapper') ?? content.querySelector('h2#sources')!;
		const after: Element[] = [];
		for (let node = sourcesHeading.nextElementSibling; node; node = node.nextElementSibling) after.push(node);
		const hosts = after.flatMap((node) => [...node.querySelectorAll('a[href^="https://"]')]).map((a) => new URL(a.getAttribute('href')!).hostname);
		expect(hosts.length).toBeGreaterThanOrEqual(5);
		expect(hosts.some((host) => host.endsWith('aws.amazon.com') || host.endsWith('amazonaws.cn'))).toBe(true);

		expect(content.querySelectorAll('a[href^="/glossary/#"]').length, 'terms are explained through the glossary').toBeGreaterThan(0);

		const previous = page.querySelector('.pagination-links a[rel="prev"]')?.getAttribute('href');
		const next = page.querySelector('.pagination-links a[rel="next"]')?.getAttribute('href');
		if (number > 1) expect(previous).toBe(chapters[index - 1]);
		if (number < chapters.length) expect(next).toBe(chapters[index + 1]);
	});
}

test('every link between pages reaches a page or a file of the build, and every #anchor exists there', () => {
	const ids = new Map(pages.map((path) => [path, new Set([...htmlOf(path).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));
	const problems: string[] = [];
	let checked = 0;
	for (const path of pages.filter((p) => p !== '/404.html')) {
		for (const [, href] of htmlOf(path).matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
			const url = new URL(href!.replaceAll('&amp;', '&'), `${SITE}${path}`);
			if (url.origin !== SITE) continue;
			checked++;
			const target = url.pathname;
			if (!ids.has(target)) {
				if (!existsSync(file(decodeURIComponent(target)))) problems.push(`${path} links to ${href}, which is neither a page nor a file`);
				continue;
			}
			const id = decodeURIComponent(url.hash.slice(1));
			if (id && !ids.get(target)!.has(id)) problems.push(`${path} links to ${href}, but ${target} has no id "${id}"`);
		}
	}
	expect(problems).toEqual([]);
	expect(checked).toBeGreaterThan(100);
});

test('every glossary term is linked from at least one chapter', () => {
	const terms = [...htmlOf('/glossary/').matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]!);
	expect(terms.length).toBeGreaterThanOrEqual(30);
	const linked = new Set(chapters.flatMap((path) => [...htmlOf(path).matchAll(/href="\/glossary\/#([^"]+)"/g)].map((m) => m[1]!)));
	expect(terms.filter((term) => !linked.has(term))).toEqual([]);
});

test('every guide page names its canonical address, has a favicon and a social card of 1200 × 630; the 404 page names no address', () => {
	for (const path of guidePages()) {
		const page = documentOf(path);
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(`${SITE}${path}`);
		expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content'), path).toBe(`${SITE}${path}`);
		expect(page.querySelector('link[rel="shortcut icon"], link[rel="icon"]')?.getAttribute('href'), path).toMatch(/favicon\.svg$/);
		const image = page.querySelector('meta[property="og:image"]')?.getAttribute('content');
		expect(image, path).toMatch(new RegExp(`^${SITE}/og/.+\\.png$`));
		expect(page.querySelector('meta[name="twitter:image"]')?.getAttribute('content'), path).toBe(image);
		expect(page.querySelector('meta[property="og:image:alt"]')?.getAttribute('content'), path).toMatch(/API Gateway Private Integrations/);
		const png = readFileSync(file(new URL(image!).pathname));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }, path).toEqual({ width: 1200, height: 630 });
	}
	// Nobody shares the 404 page or an embed page as a page: no card there.
	for (const path of pages.filter((p) => !guidePages().includes(p))) expect(documentOf(path).querySelector('meta[property="og:image"]'), path).toBeNull();
	// The 404 page is served for any address that is not found, so it has none of its own to name
	// (/404/ would itself be not found); it is still a page of the site, with its favicon.
	const notFound = documentOf('/404.html');
	expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
	expect(notFound.querySelector('meta[property="og:url"]')).toBeNull();
	expect(notFound.querySelector('link[rel="shortcut icon"], link[rel="icon"]')?.getAttribute('href')).toMatch(/favicon\.svg$/);
});

test('robots.txt allows crawling and names the sitemap, which lists every guide page and no embed page', () => {
	const robots = readFileSync(file('robots.txt'), 'utf8');
	expect(robots).toContain('User-agent: *');
	expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	const listed = locs(readFileSync(file('sitemap-index.xml'), 'utf8')).flatMap((sitemap) => locs(readFileSync(file(sitemap), 'utf8')));
	expect(listed.sort()).toEqual(guidePages().sort());
});

test('embed pages: not for search engines, links open in a new tab, no site chrome, and an oEmbed file that describes them', () => {
	for (const kind of ISLAND_KINDS) {
		const island = EMBEDDABLE_ISLANDS[kind];
		const path = `/${island.embedPath}`;
		const page = documentOf(path);
		expect(page.querySelector('meta[name="robots"]')?.getAttribute('content'), path).toBe('noindex');
		expect(page.querySelector('base')?.getAttribute('target'), path).toBe('_blank');
		expect(page.querySelector('h1')?.textContent?.trim(), path).toBe(island.title);
		expect(page.querySelectorAll('header, nav, site-search, .sidebar, diagram-embed').length, path).toBe(0);

		const json = JSON.parse(readFileSync(file(`${island.embedPath}oembed.json`), 'utf8'));
		expect(json).toMatchObject({ version: '1.0', type: 'rich', title: island.title, provider_url: `${SITE}/`, width: OEMBED_WIDTH, height: OEMBED_HEIGHT[kind] });
		expect(json.html).toContain(`<iframe src="${SITE}/${island.embedPath}"`);
		expect(json.html).toContain(`sandbox="${EMBED_SANDBOX}"`);
		expect(json.html).toContain(`<script src="${SITE}/embed/resize.js" defer></script>`);
	}
});

test('every page that shows an island, and no other, has an oEmbed discovery link, to the file of the island it shows', () => {
	const roots: Record<IslandKind, string> = { topology: '[data-topology-explorer]', scaling: '[data-scaling-planner]', 'cross-account': '[data-cross-account-explorer]' };
	const discovery: Record<string, string> = {};
	for (const path of pages) {
		const page = documentOf(path);
		const shown = ISLAND_KINDS.filter((kind) => page.querySelector(roots[kind]));
		const links = [...page.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map((link) => link.getAttribute('href'));
		expect(links, path).toHaveLength(shown.length > 0 ? 1 : 0);
		if (shown.length === 0) continue;
		const kind = shown.find((candidate) => links[0] === `${SITE}/${EMBEDDABLE_ISLANDS[candidate].embedPath}oembed.json`);
		expect(kind, `${path} links ${links[0]}, shows ${shown.join(' and ')}`).toBeDefined();
		discovery[path] = kind!;
	}
	// As the Embedding page lists them.
	const topology = ['/', '/explorer/', '/embed/topology/', ...[1, 2, 3, 5, 6].map((n) => chapters[n - 1]!)];
	expect(discovery).toEqual({
		...Object.fromEntries(topology.map((path) => [path, 'topology'])),
		[chapters[3]!]: 'scaling',
		'/embed/scaling/': 'scaling',
		[chapters[6]!]: 'cross-account',
		'/embed/cross-account/': 'cross-account',
	});
});

test('every diagram has a caption, an accessible name and description, and two standalone SVG files', () => {
	let files = 0;
	for (const path of chapters) {
		const figures = [...documentOf(path).querySelectorAll('figure.mermaid-figure')];
		expect(figures.length, path).toBeGreaterThanOrEqual(2);
		for (const figure of figures) {
			const svg = figure.querySelector('svg')!;
			const named = (attribute: string) => (svg.getAttribute(attribute) ?? '').split(' ').map((id) => figure.querySelector(`[id="${id}"]`)?.textContent?.trim()).join('');
			expect(named('aria-labelledby'), `${path}: accessible name`).toMatch(/\S/);
			expect(named('aria-describedby'), `${path}: accessible description`).toMatch(/\S/);
			expect(figure.querySelector('figcaption')?.textContent, `${path}: caption`).toMatch(/\S/);
			const embed = figure.querySelector('diagram-embed')!;
			for (const theme of ['light', 'dark']) {
				const url = embed.getAttribute(`data-${theme}`)!;
				expect(url).toMatch(new RegExp(`^/diagrams${path}[a-z0-9-]+-${theme}\\.svg$`));
				const standalone = readFileSync(file(url), 'utf8');
				// Stands alone: no page variables, scripts, imports, fonts or references outside itself.
				expect(standalone, url).not.toMatch(/var\(--|<script|@import|@font-face|(?:href|src)="(?!#)/);
				expect(standalone, url).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
				files++;
			}
		}
	}
	expect(files).toBeGreaterThanOrEqual(28);
});

test('no mermaid code reaches the browser: diagrams are drawn at build time', () => {
	// The library, not the word: our own code names diagrams of kind "mermaid"; the library ships
	// its renderer's names.
	const library = /mermaidAPI|flowchart-v2|sequenceDiagram/;
	const scripts = readdirSync(DIST, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.m?js$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
	expect(scripts.length).toBeGreaterThan(5);
	expect(scripts.filter((path) => library.test(readFileSync(path, 'utf8')))).toEqual([]);
	for (const path of pages) {
		const inline = [...htmlOf(path).matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
		expect(inline.filter((code) => library.test(code)), path).toEqual([]);
	}
});

test('code tabs show marked regions of the tested sample files, and link to each whole file, served byte for byte', () => {
	const repository = new URL('../', import.meta.url).pathname;
	const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
	const builds = [
		{ dist: DIST, base: '/' },
		{ dist: new URL(`../${SUB_PATH_DIST}/`, import.meta.url).pathname, base: SUB_PATH },
	];
	const tabsPerChapter: number[] = [];
	for (const { dist, base } of builds) {
		for (const path of chapters) {
			const html = readFileSync(join(dist, path.slice(1), 'index.html'), 'utf8');
			if (base === '/') tabsPerChapter.push(builtSampleTabs(html).length);
			const problems = checkBuiltSampleTabs(`${base}${path.slice(1)}`, html, {
				base,
				source: (file) => read(join(repository, file)),
				served: (url) => read(join(dist, decodeURIComponent(url).slice(base.length))),
			});
			expect(problems).toEqual([]);
		}
	}
	// Chapters 5, 6 and 7 build their setups four ways (chapter 6 also shows its /{proxy} path
	// mapping); the others show no sample tabs.
	expect(tabsPerChapter).toEqual([0, 0, 0, 0, 3, 3, 2]);
});
