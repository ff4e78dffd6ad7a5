import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { EMBEDDABLE_ISLANDS, ISLAND_KINDS, type IslandKind } from '../src/embed/islands.ts';
import { OEMBED_HEIGHT, OEMBED_WIDTH, type OEmbedRich } from '../src/embed/oembed.ts';
import { CrossOriginHost, htmlPage } from './cross-origin-host.ts';
import { CHAPTER_1, SITE } from './fixtures.ts';

/**
 * oEmbed as a consumer on another site uses it. Like unfurl.js, the consumer fetches a chapter from
 * its server, finds the page's discovery link, fetches the oEmbed file it names and writes the
 * file's `html` into a page of its own, served from another origin (127.0.0.1 and a port of its
 * own; the site is on localhost:4322). The fetches run in Node, as a server-side consumer's do, so
 * they need no CORS. One host page holds all three islands' embeds, and is loaded once per width.
 */

/** A chapter that shows each island. */
const CHAPTERS: Record<IslandKind, string> = {
	topology: CHAPTER_1,
	scaling: '/chapters/04-scaling-private-integrations/',
	'cross-account': '/chapters/07-cross-account-private-integrations/',
};

async function discover(path: string): Promise<OEmbedRich> {
	const { document } = parseHTML(await (await fetch(new URL(path, SITE))).text());
	const href = document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href');
	expect(href, `${path}: the oEmbed discovery link`).toBeTruthy();
	const response = await fetch(href!);
	expect(response.ok, href!).toBe(true);
	return (await response.json()) as OEmbedRich;
}

/**
 * The frame of an island's embed in the host page, brought into view as a reader scrolling down
 * would bring it: until then Chromium neither loads it (`loading="lazy"`) nor runs the layout that
 * reports its size (it throttles cross-origin frames out of view).
 */
async function embedOf(page: Page, kind: IslandKind): Promise<FrameLocator> {
	const frame = page.locator(`iframe[src="${SITE}/${EMBEDDABLE_ISLANDS[kind].embedPath}"]`);
	await frame.scrollIntoViewIfNeeded();
	const embed = frame.contentFrame();
	await expect(embed.locator('.island'), kind).toHaveAttribute('data-hydrated', 'true');
	return embed;
}

/** The frame's height, what the embed's document scrolls to, and how tall its content is, from inside the frame. */
const measure = (embed: FrameLocator) =>
	embed.locator('body').evaluate((body) => ({ frame: innerHeight, scroll: document.documentElement.scrollHeight, content: body.getBoundingClientRect().height }));

/** Whether the embed scrolls inside its frame, and whether the frame is taller than its content (1 pixel allowed for rounding). */
async function fit(embed: FrameLocator) {
	const { frame, scroll, content } = await measure(embed);
	return { scrollsInside: scroll > frame + 1, emptyBelow: frame > content + 1 };
}

test.describe('oEmbed, as a consumer on another site uses it', () => {
	const host = new CrossOriginHost();
	const files = {} as Record<IslandKind, OEmbedRich>;
	test.beforeAll(async () => {
		await host.start();
		for (const kind of ISLAND_KINDS) files[kind] = await discover(CHAPTERS[kind]);
	});
	test.afterAll(() => host.stop());

	/** The consumer's page: each island's title, then the file's html, as it is or with its script stripped (as many sanitisers do). */
	const wiki = ({ scripts }: { scripts: boolean }) =>
		ISLAND_KINDS.map((kind) => {
			const { title, html } = files[kind];
			return `<section><h2>${title}</h2>${scripts ? html : html.replace(/<script\b[^>]*><\/script>/g, '')}</section>`;
		}).join('');

	for (const width of [360, 1000]) {
		test(`at ${width} pixels, each island's oEmbed html shows it whole once the resize script has run: no scrolling inside, no space left empty`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(host.serve(`/wiki-${width}.html`, htmlPage('A wiki page', wiki({ scripts: true }))));
			for (const kind of ISLAND_KINDS) {
				const embed = await embedOf(page, kind);
				// The frames start at the height for a 720-pixel column, which is too short at 360 and
				// too tall at 1000: only the resize script can make both hold.
				await expect.poll(() => fit(embed), { message: kind }).toEqual({ scrollsInside: false, emptyBelow: false });
			}
		});
	}

	test(`with the script stripped, each frame starts tall enough for its island in a ${OEMBED_WIDTH}-pixel column, with at most 80 pixels to spare`, async ({ page }) => {
		const column = `<article style="width: ${OEMBED_WIDTH}px">${wiki({ scripts: false })}</article>`;
		await page.goto(host.serve('/stripped.html', htmlPage('A wiki page without scripts', column)));
		for (const kind of ISLAND_KINDS) {
			const embed = await embedOf(page, kind);
			await embed.locator('body').evaluate(async () => {
				await document.fonts.ready;
			});
			const { frame, scroll, content } = await measure(embed);
			const measured = `${kind}: ${Math.ceil(content)} pixels tall at ${OEMBED_WIDTH}; OEMBED_HEIGHT in src/embed/oembed.ts is ${OEMBED_HEIGHT[kind]}`;
			expect(frame, measured).toBe(OEMBED_HEIGHT[kind]);
			expect(scroll, measured).toBeLessThanOrEqual(frame + 1);
			expect(frame - content, measured).toBeLessThanOrEqual(80);
		}
	});
});
