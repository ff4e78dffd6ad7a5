import { expect, test, type Page } from '@playwright/test';
import { buildHops } from '../src/topology/hops.ts';
import { DEFAULT_CONFIGURATION, FIELDS, LABELS, type Configuration } from '../src/topology/model.ts';
import { allConfigurations, validate } from '../src/topology/rules.ts';
import { playInterval } from '../src/topology/player.ts';
import { toSearch } from '../src/topology/url-state.ts';
import { axeViolations, clickChoices, CONTRAST_RULES, failChunk, openInTheme, switchTheme } from './fixtures.ts';

const EXPLORER = '/explorer/';

const explorer = (page: Page) => page.locator('[data-topology-explorer]').first();
const hopItems = (page: Page) => explorer(page).locator('ol.hop-list > li');
const currentHop = (page: Page) => explorer(page).locator('ol.hop-list > li[aria-current="step"]');

/** Waits until the island has hydrated, so clicks reach React. */
async function openExplorer(page: Page, search = '') {
	await page.goto(`${EXPLORER}${search}`);
	await expect(explorer(page)).toHaveAttribute('data-hydrated', 'true');
}

async function choose(page: Page, legend: string, value: string) {
	await explorer(page).getByRole('group', { name: legend }).getByRole('radio', { name: value, exact: true }).check();
}

// One page load for both: from a supported setup the reader's next choice makes an unsupported one.
test('choosing options redraws the topology and rewrites the hop list; an unsupported combination explains why and offers the nearest supported setup in one click', async ({ page }) => {
	await openExplorer(page);
	await expect(hopItems(page)).toHaveCount(buildHops(DEFAULT_CONFIGURATION).length);
	const svg = explorer(page).locator('svg').first();
	await expect(svg).toContainText('Application Load Balancer');

	await choose(page, LABELS.target.legend, LABELS.target.values.nlb);
	await expect(svg).toContainText('Network Load Balancer');
	await expect(svg).not.toContainText('Application Load Balancer');

	await choose(page, LABELS.link.legend, LABELS.link.values.v1);
	await expect(svg).toContainText('VPC endpoint service');
	await expect(hopItems(page)).toHaveCount(buildHops({ ...DEFAULT_CONFIGURATION, target: 'nlb', link: 'v1' }).length);
	await expect(explorer(page).locator('ol.hop-list')).toContainText('PrivateLink');

	// Back to the Application Load Balancer, keeping V1: a VPC link V1 reaches only a Network Load Balancer.
	await choose(page, LABELS.target.legend, LABELS.target.values.alb);
	const panel = explorer(page).getByRole('region', { name: 'This combination is not supported' });
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('one Network Load Balancer');
	await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);
	// The drawing shows what was chosen, with the connection that cannot exist crossed out, and the
	// two choices that clash are marked; there is no journey to step through.
	const drawing = explorer(page).locator('svg[data-diagram]').filter({ visible: true });
	await expect(drawing).toContainText('VPC endpoint service');
	await expect(drawing).toContainText('Application Load Balancer');
	await expect(drawing.locator('.edge--crossed')).toHaveCount(1);
	for (const legend of [LABELS.link.legend, LABELS.target.legend]) {
		await expect(explorer(page).getByRole('group', { name: legend })).toContainText('(clashes)');
	}
	await expect(explorer(page).getByRole('button', { name: 'Play' })).toHaveCount(0);

	// The way out keeps the choice just made, the load balancer, and changes the VPC link back.
	await panel.getByRole('button', { name: /nearest supported/ }).click();
	await expect(panel).toBeHidden();
	await expect(explorer(page).getByRole('radio', { name: LABELS.target.values.alb, exact: true })).toBeChecked();
	await expect(explorer(page).getByRole('radio', { name: LABELS.link.values.v2, exact: true })).toBeChecked();
	await expect(hopItems(page)).toHaveCount(buildHops(DEFAULT_CONFIGURATION).length);
});

test('stepping with the buttons, the scrubber and the keyboard moves the current hop, and with reduced motion the packet jumps instead of travelling', async ({ page }) => {
	await openExplorer(page);
	const hops = buildHops(DEFAULT_CONFIGURATION);
	await expect(currentHop(page)).toContainText(hops[0]!.title);

	await explorer(page).getByRole('button', { name: 'Next', exact: true }).click();
	await expect(currentHop(page)).toContainText(hops[1]!.title);
	await expect(explorer(page)).toContainText(`Hop 2 of ${hops.length}`);
	// Into the VPC the port is no longer the client's 443, and the hop says so in words.
	const field = (name: RegExp) => {
		const term = currentHop(page).locator('.hop__packet dt').filter({ hasText: name });
		return { term, value: term.locator('xpath=following-sibling::dd[1]') };
	};
	const port = field(/^Port/);
	await expect(port.term).toHaveText('Portchanged');
	await expect(port.value).toHaveText(hops[1]!.packet.port);
	expect(hops[1]!.packet.port).not.toBe(hops[0]!.packet.port);
	// HTTPS becomes plain HTTP behind API Gateway, and the backend path's caveat sits under the fields.
	const protocol = field(/^Protocol/);
	await expect(protocol.term).toHaveText('Protocolchanged');
	await expect(protocol.value).toHaveText(hops[1]!.packet.protocol);
	await expect(currentHop(page).locator('.hop__note')).toHaveText(hops[1]!.packet.note!);
	// The step panel beside the drawing says the same in short: one sentence, the changed fields
	// marked in words, and the request as it looks on the wire, no longer wrapped in TLS.
	const panel = explorer(page).locator('[data-step-panel]');
	await expect(panel.locator('.step-panel__summary')).toContainText(hops[1]!.summary);
	await expect(panel.locator('.is-changed dt').first()).toContainText('changed');
	await panel.getByRole('button', { name: 'Wire' }).click();
	await expect(panel.locator('pre')).toHaveText(`GET ${hops[1]!.packet.path}\nHost: ${hops[1]!.packet.host}`);
	await expect(panel.locator('.wire__tls')).toHaveCount(0);
	await explorer(page).getByRole('button', { name: 'Previous', exact: true }).click();
	await expect(panel.locator('.wire__tls')).toContainText(hops[0]!.packet.tls);
	await explorer(page).getByRole('button', { name: 'Next', exact: true }).click();
	await panel.getByRole('button', { name: 'Fields' }).click();

	await explorer(page).getByRole('slider', { name: 'Hop' }).fill('4');
	await expect(currentHop(page)).toContainText(hops[3]!.title);

	await explorer(page).locator('svg').first().focus();
	await page.keyboard.press('ArrowLeft');
	await expect(currentHop(page)).toContainText(hops[2]!.title);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(currentHop(page)).toContainText(hops[4]!.title);

	// The live region tells screen reader users where the packet is.
	await expect(explorer(page).locator('[aria-live="polite"]')).toContainText(hops[4]!.title);
	// The view is in the URL.
	await expect(page).toHaveURL(new RegExp(`step=5`));

	// The packet travels between hops, unless the reader asks for reduced motion: then it jumps.
	const travel = () => explorer(page).locator('.packet').first().evaluate((el) => getComputedStyle(el).transitionDuration);
	expect(await travel()).not.toMatch(/^0s(, 0s)*$/);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	expect(await travel()).toMatch(/^0s(, 0s)*$/);
});

test('play moves at once, then at the speed the reader picks, and the visible pause stops it', async ({ page }) => {
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
	await explorer(page).getByLabel('Speed').selectOption({ label: 'Fast' });
	await page.clock.runFor(playInterval(2) + 50);
	await expect(currentHop(page)).toContainText(hops[3]!.title);
	await explorer(page).getByRole('button', { name: 'Pause' }).click();
	await page.clock.runFor(10_000);
	await expect(currentHop(page)).toContainText(hops[3]!.title);
});

test('a choice clicked before the island has hydrated is kept', async ({ page }) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/TopologyExplorer\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(EXPLORER);
	await choose(page, LABELS.api.legend, LABELS.api.values.http);
	await expect(explorer(page)).not.toHaveAttribute('data-hydrated');
	release();
	await expect(explorer(page)).toHaveAttribute('data-hydrated', 'true');
	const http = { ...DEFAULT_CONFIGURATION, api: 'http' } as const;
	await expect(explorer(page).getByRole('radio', { name: LABELS.api.values.http, exact: true })).toBeChecked();
	await expect(hopItems(page)).toHaveCount(buildHops(http).length);
	await expect(explorer(page).locator('.explorer__showing')).toContainText(LABELS.api.values.http);
	await expect(page).toHaveURL(/api=http/);
});

test('a shared URL restores the configuration and the hop', async ({ page }) => {
	const config: Configuration = { api: 'http', link: 'v2', target: 'cloudmap', compute: 'ec2', client: 'public' };
	const hops = buildHops(config);
	await openExplorer(page, toSearch(config, 2));
	await expect(explorer(page).getByRole('radio', { name: LABELS.api.values.http, exact: true })).toBeChecked();
	await expect(explorer(page).getByRole('radio', { name: LABELS.target.values.cloudmap, exact: true })).toBeChecked();
	await expect(explorer(page).getByRole('radio', { name: LABELS.compute.values.ec2, exact: true })).toBeChecked();
	await expect(currentHop(page)).toContainText(hops[2]!.title);
	await expect(explorer(page).locator('svg').first()).toContainText('Cloud Map service');
});

test('a hostile URL falls back with a visible notice and injects nothing', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	await openExplorer(page, `?api=${encodeURIComponent('<img src=x onerror=alert(1)>')}&step=${encodeURIComponent('<script>alert(2)</script>')}`);
	await expect(explorer(page).getByRole('status')).toContainText('API type');
	await expect(explorer(page).getByRole('radio', { name: LABELS.api.values.rest, exact: true })).toBeChecked();
	// The only script is the page's own data for the opening setup, which browsers never run.
	expect(await page.locator('[data-topology-explorer] img, [data-topology-explorer] script:not([type="application/json"])').count()).toBe(0);
	expect(await explorer(page).innerHTML()).not.toContain('onerror');
	expect(dialogs).toBe(0);
});

test('the code that works out other setups loads only when the reader reaches for the choices, and a failure to load it is said', async ({ page }) => {
	const requested = await failChunk(page, 'setup-view');
	await openExplorer(page);
	const island = explorer(page);
	// The setup the page opens with came whole with the page: stepping it needs nothing more.
	await island.getByRole('button', { name: 'Next', exact: true }).click();
	await expect(island.locator('[data-step-panel]')).toContainText('hop 2 of');
	expect(requested).toEqual([]);
	const httpApi = island.getByRole('radio', { name: LABELS.api.values.http, exact: true });
	await httpApi.hover();
	await expect.poll(() => requested.length).toBeGreaterThan(0);
	await httpApi.check();
	await expect(island.locator('.explorer__showing')).toContainText('Could not load: HTTP API');
	await expect(island.locator('.explorer__showing')).toContainText('reload the page');
	// The last setup stays on screen, marked busy, rather than an empty stage.
	await expect(island.locator('.explorer__stage')).toHaveAttribute('aria-busy', 'true');
	await expect(island.locator('[data-step-panel]')).toContainText('hop 2 of');
});

/**
 * The fewest configurations, picked greedily in the model's own order, that between them show
 * every feature `featuresOf` names that `alreadyRead` does not.
 */
function covering(pool: Configuration[], featuresOf: (config: Configuration) => string[], alreadyRead: Configuration[] = []): Configuration[] {
	const shown = new Set(alreadyRead.flatMap(featuresOf));
	const picked: Configuration[] = [];
	for (;;) {
		const gain = (config: Configuration) => new Set(featuresOf(config).filter((feature) => !shown.has(feature))).size;
		const best = pool.reduce<Configuration | undefined>((best, config) => (gain(config) > (best ? gain(best) : 0) ? config : best), undefined);
		if (!best) return picked;
		picked.push(best);
		for (const feature of featuresOf(best)) shown.add(feature);
	}
}

const supported = allConfigurations().filter((c) => validate(c).valid);
// What axe is shown, on the explorer's own embed page: a representative set of configurations
// (four today), not each of the 18 supported ones. The island renders each part of a setup (a
// node, a link, a hop, a clash) from the model the same way whichever other choices surround it,
// and where the parts go in each of the 48 is checked without a browser (layout.test.ts in
// src/topology). So axe needs every part in front of it once: every value of every choice in a supported setup (both API types and VPC links,
// the three targets, both backends, both client kinds, so Cloud Map, V1 and the private REST API
// endpoint), and every one of AWS's rules broken, for each way the unsupported panel can read.
// The opening setup is read on this page already, whole and in both themes, by sweep.spec.ts
// (/embed/topology/), so it counts as read. The page opens on the first of the set, from its
// address, and the others are reached with clicks, the way a reader reaches them.
const AXE_CONFIGURATIONS = [
	...covering(supported, (config) => FIELDS.map((field) => `${field}=${config[field]}`), [DEFAULT_CONFIGURATION]),
	...covering(
		allConfigurations().filter((c) => !validate(c).valid),
		(config) => {
			const validity = validate(config);
			return validity.valid ? [] : validity.problems.map((problem) => problem.fields.join('+'));
		},
	),
];

test('axe finds no violation in a representative set of configurations, both themes', async ({ page }) => {
	const EMBED = '/embed/topology/';
	await openInTheme(page, `${EMBED}${toSearch(AXE_CONFIGURATIONS[0]!, 0)}`, 'light');
	await expect(explorer(page)).toHaveAttribute('data-hydrated', 'true');
	for (const config of AXE_CONFIGURATIONS) {
		await clickChoices(explorer(page), FIELDS.map((field) => [LABELS[field].legend, (LABELS[field].values as Record<string, string>)[config[field]]!]));
		const name = Object.values(config).join('/');
		const validity = validate(config);
		if (validity.valid) {
			// The full hop list follows a change a moment after the stage: wait for it to show this setup.
			await expect(hopItems(page).first(), name).toContainText(buildHops(config)[0]!.title);
			await expect(hopItems(page), name).toHaveCount(buildHops(config).length);
		} else {
			const panel = explorer(page).getByRole('region', { name: 'This combination is not supported' });
			for (const problem of validity.problems) await expect(panel, name).toContainText(problem.message);
		}
		expect(await axeViolations(page, { include: '[data-topology-explorer]' }), `${name}, light`).toEqual([]);
		await switchTheme(page, 'dark');
		expect(await axeViolations(page, { include: '[data-topology-explorer]', rules: CONTRAST_RULES }), `${name}, dark`).toEqual([]);
		await switchTheme(page, 'light');
	}
});

// One chapter load for both: the island's code arrives only once it scrolls into view, and this
// chapter fixes the API type, which the way out of an unsupported setup must keep.
test('in a chapter the explorer loads its JavaScript only when it scrolls into view, and the way out of an unsupported setup keeps the chapter’s API type', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	await page.goto('/chapters/02-http-api-private-integrations/', { waitUntil: 'load' });
	const island = explorer(page);
	// Server-rendered, so the drawing is there before any island code runs.
	await expect(island.locator('svg').first()).toBeAttached();
	await expect(island).not.toHaveAttribute('data-hydrated', 'true');
	const before = scripts.length;

	await island.scrollIntoViewIfNeeded();
	await expect(island).toHaveAttribute('data-hydrated', 'true');
	expect(scripts.length).toBeGreaterThan(before);

	await island.getByRole('group', { name: LABELS.link.legend }).getByRole('radio', { name: LABELS.link.values.v1, exact: true }).check();
	const panel = island.getByRole('region', { name: 'This combination is not supported' });
	await panel.getByRole('button', { name: /nearest supported/ }).click();
	await expect(panel).toBeHidden();
	// The chapter fixes the API type, and says so in a line rather than a group that cannot change.
	await expect(island.locator('.choices__fixed')).toHaveText(`${LABELS.api.legend}: ${LABELS.api.values.http}, fixed in this chapter`);
	await expect(island.locator('.explorer__showing')).toContainText(LABELS.api.values.http);
	await expect(island.getByRole('radio', { name: LABELS.link.values.v2, exact: true })).toBeChecked();
});

test('every hop’s “Learn more” link lands on a section that exists', async ({ request }) => {
	const targets = new Set(supported.flatMap((config) => buildHops(config).map((hop) => hop.learnMore.href)));
	for (const href of targets) {
		const [path, anchor] = href.split('#');
		const response = await request.get(path!);
		expect(response.ok(), href).toBe(true);
		expect(await response.text(), href).toContain(`id="${anchor}"`);
	}
});
