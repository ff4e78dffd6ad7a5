import { expect, test, type Page } from '@playwright/test';
import { buildHops } from '../src/topology/hops.ts';
import { FIELDS, LABELS, type Configuration } from '../src/topology/model.ts';
import { allConfigurations, validate } from '../src/topology/rules.ts';

/**
 * The explorer's promise to a reader who steps through a journey: after every Next, Previous or
 * arrow key, the whole drawing and the current hop's step panel (title, sentence, packet) are in
 * the window together, below the sticky header, with nothing to scroll; the panel's content fits
 * it; and stepping never changes the island's height. Checked for every step of every supported
 * setup on a desktop (1280x800, the full-page explorer and a chapter column) and a phone (390x844).
 */

const explorer = (page: Page) => page.locator('[data-topology-explorer]').first();

/** What a reader sees of the stage right now, measured in one go. */
function stage(page: Page) {
	return explorer(page).evaluate((island) => {
		const headerBottom = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
		const within = (element: Element | null | undefined) => {
			const box = element?.getBoundingClientRect();
			return !!box && box.height > 0 && box.top >= headerBottom - 1 && box.bottom <= window.innerHeight + 1 && box.left >= 0 && box.right <= window.innerWidth;
		};
		const figure = [...island.querySelectorAll('svg[data-diagram]')].find((svg) => svg.getBoundingClientRect().height > 0);
		const panel = island.querySelector<HTMLElement>('[data-step-panel]');
		return {
			title: panel?.querySelector('.step-panel__title')?.textContent,
			inView: within(figure) && within(panel),
			panelFits: !!panel && panel.scrollHeight <= panel.clientHeight + 1,
			height: island.getBoundingClientRect().height,
		};
	});
}

/** Sets the choices that differ from `from`, as a reader clicks them (unfolding them first on a phone). */
async function choose(page: Page, config: Configuration, from: Configuration | undefined) {
	const island = explorer(page);
	const summary = island.locator('.topology__setup > summary');
	if ((await summary.isVisible()) && (await island.locator('.topology__setup').getAttribute('open')) === null) await summary.click();
	for (const field of FIELDS) {
		if (from?.[field] === config[field]) continue;
		const group = island.getByRole('group', { name: LABELS[field].legend });
		if (await group.isDisabled()) continue;
		await group.getByRole('radio', { name: (LABELS[field].values as Record<string, string>)[config[field]], exact: true }).check();
	}
}

/**
 * Steps through every hop as a keyboard reader does (Enter on Next, again and again), back one
 * with Previous and one with the arrow key on the drawing, checking the stage each time.
 */
async function stepThrough(page: Page, config: Configuration) {
	const hops = buildHops(config);
	const name = Object.values(config).join('/');
	const island = explorer(page);
	let seen: Awaited<ReturnType<typeof stage>> | undefined;
	let height: number | undefined;
	// The page scrolls on the frame after the step: ask again at once rather than after the usual 100 ms.
	const expectStage = async (index: number, how: string) => {
		const message = `${name}, hop ${index + 1} after ${how}`;
		await expect
			.poll(async () => (seen = await stage(page)), { message, intervals: [20, 50, 100] })
			.toMatchObject({ title: hops[index]!.title, inView: true, panelFits: true });
		expect(seen!.height, `${message}: the island's height does not change while stepping`).toBe(height ?? seen!.height);
		height = seen!.height;
	};

	// A new setup keeps the hop where it can: start from the first, as a reader would from the list.
	await island.locator('ol.hop-list > li').first().getByRole('button').click();
	const next = island.getByRole('button', { name: 'Next', exact: true });
	await next.click();
	await expectStage(1, 'Next');
	for (let index = 2; index < hops.length; index++) {
		await page.keyboard.press('Enter');
		await expectStage(index, 'Next');
	}
	await island.getByRole('button', { name: 'Previous', exact: true }).click();
	await expectStage(hops.length - 2, 'Previous');
	await island.locator('svg[data-diagram]').filter({ visible: true }).press('ArrowLeft');
	await expectStage(hops.length - 3, 'the left arrow key');
}

const supported = allConfigurations().filter((config) => validate(config).valid);

// Each size in three parts of six setups, so each test stays well under its timeout and both workers share them.
const PARTS = 3;
const perPart = Math.ceil(supported.length / PARTS);
for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
]) {
	for (let part = 0; part < PARTS; part++) {
		test(`at ${viewport.width}x${viewport.height}, every step of every setup shows the drawing and its explanation together (part ${part + 1} of ${PARTS})`, async ({ browser }) => {
			// Less motion: the page scrolls to the stage at once rather than smoothly, so each check sees where it ends.
			const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
			const page = await context.newPage();
			await page.goto('/explorer/');
			await expect(explorer(page)).toHaveAttribute('data-hydrated', 'true');
			let previous: Configuration | undefined;
			for (const config of supported.slice(part * perPart, (part + 1) * perPart)) {
				await choose(page, config, previous);
				await stepThrough(page, config);
				previous = config;
			}
			await context.close();
		});
	}
}

test('in a chapter column at 1280x800, every step of every HTTP API setup shows the drawing and its explanation together', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto('/chapters/02-http-api-private-integrations/');
	await explorer(page).scrollIntoViewIfNeeded();
	await expect(explorer(page)).toHaveAttribute('data-hydrated', 'true');
	let previous: Configuration | undefined;
	for (const config of supported.filter((c) => c.api === 'http')) {
		await choose(page, config, previous);
		await stepThrough(page, config);
		previous = config;
	}
	await context.close();
});
