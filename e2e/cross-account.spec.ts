import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildHops } from '../src/cross-account/hops.ts';
import { DEFAULT_CONFIGURATION, LABELS, type Configuration } from '../src/cross-account/model.ts';
import { allConfigurations } from '../src/cross-account/rules.ts';
import { playInterval } from '../src/topology/player.ts';
import { toSearch } from '../src/cross-account/url-state.ts';
import { axeViolations, clickChoices, contrast, CONTRAST_RULES, documentOf, openInTheme, switchTheme } from './fixtures.ts';

/** Chapter 7 embeds `<CrossAccountExplorer client:visible idPrefix="ch7" syncUrl />`. */
const CHAPTER_7 = '/chapters/07-cross-account-private-integrations/';

const explorer = (page: Page) => page.locator('[data-cross-account-explorer]').first();
const hopItems = (page: Page) => explorer(page).locator('ol.hop-list > li');
const currentHop = (page: Page) => explorer(page).locator('ol.hop-list > li[aria-current="step"]');
/** The drawing that is displayed: side by side on a wide screen, stacked on a phone. */
const diagram = (page: Page) => explorer(page).locator('svg.cross-account-diagram__svg').filter({ visible: true });
/** The component the packet has reached. */
const packetAt = (page: Page) => diagram(page).locator('g.node.is-to');
const packetPosition = (page: Page) => diagram(page).locator('g.packet').getAttribute('style');

/** Opens chapter 7 and waits until the island has hydrated, so clicks and keys reach React. */
async function openExplorer(page: Page, search = '') {
	await page.goto(`${CHAPTER_7}${search}`);
	// client:visible: the island loads its code once it scrolls into view.
	await explorer(page).scrollIntoViewIfNeeded();
	await expect(explorer(page)).toHaveAttribute('data-hydrated', 'true');
}

async function choose(page: Page, legend: string, value: string) {
	await explorer(page).getByRole('group', { name: legend }).getByRole('radio', { name: value, exact: true }).check();
}

test('the explorer is server-rendered: drawing, choices and every hop are in the page before any script runs', () => {
	const island = documentOf(CHAPTER_7).querySelector('[data-cross-account-explorer]')!;
	expect(island.getAttribute('data-hydrated')).not.toBe('true');
	const drawing = island.querySelector('svg.cross-account-diagram__svg')!;
	expect(drawing.textContent).toContain('Provider account');
	expect(drawing.textContent).toContain('AWS PrivateLink');
	const checked = [...island.querySelectorAll('input[type="radio"]')].filter((radio) => radio.hasAttribute('checked'));
	const labelOf = (radio: Element) => radio.closest('label')?.textContent?.trim() ?? island.querySelector(`label[for="${radio.id}"]`)?.textContent?.trim();
	expect(checked.map(labelOf).some((label) => label?.startsWith(LABELS.via.values['http-api']))).toBe(true);
	const hops = buildHops(DEFAULT_CONFIGURATION);
	const items = island.querySelectorAll('ol.hop-list > li');
	expect(items.length).toBe(hops.length);
	const list = island.querySelector('ol.hop-list')!.textContent!.replace(/\s+/g, ' ');
	for (const hop of hops) expect(list).toContain(hop.detail.slice(0, 60).replace(/\s+/g, ' '));
});

test('stepping with the buttons and the keys moves the packet and the hop text', async ({ page }) => {
	await openExplorer(page);
	const hops = buildHops(DEFAULT_CONFIGURATION);
	await expect(hopItems(page)).toHaveCount(hops.length);
	await expect(currentHop(page)).toContainText(hops[0]!.title);
	await expect(packetAt(page)).toHaveAttribute('data-node', hops[0]!.to);
	const start = await packetPosition(page);

	await explorer(page).getByRole('button', { name: 'Next', exact: true }).click();
	await expect(currentHop(page)).toContainText(hops[1]!.title);
	await expect(currentHop(page)).toContainText(hops[1]!.detail.slice(0, 60));
	await expect(packetAt(page)).toHaveAttribute('data-node', hops[1]!.to);
	expect(await packetPosition(page)).not.toBe(start);
	await expect(explorer(page)).toContainText(`Hop 2 of ${hops.length}`);

	// The drawing takes the arrow keys.
	await diagram(page).focus();
	await page.keyboard.press('ArrowRight');
	await expect(currentHop(page)).toContainText(hops[2]!.title);
	await expect(packetAt(page)).toHaveAttribute('data-node', hops[2]!.to);
	await page.keyboard.press('ArrowLeft');
	await expect(currentHop(page)).toContainText(hops[1]!.title);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(currentHop(page)).toContainText(hops[3]!.title);

	// So does the hop list.
	await currentHop(page).getByRole('button').focus();
	await page.keyboard.press('ArrowRight');
	await expect(currentHop(page)).toContainText(hops[4]!.title);
	await expect(packetAt(page)).toHaveAttribute('data-node', hops[4]!.to);

	await explorer(page).getByRole('button', { name: 'Previous', exact: true }).click();
	await expect(currentHop(page)).toContainText(hops[3]!.title);

	// Screen reader users hear where the packet is; the view is in the address.
	await expect(explorer(page).locator('[aria-live="polite"]')).toContainText(hops[3]!.title);
	await expect(page).toHaveURL(/[?&]step=4(&|$)/);
	await expect(page).toHaveURL(/[?&]pattern=backend(&|$)/);
});

test('the packet crosses between the accounts over PrivateLink, and says so', async ({ page }) => {
	await openExplorer(page);
	const hops = buildHops(DEFAULT_CONFIGURATION);
	const crossing = hops.findIndex((hop) => hop.direction === 'request' && hop.from === 'vpce' && hop.to === 'eps');
	expect(crossing).toBeGreaterThan(0);
	await explorer(page).getByRole('slider', { name: 'Hop' }).fill(String(crossing + 1));
	await expect(currentHop(page)).toContainText('Across AWS PrivateLink into the provider account');
	await expect(packetAt(page)).toHaveAttribute('data-node', 'eps');
	await expect(currentHop(page).getByRole('link', { name: /Learn more/ })).toHaveAttribute('href', `${CHAPTER_7}#who-may-connect-allowed-principals-and-acceptance`);
	await expect(currentHop(page).getByRole('link').last()).toHaveAttribute('href', /^https:\/\//);
});

test('the keyboard reaches the drawing with a visible focus outline', async ({ page }) => {
	await openExplorer(page);
	await explorer(page).getByRole('slider', { name: 'Hop' }).focus();
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveClass(/cross-account-diagram__svg/);
	expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
	// Then its components, one by one, each explained under the drawing.
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('data-node', /\w/);
	await expect(explorer(page).locator('.explorer-diagram__caption')).not.toContainText('Point at a component');
});

test('play moves at once, then on each tick, and pause stops it', async ({ page }) => {
	await page.clock.install();
	await openExplorer(page);
	// From here time moves only when the test says so, however slow the machine: the clock
	// otherwise keeps real time between steps, and a busy machine would let a hop slip by.
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
	const hops = buildHops(DEFAULT_CONFIGURATION);
	await explorer(page).getByRole('button', { name: 'Play' }).click();
	await expect(currentHop(page)).toContainText(hops[1]!.title);
	await page.clock.runFor(playInterval(1) + 50);
	await expect(currentHop(page)).toContainText(hops[2]!.title);
	await explorer(page).getByRole('button', { name: 'Pause' }).click();
	await page.clock.runFor(10_000);
	await expect(currentHop(page)).toContainText(hops[2]!.title);
});

test('switching to the direct VPC link shows why it is not possible, and one click shows what works', async ({ page }) => {
	await openExplorer(page);
	await choose(page, LABELS.via.legend, LABELS.via.values['direct-link']);
	const panel = explorer(page).getByRole('region', { name: 'Not possible: a VPC link cannot reach a load balancer in another account' });
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('same AWS account');
	await expect(panel.getByRole('link', { name: 'Private integrations for REST APIs in API Gateway' })).toHaveAttribute(
		'href',
		'https://docs.aws.amazon.com/apigateway/latest/developerguide/private-integration.html',
	);
	await expect(panel).toContainText(/Inference/i);
	// Never blank: the stage draws the connection that cannot exist, crossed out, with no journey to step through.
	const refused = explorer(page).locator('.explorer__stage').getByRole('img', { name: /cannot exist/ });
	await expect(refused).toBeVisible();
	await expect(refused).toContainText('Not allowed');
	await expect(explorer(page).getByRole('button', { name: 'Play' })).toHaveCount(0);
	await expect(explorer(page).locator('.explorer__showing')).toContainText('Not possible:');
	await expect(page).toHaveURL(/[?&]via=direct-link(&|$)/);

	await panel.getByRole('button', { name: /Show what works instead/ }).click();
	await expect(panel).toBeHidden();
	await expect(explorer(page).getByRole('radio', { name: LABELS.via.values['http-api'], exact: true })).toBeChecked();
	await expect(explorer(page).locator('.explorer__showing')).toBeFocused();
});

test('the REST API version is marked as inferred, with the reason', async ({ page }) => {
	await openExplorer(page);
	await choose(page, LABELS.via.legend, LABELS.via.values['rest-api']);
	const note = explorer(page).locator('.cross-account__verdict--inferred');
	await expect(note).toBeVisible();
	await expect(note).toContainText('Inferred');
	await expect(note).toContainText('No AWS page found shows a REST API in this design');
	await expect(diagram(page)).toContainText('REST API');
	await expect(explorer(page).locator('ol.hop-list')).toContainText('integrationTarget');
});

test('the private-API pattern redraws both accounts and sets the API choice aside', async ({ page }) => {
	await openExplorer(page);
	await choose(page, LABELS.pattern.legend, LABELS.pattern.values['private-api']);
	const privateApi: Configuration = { pattern: 'private-api', via: 'http-api' };
	await expect(hopItems(page)).toHaveCount(buildHops(privateApi).length);
	await expect(diagram(page)).toContainText('execute-api endpoint');
	await expect(diagram(page)).toContainText('Private REST API');
	await expect(explorer(page).getByRole('group', { name: LABELS.via.legend })).toHaveAttribute('disabled', '');
	await expect(explorer(page).getByRole('radio', { name: LABELS.via.values['rest-api'], exact: true })).toBeDisabled();
	await expect(explorer(page).getByRole('group', { name: LABELS.via.legend })).toContainText('Only for the backend pattern');
	await expect(currentHop(page)).toContainText(buildHops(privateApi)[0]!.title);
});

test('a shared address restores the view and the hop', async ({ page }) => {
	const config: Configuration = { pattern: 'backend', via: 'rest-api' };
	const hops = buildHops(config);
	await openExplorer(page, toSearch(config, 4));
	await expect(explorer(page).getByRole('radio', { name: LABELS.via.values['rest-api'], exact: true })).toBeChecked();
	await expect(currentHop(page)).toContainText(hops[4]!.title);
	await expect(packetAt(page)).toHaveAttribute('data-node', hops[4]!.to);
	await expect(explorer(page).getByRole('status')).not.toContainText('could not be used');
});

test('a bad address shows a plain notice, falls back and injects nothing', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	await openExplorer(
		page,
		`?pattern=${encodeURIComponent('<img src=x onerror=alert(1)>')}&via=http-api&via=rest-api&step=${encodeURIComponent('<script>alert(2)</script>')}`,
	);
	const notice = explorer(page).getByRole('status');
	await expect(notice).toContainText('The link you followed could not be used in full.');
	await expect(notice).toContainText(LABELS.pattern.legend);
	await expect(notice).toContainText(LABELS.via.legend);
	await expect(notice).toContainText('The link’s value for “Hop” is not a whole number, so it shows 1.');
	await expect(explorer(page).getByRole('radio', { name: LABELS.pattern.values.backend, exact: true })).toBeChecked();
	await expect(explorer(page).getByRole('radio', { name: LABELS.via.values['http-api'], exact: true })).toBeChecked();
	await expect(currentHop(page)).toContainText(buildHops(DEFAULT_CONFIGURATION)[0]!.title);
	// The only script is the page's own data for the opening view, which browsers never run.
	expect(await page.locator('[data-cross-account-explorer] img, [data-cross-account-explorer] script:not([type="application/json"])').count()).toBe(0);
	const html = await explorer(page).innerHTML();
	expect(html).not.toContain('onerror');
	expect(html).not.toContain('alert(');
	expect(dialogs).toBe(0);

	// The notice can be dismissed, and the explorer then rewrites the address with valid values.
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).not.toContainText('could not be used');
	await expect(page).toHaveURL(/[?&]pattern=backend&via=http-api&step=1(&|$)/);
});

test('a hop the path does not have starts at hop 1 with a notice', async ({ page }) => {
	await openExplorer(page, '?pattern=private-api&step=99');
	const hops = buildHops({ pattern: 'private-api', via: 'http-api' }).length;
	await expect(explorer(page).getByRole('status')).toContainText(`The link’s value for “Hop” is outside the range the explorer accepts (1 to ${hops}), so it shows 1.`);
	await expect(explorer(page).getByRole('radio', { name: LABELS.pattern.values['private-api'], exact: true })).toBeChecked();
});

test('on a phone the accounts stand in two columns, labels stay readable and nothing scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openExplorer(page);
	// Nothing in the island is wider than the island, and the island fits the screen.
	const box = (await explorer(page).boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(390);
	expect(await explorer(page).evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
	await expect(explorer(page).locator('.explorer-diagram__canvas--tall')).toBeVisible();
	await expect(explorer(page).locator('.explorer-diagram__canvas--wide')).toBeHidden();
	// The consumer account is drawn left of the provider account, each in its own column.
	const textBox = async (name: string) => (await diagram(page).locator('text', { hasText: name }).first().boundingBox())!;
	const [consumer, provider] = [await textBox('API account'), await textBox('Provider account')];
	expect(provider.x).toBeGreaterThan(consumer.x + consumer.width);
	// Component labels render at 12px or more on screen, though the drawing shares the window with
	// the player, the step panel and the chapter's bar of contents (see explorer-stage.spec.ts).
	const fontSize = await diagram(page).locator('.cross-account-diagram__label').first().evaluate((text) => {
		const svg = text.closest('svg')!;
		return (parseFloat(getComputedStyle(text).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
	});
	expect(fontSize).toBeGreaterThanOrEqual(12);
	await explorer(page).getByRole('button', { name: 'Next', exact: true }).click();
	await expect(currentHop(page)).toContainText(buildHops(DEFAULT_CONFIGURATION)[1]!.title);
});

test('on a desktop the two accounts sit side by side, with labels a reader can still read', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openExplorer(page);
	await expect(explorer(page).locator('.explorer-diagram__canvas--wide')).toBeVisible();
	await expect(explorer(page).locator('.explorer-diagram__canvas--tall')).toBeHidden();
	const box = async (name: string) => (await diagram(page).locator('text', { hasText: name }).first().boundingBox())!;
	const [consumer, provider] = [await box('API account (consumer)'), await box('Provider account')];
	expect(provider.x).toBeGreaterThan(consumer.x + consumer.width);
	expect(Math.abs(provider.y - consumer.y)).toBeLessThan(5);
	// Text of 21 units in a 1,000-unit drawing: at least 13 CSS px in the chapter's column.
	const fontSize = await diagram(page).locator('.cross-account-diagram__label').first().evaluate((text) => {
		const svg = text.closest('svg')!;
		return (parseFloat(getComputedStyle(text).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
	});
	expect(fontSize).toBeGreaterThanOrEqual(13);
});

test('with reduced motion the packet jumps between hops instead of travelling', async ({ browser }) => {
	const context = await browser.newContext({ reducedMotion: 'reduce' });
	const page = await context.newPage();
	await openExplorer(page);
	const packet = diagram(page).locator('.packet');
	expect(await packet.evaluate((el) => getComputedStyle(el).transitionDuration)).toMatch(/^0s(, 0s)*$/);
	await context.close();
});

const fillOf = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).fill);

test('axe finds no violation in any configuration, light theme, and no contrast problem in the dark theme', async ({ page }) => {
	// One page load; the choices are clicked in the page from one configuration to the next (a
	// private API leaves the API choice disabled, so its three configurations show one view).
	await openInTheme(page, '/embed/cross-account/', 'light');
	await expect(explorer(page)).toHaveAttribute('data-hydrated', 'true');
	for (const config of allConfigurations()) {
		await clickChoices(explorer(page), [
			[LABELS.pattern.legend, LABELS.pattern.values[config.pattern]],
			[LABELS.via.legend, LABELS.via.values[config.via]],
		]);
		const name = `${config.pattern}/${config.via}`;
		expect(await axeViolations(page, { include: '[data-cross-account-explorer]' }), `${name}, light`).toEqual([]);
		await switchTheme(page, 'dark');
		expect(await axeViolations(page, { include: '[data-cross-account-explorer]', rules: CONTRAST_RULES }), `${name}, dark`).toEqual([]);
		await switchTheme(page, 'light');
	}
});

for (const theme of ['light', 'dark'] as const) {
	test(`the drawing's text keeps a 4.5:1 contrast, ${theme} theme`, async ({ page }) => {
		await openInTheme(page, '/embed/cross-account/', theme);
		await expect(explorer(page)).toHaveAttribute('data-hydrated', 'true');
		const svg = diagram(page);
		for (const node of await svg.locator('g.node').all()) {
			const [text, box] = await Promise.all([fillOf(node.locator('text')), fillOf(node.locator('rect.node__box'))]);
			expect(contrast(text, box), `${await node.getAttribute('data-node')}: ${text} on ${box}`).toBeGreaterThanOrEqual(4.5);
		}
		// Each area's name and ID on its own fill, and each connection's label on its pill.
		for (const group of await svg.locator('g.cross-account-area, g.edge-label').all()) {
			const rect = await fillOf(group.locator('rect'));
			for (const text of await group.locator('text').all()) expect(contrast(await fillOf(text), rect), `${await text.textContent()}: ${rect}`).toBeGreaterThanOrEqual(4.5);
		}
	});
}

test('every hop’s “Learn more” link lands on a page, and on a section that exists', async ({ request }) => {
	const targets = new Set(allConfigurations().flatMap((config) => buildHops(config).map((hop) => hop.learnMore.href)));
	for (const href of targets) {
		const [path, anchor] = href.split('#');
		const response = await request.get(path!);
		expect(response.ok(), href).toBe(true);
		if (anchor) expect(await response.text(), href).toContain(`id="${anchor}"`);
	}
});
