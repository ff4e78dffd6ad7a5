import { expect, test, type Page } from '@playwright/test';
import { CHAPTER_1, documentOf } from './fixtures.ts';

/**
 * The thing itself first: what a reader sees before scrolling. The landing page shows the
 * explorer's drawing and the way into chapter 1; chapter 1 opens on the whole path of a private
 * integration. Then the landing page's explorer, which loads only when a reader reaches for it,
 * keeps what the reader did before its code arrived.
 */

const SCREENS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** The share of an element's height that the first screen shows (0 to 1), and whether its width fits the screen. */
async function firstScreenShare(page: Page, selector: string) {
	return page.locator(selector).first().evaluate((element) => {
		const box = element.getBoundingClientRect();
		return {
			shown: Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0)) / box.height,
			withinWidth: box.left >= 0 && box.right <= innerWidth,
		};
	});
}

for (const [screen, viewport] of Object.entries(SCREENS)) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport });

		test('the landing page opens on the explorer’s drawing and the way into chapter 1', async ({ page }) => {
			await page.goto('/', { waitUntil: 'load' });
			const start = page.getByRole('link', { name: 'Start with chapter 1' });
			await expect(start).toHaveAttribute('href', CHAPTER_1);
			await expect(start).toBeInViewport({ ratio: 1 });
			await expect(page.getByRole('link', { name: 'Full explorer' })).toHaveAttribute('href', '/explorer/');

			// The page carries the drawing in both orientations until the island loads; the one that
			// fits the screen (wide on a desktop, tall on a phone) is shown whole.
			const drawing = await firstScreenShare(page, '[data-topology-explorer] svg[data-diagram]:visible');
			expect(drawing, `the ${screen} drawing in the first screen`).toEqual({ shown: 1, withinWidth: true });
		});

		test('chapter 1 opens on the whole path, client to targets, in one picture', async ({ page }) => {
			await page.goto(CHAPTER_1, { waitUntil: 'load' });
			const figure = page.locator('.sl-markdown-content figure.mermaid-figure').first();
			await expect(figure.locator('figcaption')).toHaveText('The whole path of a private integration');
			const drawing = await firstScreenShare(page, '.sl-markdown-content figure.mermaid-figure svg');
			expect(drawing).toEqual({ shown: 1, withinWidth: true });
			// Whole: the picture fits its box, nothing to scroll sideways to.
			expect(await figure.locator('.mermaid-figure__canvas').evaluate((canvas) => canvas.scrollWidth <= canvas.clientWidth)).toBe(true);
		});
	});
}

test.describe('the landing page’s explorer', () => {
	/** The island's own module, read from the build: the request that starts hydration. */
	const componentUrl = documentOf('/').querySelector('astro-island')!.getAttribute('component-url')!;

	/**
	 * Opens the landing page with the island's code held back until `release` is called, so a test
	 * can act in the gap between a reader reaching for the island and its code arriving.
	 */
	async function openWithCodeHeld(page: Page) {
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route(`**${componentUrl}`, async (route) => {
			await released;
			await route.continue();
		});
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto('/', { waitUntil: 'load' });
		const island = page.locator('[data-topology-explorer]');
		return { island, requested, release };
	}

	test('loads no code while the page loads, and a click on Next before its code arrives is kept', async ({ page }) => {
		const { island, requested, release } = await openWithCodeHeld(page);
		expect(requested, 'nothing of the island loads with the page').not.toContain(componentUrl);

		const loading = page.waitForRequest((request) => new URL(request.url()).pathname === componentUrl);
		await island.getByRole('button', { name: 'Next', exact: true }).click();
		await loading;
		await expect(island).not.toHaveAttribute('data-hydrated');
		release();

		await expect(island).toHaveAttribute('data-hydrated', 'true');
		await expect(island.getByRole('slider', { name: 'Hop' })).toHaveValue('2');
		await expect(island.locator('ol.hop-list > li[aria-current="step"]')).toContainText('Hop 2,');
	});

	test('a speed and a hop chosen with the keyboard before its code arrives are kept', async ({ page }) => {
		const { island, release } = await openWithCodeHeld(page);
		const speed = island.getByRole('combobox', { name: 'Speed' });
		const hop = island.getByRole('slider', { name: 'Hop' });
		await speed.focus();
		await page.keyboard.press('ArrowDown');
		await hop.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(island).not.toHaveAttribute('data-hydrated');
		release();

		await expect(island).toHaveAttribute('data-hydrated', 'true');
		// Both are React's now, not only the page's: the step moved the player, and the speed
		// survived the render that followed.
		await expect(island.locator('ol.hop-list > li[aria-current="step"]')).toContainText('Hop 3,');
		await expect(hop).toHaveValue('3');
		await expect(speed).toHaveValue('2');
	});
});
