import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildHops as crossAccountHops } from '../src/cross-account/hops.ts';
import { FIELDS as CROSS_ACCOUNT_FIELDS, LABELS as CROSS_ACCOUNT_LABELS, type Configuration as CrossAccountConfiguration } from '../src/cross-account/model.ts';
import { allConfigurations as crossAccountConfigurations, assess, pathKey } from '../src/cross-account/rules.ts';
import { buildHops } from '../src/topology/hops.ts';
import { FIELDS, LABELS, type Configuration, type Field } from '../src/topology/model.ts';
import { allConfigurations, validate } from '../src/topology/rules.ts';
import { clickChoices } from './fixtures.ts';

/**
 * The explorer's promise to a reader who steps through a journey: after every Next, Previous or
 * arrow key, the whole drawing and the current hop's step panel (title, sentence, packet) are in
 * the window together, below the sticky header, with nothing to scroll; the panel's content fits
 * it; and stepping never changes the island's height. Checked for every step of every supported
 * setup of both explorers on a desktop (1280x800: the full-page explorer and a chapter column)
 * and on a phone (390x844, where a chapter also keeps its table of contents' bar at the top),
 * with less motion asked for, so the page scrolls to the stage at once.
 */

const explorer = (page: Page) => page.locator('[data-topology-explorer]').first();
const supported = allConfigurations().filter((config) => validate(config).valid);
const nameOf = (config: object) => Object.values(config).join('/');

/** Sets the choices as a reader clicks them, unfolding them first on a phone; one round trip. */
async function chooseIn(island: Locator, choices: Array<[legend: string, label: string]>) {
	await island.locator('.explorer__setup').evaluate((details) => ((details as HTMLDetailsElement).open = true));
	await clickChoices(island, choices);
}
/** Picks `config`'s choices, except those the page fixes (a chapter's explorer offers no group for them). */
const choose = (page: Page, config: Configuration, fixed: readonly Field[] = []) =>
	chooseIn(
		explorer(page),
		FIELDS.filter((field) => !fixed.includes(field)).map((field) => [LABELS[field].legend, (LABELS[field].values as Record<string, string>)[config[field]]!]),
	);

/** The cross-account explorer's paths: each one its choices draw, once (a private API ignores the API choice). */
const crossAccount = (page: Page) => page.locator('[data-cross-account-explorer]').first();
const crossAccountPaths = [
	...new Map(
		crossAccountConfigurations()
			.filter((config) => assess(config).status !== 'impossible')
			.map((config) => [pathKey(config), config]),
	).values(),
];
const chooseCrossAccount = (page: Page, config: CrossAccountConfiguration) =>
	chooseIn(crossAccount(page), CROSS_ACCOUNT_FIELDS.map((field) => [CROSS_ACCOUNT_LABELS[field].legend, (CROSS_ACCOUNT_LABELS[field].values as Record<string, string>)[config[field]]!]));

/**
 * In the page: what breaks the promise on the stage as it is now, in words (nothing when it
 * holds). `title` is the hop that should be showing.
 */
const STAGE_CHECK = `(island, title) => {
	// What stays at the top of the window: the header and, on a narrow chapter, the bar of its table of contents.
	const stuck = [document.querySelector('header.header'), document.querySelector('mobile-starlight-toc nav')];
	const headerBottom = Math.max(0, ...stuck.map((element) => element?.getBoundingClientRect().bottom ?? 0));
	const within = (element) => {
		const box = element?.getBoundingClientRect();
		return !!box && box.height > 0 && box.top >= headerBottom - 1 && box.bottom <= window.innerHeight + 1 && box.left >= 0 && box.right <= window.innerWidth;
	};
	const figure = [...island.querySelectorAll('svg[data-diagram]')].find((svg) => svg.getBoundingClientRect().height > 0);
	const panel = island.querySelector('[data-step-panel]');
	const shown = panel?.querySelector('.step-panel__title')?.textContent;
	const problems = [];
	if (shown !== title) problems.push('shows “' + shown + '”');
	if (!within(figure)) problems.push('the drawing is not wholly in view');
	if (!within(panel)) problems.push('the step panel is not wholly in view');
	if (panel && panel.scrollHeight > panel.clientHeight + 1) problems.push('the step panel’s content does not fit it');
	return problems;
}`;

/**
 * Every hop of the setup on screen, from the first: Next is pressed in the page, then the check
 * runs on the next frame, after the explorer's own frame callback has scrolled the page (frame
 * callbacks run in the order they were asked for). One round trip for the whole journey, so that
 * every setup fits in one test.
 */
async function everyStep(island: Locator, titles: string[]): Promise<string[]> {
	return island.evaluate(
		async (island, { titles, check }) => {
			const stageCheck = (0, eval)(check) as (island: Element, title: string) => string[];
			const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
			const next = [...island.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Next')!;
			// A new setup's view may still be on its way (the stage says it is busy), and the full list
			// below follows the stage a moment later, in the background: wait for both.
			const items = () => island.querySelectorAll('ol.hop-list > li');
			const busy = () => island.querySelector('.explorer__stage')!.getAttribute('aria-busy') === 'true';
			for (let wait = 0; wait < 300 && (busy() || items().length !== titles.length || !items()[0]!.textContent!.includes(titles[0]!)); wait++) await frame();
			island.querySelector<HTMLButtonElement>('ol.hop-list > li button')!.click();
			await frame();
			const found: string[] = [];
			let height: number | undefined;
			for (let index = 1; index < titles.length; index++) {
				next.click();
				await frame();
				for (const problem of stageCheck(island, titles[index]!)) found.push(`hop ${index + 1}: ${problem}`);
				const now = island.getBoundingClientRect().height;
				if (height !== undefined && now !== height) found.push(`hop ${index + 1}: the island’s height changed from ${height} to ${now}`);
				height = now;
			}
			return found;
		},
		{ titles, check: STAGE_CHECK },
	);
}

const titlesOf = (config: Configuration) => buildHops(config).map((hop) => hop.title);

async function openStage(page: Page, path: string, island = explorer(page)) {
	await page.goto(path);
	await island.scrollIntoViewIfNeeded();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
]) {
	test(`at ${viewport.width}x${viewport.height}, every step of every setup shows the drawing and its explanation together`, async ({ browser }) => {
		const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await openStage(page, '/explorer/');
		for (const config of supported) {
			await choose(page, config);
			expect(await everyStep(explorer(page), titlesOf(config)), nameOf(config)).toEqual([]);
		}
		await context.close();
	});

	test(`at ${viewport.width}x${viewport.height}, every step of every cross-account path in chapter 7 shows the drawing and its explanation together`, async ({ browser }) => {
		const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await openStage(page, '/chapters/07-cross-account-private-integrations/', crossAccount(page));
		for (const config of crossAccountPaths) {
			await chooseCrossAccount(page, config);
			expect(await everyStep(crossAccount(page), crossAccountHops(config).map((hop) => hop.title)), nameOf(config)).toEqual([]);
		}
		await context.close();
	});

	test(`at ${viewport.width}x${viewport.height}, stepping by mouse and keyboard keeps the stage in view`, async ({ browser }) => {
		const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await openStage(page, '/explorer/');
		const island = explorer(page);
		const config = supported.find((c) => c.client === 'vpc')!;
		// Unfolded and clicked as a reader does on a phone.
		const summary = island.locator('.explorer__setup > summary');
		if (await summary.isVisible()) await summary.click();
		await island.getByRole('group', { name: LABELS.client.legend }).getByRole('radio', { name: LABELS.client.values.vpc, exact: true }).check();
		const hops = buildHops(config);
		const expectStage = (index: number, how: string) =>
			expect.poll(() => island.evaluate((element, [check, title]) => ((0, eval)(check) as (i: Element, t: string) => string[])(element, title), [STAGE_CHECK, hops[index]!.title] as const), {
				message: `hop ${index + 1} after ${how}`,
			}).toEqual([]);
		// From the choices at the top, the first Next brings the whole stage into view.
		await island.getByRole('button', { name: 'Next', exact: true }).click();
		await expectStage(1, 'a click on Next');
		await page.keyboard.press('Enter');
		await expectStage(2, 'Enter on Next');
		await island.getByRole('button', { name: 'Previous', exact: true }).click();
		await expectStage(1, 'a click on Previous');
		// Scrolled away, the arrow key on the drawing brings the stage back.
		await page.mouse.wheel(0, -400);
		await island.locator('svg[data-diagram]').filter({ visible: true }).press('ArrowRight');
		await expectStage(2, 'the right arrow key');
		await context.close();
	});
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
]) {
	test(`in chapter 2 at ${viewport.width}x${viewport.height}, every step of every HTTP API setup shows the drawing and its explanation together`, async ({ browser }) => {
		const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
		const page = await context.newPage();
		await openStage(page, '/chapters/02-http-api-private-integrations/');
		for (const config of supported.filter((c) => c.api === 'http')) {
			// The chapter fixes the API type.
			await choose(page, config, ['api']);
			expect(await everyStep(explorer(page), titlesOf(config)), nameOf(config)).toEqual([]);
		}
		await context.close();
	});
}
