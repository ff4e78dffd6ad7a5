import { expect, test, type Locator, type Page } from '@playwright/test';
import { FAULTS } from '../src/faults/catalogue.ts';
import { faultJourney, resolveFault } from '../src/faults/journey.ts';
import { inScope, type Fault } from '../src/faults/model.ts';
import { buildHops } from '../src/topology/hops.ts';
import { DEFAULT_CONFIGURATION, LABELS, type Configuration } from '../src/topology/model.ts';
import { allConfigurations, validate } from '../src/topology/rules.ts';
import { toSearch } from '../src/topology/url-state.ts';
import { axeViolations, CONTRAST_RULES, openInTheme, switchTheme } from './fixtures.ts';

/**
 * The explorer's fault mode, as a reader meets it: choosing what goes wrong replays the journey to
 * the hop where the request dies, marks it, and shows what the client gets, the traces and the
 * fix beside the drawing; the address carries the fault, and a link to one opens on that hop.
 * Which faults can happen where, and what each says, is checked without a browser
 * (src/faults/catalogue.test.ts); here, what the reader sees.
 */

const explorer = (page: Page) => page.locator('[data-topology-explorer]').first();
const faultList = (island: Locator) => island.getByRole('combobox', { name: 'What can go wrong' });
const faultPanel = (island: Locator) => island.locator('[data-fault-panel]');
const drawing = (island: Locator) => island.locator('svg[data-diagram]').filter({ visible: true });
const supported = allConfigurations().filter((config) => validate(config).valid);
/** A setup where `fault` can happen, preferring `near`. */
const setupFor = (fault: Fault, near: Configuration = DEFAULT_CONFIGURATION) => (inScope(fault.scope, near) ? near : supported.find((config) => inScope(fault.scope, config))!);
const journeyOf = (fault: Fault, config: Configuration) => faultJourney(config, buildHops(config), fault.id)!;
const byOutcome = (outcome: Fault['outcome']) => FAULTS.find((fault) => fault.outcome === outcome)!;

/** Whether the visible drawing and the fault panel are both wholly in the window, below the sticky header. */
async function stageInView(island: Locator): Promise<string[]> {
	return island.evaluate((island) => {
		const header = document.querySelector('header.header')?.getBoundingClientRect().bottom ?? 0;
		const within = (element: Element | null | undefined) => {
			const box = element?.getBoundingClientRect();
			return !!box && box.height > 0 && box.top >= header - 1 && box.bottom <= window.innerHeight + 1;
		};
		const figure = [...island.querySelectorAll('svg[data-diagram]')].find((svg) => svg.getBoundingClientRect().height > 0);
		const panel = island.querySelector('[data-fault-panel]');
		return [...(within(figure) ? [] : ['the drawing']), ...(within(panel) ? [] : ['the fault panel'])];
	});
}

test('choosing a fault replays the journey to where the request dies, marks it, and shows the response, traces and fix beside the drawing; the address carries it', async ({
	page,
}) => {
	const fault = FAULTS.find((each) => each.securityGroup && inScope(each.scope, DEFAULT_CONFIGURATION))!;
	const journey = journeyOf(fault, DEFAULT_CONFIGURATION);
	const resolved = resolveFault(fault, DEFAULT_CONFIGURATION);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/explorer/');
	const island = explorer(page);
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	const list = faultList(island);
	await list.focus();
	await expect(list.locator('option', { hasText: fault.title })).toHaveCount(1);
	// Only faults that can happen in this setup are offered.
	for (const other of FAULTS.filter((each) => !inScope(each.scope, DEFAULT_CONFIGURATION))) {
		await expect(list.locator('option', { hasText: other.title })).toHaveCount(0);
	}
	await list.selectOption({ label: fault.title });

	// The journey plays from the first hop to the one where the request dies, and stops there.
	const panel = faultPanel(island);
	await expect(panel).toBeVisible();
	await expect(panel).toContainText(`The request dies here: hop ${journey.hops.length}`, { ignoreCase: true });
	await expect(panel).toContainText(fault.title);
	await expect(panel).toContainText(resolved.response.status);
	await expect(island.getByRole('button', { name: 'Play' })).toBeVisible();
	expect(await stageInView(island)).toEqual([]);
	await expect(island.locator('ol.hop-list > li')).toHaveCount(journey.hops.length);
	await expect(island.locator('.explorer__showing')).toContainText(`with a fault: ${fault.title}`);

	// The drawing marks the connection where it dies and the security group at fault.
	await expect(drawing(island).locator('[data-fault-mark]')).toHaveCount(1);
	await expect(drawing(island).locator('.security-group.is-at-fault').first()).toBeVisible();

	// The traces and the fix, one view at a time, in the same panel.
	await panel.getByRole('button', { name: 'Logs' }).click();
	await expect(panel).toContainText('$context.status');
	await expect(panel).toContainText(resolved.traces.executionLog[0]!);
	await panel.getByRole('button', { name: 'Fix', exact: true }).click();
	await expect(panel).toContainText(resolved.fix);
	await expect(panel.getByRole('link', { name: 'the entry for this symptom' })).toHaveAttribute('href', `/troubleshooting/#${fault.troubleshooting}`);
	await expect(panel.getByRole('link', { name: fault.chapter.label })).toHaveAttribute('href', `/${fault.chapter.path}`);
	await expect(panel.getByRole('link', { name: resolved.sources[0]!.title }).first()).toHaveAttribute('href', resolved.sources[0]!.url);
	await expect.poll(() => new URL(page.url()).searchParams.get('fault')).toBe(fault.id);

	// Stepping back shows the hops before as usual, with the mark still where it will die.
	await island.getByRole('button', { name: 'Previous' }).click();
	await expect(island.locator('[data-step-panel]')).toContainText(journey.hops.at(-2)!.title);
	await expect(drawing(island).locator('[data-fault-mark]')).toHaveCount(1);

	// A setup where the fault cannot happen drops it and says so; the address follows.
	await island.getByRole('group', { name: LABELS.target.legend }).getByRole('radio', { name: LABELS.target.values.nlb, exact: true }).check();
	await island.getByRole('group', { name: LABELS.link.legend }).getByRole('radio', { name: LABELS.link.values.v1, exact: true }).check();
	await expect(island.locator('.fault-control')).toContainText(`“${fault.title}” cannot happen in this setup.`);
	await expect(drawing(island).locator('[data-fault-mark]')).toHaveCount(0);
	await expect(island.locator('ol.hop-list > li')).toHaveCount(buildHops({ ...DEFAULT_CONFIGURATION, target: 'nlb', link: 'v1' }).length);
	await expect.poll(() => new URL(page.url()).searchParams.has('fault')).toBe(false);
});

test('a link to an intermittent fault opens, on a phone, on the hop where some requests die, with the drawing and the panel on screen together', async ({ page }) => {
	// One whose request gets as far as the VPC, so there are hops before the one where it dies.
	const fault = FAULTS.find((each) => each.outcome === 'intermittent' && journeyOf(each, setupFor(each)).hops.length > 2)!;
	const config = setupFor(fault);
	const journey = journeyOf(fault, config);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/explorer/${toSearch(config, 0, '', fault.id).replace(/&step=\d+/, '')}`);
	const island = explorer(page);
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	const panel = faultPanel(island);
	await expect(panel).toContainText(`Some requests die here: hop ${journey.hops.length}`, { ignoreCase: true });
	await expect(panel).toContainText(resolveFault(fault, config).which!);
	await expect(drawing(island).locator('[data-fault-mark].is-intermittent')).toHaveCount(1);
	await expect(faultList(island)).toHaveValue(fault.id);
	await expect(island.locator('.url-notice')).toHaveCount(0);
	// The list holds long titles once it has loaded: nothing may scroll sideways.
	await expect(faultList(island).locator('option')).not.toHaveCount(2);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'sideways scrolling').toBeLessThanOrEqual(0);
	await panel.scrollIntoViewIfNeeded();
	await island.getByRole('button', { name: 'Previous' }).click();
	await island.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(panel).toBeVisible();
	expect(await stageInView(island)).toEqual([]);
});

test('a hostile fault in a link changes nothing but a notice, and injects nothing', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	await page.goto(`/explorer/${toSearch(DEFAULT_CONFIGURATION, 1)}&fault=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
	const island = explorer(page);
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	await expect(island.getByRole('status')).toContainText('The link’s value for “What can go wrong” is not one the explorer knows, so it shows no fault.');
	await expect(island.locator('[data-step-panel]')).toContainText(buildHops(DEFAULT_CONFIGURATION)[1]!.title);
	await expect(island.locator('[data-fault-mark], [data-fault-panel]')).toHaveCount(0);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(await island.innerHTML()).not.toContain('onerror');
	expect(dialogs).toBe(0);
});

test('the fault view works on the embed page, and axe finds nothing in each kind of fault and each view of its panel, in both themes', async ({ page }) => {
	const first = byOutcome('fails');
	const config = setupFor(first);
	await openInTheme(page, `/embed/topology/${toSearch(config, 0, '', first.id).replace(/&step=\d+/, '')}`, 'light');
	const island = explorer(page);
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	for (const outcome of ['fails', 'intermittent', 'rejected'] as const) {
		const fault = outcome === 'fails' ? first : (FAULTS.find((each) => each.outcome === outcome && inScope(each.scope, config)) ?? byOutcome(outcome));
		if (!inScope(fault.scope, config)) continue;
		if (fault !== first) await faultList(island).selectOption({ label: fault.title });
		const panel = faultPanel(island);
		await expect(panel).toContainText(fault.title);
		// Every view once; for the other kinds of fault, what differs (their marks and the Response view).
		for (const view of outcome === 'fails' ? ['Response', 'Logs', 'Fix'] : ['Response']) {
			await panel.getByRole('button', { name: view, exact: true }).click();
			await expect(panel.getByRole('region', { name: view })).toBeVisible();
			expect(await axeViolations(page, { include: '[data-topology-explorer]' }), `${fault.id}, ${view}, light`).toEqual([]);
			await switchTheme(page, 'dark');
			expect(await axeViolations(page, { include: '[data-topology-explorer]', rules: CONTRAST_RULES }), `${fault.id}, ${view}, dark`).toEqual([]);
			await switchTheme(page, 'light');
		}
	}
	// The way out, from the panel: the journey goes through again, and the reader's place is the list.
	await faultPanel(island).getByRole('button', { name: 'Fix', exact: true }).click();
	await faultPanel(island).getByRole('button', { name: 'Fix it: back to a request that gets through' }).click();
	await expect(faultPanel(island)).toHaveCount(0);
	await expect(faultList(island)).toBeFocused();
	await expect(faultList(island)).toHaveValue('');
	await expect(island.locator('[data-fault-mark]')).toHaveCount(0);
});
