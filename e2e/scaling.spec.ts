import { expect, test, type Page } from '@playwright/test';
import { CHECK_IDS, runChecks, verdictOf } from '../src/scaling/limits.ts';
import { CHOICE_SPECS, DEFAULT_PLAN, NUMBER_SPECS, ROUTES_LABEL, type Plan } from '../src/scaling/model.ts';
import { describePicture } from '../src/scaling/describe.ts';
import { describeBucket, runBucket } from '../src/scaling/token-bucket.ts';
import { fromPosition, toPosition } from '../src/scaling/slider-scale.ts';
import { toSearch } from '../src/scaling/url-state.ts';
import { ANNOUNCE_DELAY_MS } from '../src/components/scaling/Verdict.tsx';
import { axeViolations, CONTRAST_RULES, documentOf, failChunk, openInTheme, switchTheme } from './fixtures.ts';

/** The chapter embeds `<ScalingPlanner client:visible idPrefix="ch4" syncUrl />`. */
const CHAPTER_4 = '/chapters/04-scaling-private-integrations/';

const planner = (page: Page) => page.locator('[data-scaling-planner]').first();
const verdict = (page: Page) => planner(page).getByRole('region', { name: 'Verdict', exact: true });
const liveRegion = (page: Page) => verdict(page).locator('[aria-live="polite"]');
const numberBox = (page: Page, label: string) => planner(page).getByRole('spinbutton', { name: label, exact: true });
const slider = (page: Page, label: string) => planner(page).getByRole('slider', { name: label, exact: true });
const meter = (page: Page, id: string) => planner(page).locator(`li[data-meter="${id}"]`);
const bucket = (page: Page) => planner(page).getByRole('region', { name: 'The token bucket, modelled' });
const check = (page: Page, id: string) => planner(page).locator(`li[data-check="${id}"]`);
const headlineFor = (changes: Partial<Plan>) => verdictOf(runChecks({ ...DEFAULT_PLAN, ...changes })).headline;

const FITS = headlineFor({});
const RPS = NUMBER_SPECS.rps.label;

/** The island hydrates when it scrolls into view (client:visible); wait for that so input reaches React. */
async function openPlanner(page: Page, search = '') {
	await page.goto(`${CHAPTER_4}${search}`);
	await planner(page).scrollIntoViewIfNeeded();
	await expect(planner(page)).toHaveAttribute('data-hydrated', 'true');
}

test('the planner is in the page before any script runs, with the default verdict', () => {
	const island = documentOf(CHAPTER_4).querySelector('[data-scaling-planner]')!;
	expect(island.getAttribute('data-hydrated')).not.toBe('true');
	expect(island.querySelector('section.scaling-verdict')?.textContent).toContain(FITS);
	expect(island.querySelector('svg[role="img"]')).not.toBeNull();
	expect(island.querySelector('figure.scaling-diagram figcaption')?.textContent).toBe(describePicture(DEFAULT_PLAN));
	const checks = [...island.querySelectorAll('ol.scaling-checks > li')];
	expect(checks.map((item) => item.getAttribute('data-check'))).toEqual([...CHECK_IDS]);
	for (const item of checks) expect(item.getAttribute('data-status')).toBe('within');
	const rps = [...island.querySelectorAll('label')].find((label) => label.textContent?.trim() === RPS)!;
	expect(island.querySelector(`input[id="${rps.getAttribute('for')}"]`)?.getAttribute('value')).toBe(String(DEFAULT_PLAN.rps));
});

test('raising the steady rate past the default names the throttle quota and updates the address', async ({ page }) => {
	await openPlanner(page);
	await expect(verdict(page)).toContainText(FITS);

	await numberBox(page, RPS).fill('10000');
	// Exactly at the quota still fits.
	await expect(page).toHaveURL(/[?&]rps=10000(&|#|$)/);
	await expect(verdict(page)).toContainText(FITS);
	await expect(check(page, 'throttle')).toHaveAttribute('data-status', 'within');

	await numberBox(page, RPS).fill('12000');
	const binds = headlineFor({ rps: 12_000 });
	await expect(verdict(page)).toContainText(binds);
	await expect(check(page, 'throttle')).toContainText('12,000 requests per second is above the default of 10,000');
	await expect(meter(page, 'throttle')).toContainText('12,000 of 10,000 a second');
	await expect(verdict(page).getByRole('link', { name: /Amazon API Gateway quotas/ })).toHaveAttribute(
		'href',
		'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html',
	);
	await expect(check(page, 'throttle')).toHaveAttribute('data-status', 'binds');
	await expect(check(page, 'throttle')).toContainText('Binds');
	await expect(page).toHaveURL(/[?&]rps=12000(&|#|$)/);
	// Screen reader users hear the new verdict once it settles.
	await expect(liveRegion(page)).toHaveText(binds);

	// The address now restores the same plan.
	await page.reload();
	await planner(page).scrollIntoViewIfNeeded();
	await expect(planner(page)).toHaveAttribute('data-hydrated', 'true');
	await expect(numberBox(page, RPS)).toHaveValue('12000');
	await expect(verdict(page)).toContainText(binds);
});

test('switching the Region class and the API type moves the limits', async ({ page }) => {
	await openPlanner(page);
	await numberBox(page, RPS).fill('3000');
	await expect(verdict(page)).toContainText(FITS);
	await planner(page).getByRole('radio', { name: CHOICE_SPECS.regionClass.labels.newer, exact: true }).check();
	await expect(verdict(page)).toContainText(headlineFor({ rps: 3_000, regionClass: 'newer' }));
	await expect(check(page, 'throttle')).toContainText('2,500');
	await expect(page).toHaveURL(/[?&]region=newer(&|#|$)/);

	await planner(page).getByRole('radio', { name: CHOICE_SPECS.regionClass.labels.standard, exact: true }).check();
	await numberBox(page, NUMBER_SPECS.timeoutMs.label).fill('31000');
	await expect(check(page, 'timeout')).toHaveAttribute('data-status', 'binds');
	await planner(page).getByRole('radio', { name: CHOICE_SPECS.apiType.labels.http, exact: true }).check();
	await expect(check(page, 'timeout')).toHaveAttribute('data-status', 'blocked');
	await expect(check(page, 'timeout')).toContainText('Not allowed');
	await expect(numberBox(page, ROUTES_LABEL.http.label)).toBeVisible();
	await expect(verdict(page)).toContainText(headlineFor({ rps: 3_000, apiType: 'http', timeoutMs: 31_000 }));
});

test('a shared address with bad values shows a notice, falls back to defaults and injects nothing', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	const search =
		`?rps=1e999&burst=-5&timeout=${encodeURIComponent('<script>alert(1)</script>')}` +
		`&type=${encodeURIComponent('<img src=x onerror=alert(2)>')}&apis=4&apis=5&azs=2`;
	await openPlanner(page, search);

	const notice = planner(page).getByRole('status');
	for (const name of [RPS, NUMBER_SPECS.burst.label, NUMBER_SPECS.timeoutMs.label, CHOICE_SPECS.apiType.legend, NUMBER_SPECS.apis.label]) {
		await expect(notice).toContainText(`“${name}”`);
	}
	await expect(notice).toContainText('outside the range the planner accepts');
	await expect(notice).toContainText('not a whole number');

	// Bad values fell back; the good one (azs=2) was kept.
	await expect(numberBox(page, RPS)).toHaveValue(String(DEFAULT_PLAN.rps));
	await expect(numberBox(page, NUMBER_SPECS.burst.label)).toHaveValue(String(DEFAULT_PLAN.burst));
	await expect(numberBox(page, NUMBER_SPECS.timeoutMs.label)).toHaveValue(String(DEFAULT_PLAN.timeoutMs));
	await expect(numberBox(page, NUMBER_SPECS.apis.label)).toHaveValue(String(DEFAULT_PLAN.apis));
	await expect(numberBox(page, NUMBER_SPECS.azs.label)).toHaveValue('2');
	await expect(planner(page).getByRole('radio', { name: CHOICE_SPECS.apiType.labels.rest, exact: true })).toBeChecked();
	await expect(verdict(page)).toContainText(FITS);
	// The address now says what the planner uses: the values it fell back to, and the good one.
	const inUse = Object.fromEntries(new URLSearchParams(toSearch({ ...DEFAULT_PLAN, azs: 2 })));
	await expect.poll(() => Object.fromEntries(new URL(page.url()).searchParams)).toEqual(inUse);

	// The page's copy of the opening plan's view is data, never run (see explorer/page-data.ts).
	expect(await page.locator('[data-scaling-planner] img, [data-scaling-planner] script:not([type="application/json"])').count()).toBe(0);
	const html = await planner(page).innerHTML();
	for (const echo of ['onerror', '<script>', 'alert(', '1e999']) expect(html).not.toContain(echo);
	expect(dialogs).toBe(0);

	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toBeEmpty();
});

test('a shared address with good values restores the whole plan', async ({ page }) => {
	const plan: Plan = { ...DEFAULT_PLAN, rps: 20_000, burst: 2_000, apiType: 'http', regionClass: 'newer', azs: 2, subnetsPerAz: 2, timeoutMs: 31_000 };
	await openPlanner(page, toSearch(plan));
	await expect(planner(page).getByRole('status')).toBeEmpty();
	await expect(planner(page).getByRole('radio', { name: CHOICE_SPECS.apiType.labels.http, exact: true })).toBeChecked();
	await expect(planner(page).getByRole('radio', { name: CHOICE_SPECS.regionClass.labels.newer, exact: true })).toBeChecked();
	await expect(numberBox(page, RPS)).toHaveValue('20000');
	await expect(verdict(page)).toContainText(headlineFor(plan));
	for (const c of runChecks(plan)) await expect(check(page, c.id)).toHaveAttribute('data-status', c.status);
	// One managed-ENI marker per subnet, never a count.
	await expect(planner(page).locator('svg[role="img"] .scaling-diagram__eni')).toHaveCount(plan.azs * plan.subnetsPerAz);
	await expect(planner(page).locator('figure.scaling-diagram figcaption')).toHaveText(describePicture(plan));
	// Loading a shared plan does not speak; only changes the reader makes do.
	await expect(liveRegion(page)).toBeEmpty();
});

test('the live region announces a verdict once it settles, not every step of typing', async ({ page }) => {
	await page.clock.install();
	await openPlanner(page);
	await liveRegion(page).evaluate((node) => {
		const seen: string[] = [];
		(window as unknown as { __announced: string[] }).__announced = seen;
		new MutationObserver(() => {
			if (node.textContent) seen.push(node.textContent);
		}).observe(node, { childList: true, characterData: true, subtree: true });
	});
	const box = numberBox(page, RPS);
	const binds = headlineFor({ rps: 12_000 });
	// Over the quota and straight back: the verdict flips twice within the settling time. Each
	// verdict on screen means React has committed it and started its settling timer.
	await box.fill('12000');
	await expect(verdict(page)).toContainText(binds);
	await box.fill('1000');
	await expect(verdict(page)).toContainText(FITS);
	await page.clock.runFor(ANNOUNCE_DELAY_MS * 2);
	await expect(liveRegion(page)).toBeEmpty();

	await box.fill('12000');
	await expect(verdict(page)).toContainText(binds);
	await page.clock.runFor(ANNOUNCE_DELAY_MS);
	await expect(liveRegion(page)).toHaveText(binds);
	await box.fill('15000');
	await expect(meter(page, 'throttle')).toContainText('15,000 of 10,000');
	await page.clock.runFor(ANNOUNCE_DELAY_MS * 2);
	// The same limit still binds: nothing new to say.
	expect(await page.evaluate(() => (window as unknown as { __announced: string[] }).__announced)).toEqual([binds]);
});

test('everything works from the keyboard, with a visible focus indicator', async ({ page }) => {
	await openPlanner(page);
	const rest = planner(page).getByRole('radio', { name: CHOICE_SPECS.apiType.labels.rest, exact: true });
	await rest.focus();
	await page.keyboard.press('ArrowRight');
	await expect(planner(page).getByRole('radio', { name: CHOICE_SPECS.apiType.labels.http, exact: true })).toBeChecked();
	await expect(planner(page).getByRole('radio', { name: CHOICE_SPECS.apiType.labels.http, exact: true })).toBeFocused();
	await expect(numberBox(page, ROUTES_LABEL.http.label)).toBeVisible();

	// Tab: Region group, the Region list's disclosure, then the first number box.
	await page.keyboard.press('Tab');
	await expect(planner(page).getByRole('radio', { name: CHOICE_SPECS.regionClass.labels.standard, exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	const summary = planner(page).locator('summary');
	await expect(summary).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(planner(page).locator('details')).toHaveAttribute('open', '');
	await expect(planner(page).locator('details')).toContainText('Mexico (Central)');
	// The open disclosure's source link comes next, then the first slider (the APIs) and its number box.
	await page.keyboard.press('Tab');
	await expect(planner(page).locator('details a')).toBeFocused();
	await page.keyboard.press('Tab');
	const apis = NUMBER_SPECS.apis.label;
	await expect(slider(page, apis)).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(slider(page, apis)).toHaveAttribute('aria-valuetext', `${DEFAULT_PLAN.apis + 1} APIs`);
	await page.keyboard.press('Tab');
	await expect(numberBox(page, apis)).toBeFocused();
	await expect(numberBox(page, apis)).toHaveValue(String(DEFAULT_PLAN.apis + 1));

	// The steady rate's slider steps along its ladder of round values: one step up from the default.
	await slider(page, RPS).focus();
	await page.keyboard.press('ArrowRight');
	const stepped = fromPosition('rps', toPosition('rps', DEFAULT_PLAN.rps) + 1);
	await expect(slider(page, RPS)).toHaveAttribute('aria-valuetext', `${stepped.toLocaleString('en-US')} requests per second`);
	await page.keyboard.press('Tab');
	const rps = numberBox(page, RPS);
	await expect(rps).toBeFocused();
	await expect(rps).toHaveValue(String(stepped));
	const outline = await rps.evaluate((el) => {
		const style = getComputedStyle(el);
		return { style: style.outlineStyle, width: style.outlineWidth };
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).not.toBe('0px');

	await page.keyboard.press('ArrowUp');
	await expect(rps).toHaveValue(String(stepped + 1));
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('12000');
	await expect(verdict(page)).toContainText(headlineFor({ apiType: 'http', rps: 12_000 }));

	// A value the planner cannot use is explained next to the box, and the last good one stays in force.
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Backspace');
	await expect(rps).toHaveAttribute('aria-invalid', 'true');
	await expect(planner(page).locator('#ch4-rps-error')).toContainText('The planner still uses 12,000.');
	await expect(verdict(page)).toContainText(headlineFor({ apiType: 'http', rps: 12_000 }));

	// The verdict's link leads to the check it names.
	const toCheck = verdict(page).getByRole('link', { name: /^Read check 1/ });
	await toCheck.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#ch4-check-throttle');
	expect(await check(page, 'throttle').evaluate((el) => el.matches(':target'))).toBe(true);
	// The plan is still in the address next to the fragment.
	await expect(page).toHaveURL(/[?&]type=http(&|#|$)/);

	// Reset, by keyboard.
	const reset = planner(page).getByRole('button', { name: 'Reset to the example plan' });
	await reset.focus();
	await page.keyboard.press('Enter');
	await expect(rps).toHaveValue(String(DEFAULT_PLAN.rps));
	await expect(rps).not.toHaveAttribute('aria-invalid', 'true');
	await expect(planner(page).getByRole('radio', { name: CHOICE_SPECS.apiType.labels.rest, exact: true })).toBeChecked();
	await expect(verdict(page)).toContainText(FITS);
});

test('the verdict and the bars stay beside the plan while the reader moves its last slider', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await openPlanner(page);
	const burst = slider(page, NUMBER_SPECS.burst.label);
	await burst.scrollIntoViewIfNeeded();
	await burst.focus();
	await page.keyboard.press('End');
	await expect(numberBox(page, NUMBER_SPECS.burst.label)).toHaveValue(String(NUMBER_SPECS.burst.max));
	await expect(verdict(page)).toContainText(headlineFor({ burst: NUMBER_SPECS.burst.max }));
	await expect(meter(page, 'burst')).toContainText('binds first');
	await expect(burst).toBeInViewport();
	await expect(verdict(page)).toBeInViewport({ ratio: 1 });
	await expect(planner(page).locator('ul.scaling-meters')).toBeInViewport({ ratio: 1 });
});

test('on a phone, the verdict’s first line stays pinned above the inputs', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openPlanner(page);
	const timeout = slider(page, NUMBER_SPECS.timeoutMs.label);
	await timeout.scrollIntoViewIfNeeded();
	await timeout.focus();
	await page.keyboard.press('End');
	const pinned = planner(page).locator('.scaling-pinned');
	const first = verdictOf(runChecks({ ...DEFAULT_PLAN, timeoutMs: NUMBER_SPECS.timeoutMs.max })).first!;
	await expect(pinned).toHaveText(`${first.statusLabel}: ${first.title}`);
	await expect(pinned).toBeInViewport({ ratio: 1 });
	await expect(timeout).toBeInViewport();
	// The pinned line does not cover the slider the reader is moving.
	const [line, control] = await Promise.all([pinned.boundingBox(), timeout.boundingBox()]);
	expect(line!.y + line!.height).toBeLessThanOrEqual(control!.y);
});

test('a spike past the bucket plays the token bucket, draws the 429s and marks the burst bar; with less motion it does not move', async ({ page }) => {
	await openPlanner(page);
	const count = bucket(page).locator('[data-count]');
	await expect(count).toHaveText('lowest 4,500');
	await expect(bucket(page).locator('.scaling-bucket__throttled')).toHaveCount(0);

	await numberBox(page, NUMBER_SPECS.burst.label).fill('12000');
	await expect(bucket(page).locator('figcaption')).toHaveText(describeBucket({ ...DEFAULT_PLAN, burst: 12_000 }, runBucket({ ...DEFAULT_PLAN, burst: 12_000 })));
	await expect(bucket(page).locator('.scaling-bucket__throttled')).toHaveCount(1);
	await expect(meter(page, 'burst')).toContainText('binds first');
	await expect(meter(page, 'burst')).toContainText('12,000 of 5,000');
	// It plays: the count follows the bucket as it empties, then comes to rest at the lowest level.
	await expect(count).toHaveText(/ left$/);
	await expect(count).toHaveText('lowest 0');

	await page.emulateMedia({ reducedMotion: 'reduce' });
	await numberBox(page, NUMBER_SPECS.burst.label).fill('6000');
	await expect(bucket(page).locator('figcaption')).toContainText('1,000 of them get 429');
	// Read once, not waited for: the new run is drawn at rest in the same update as its words.
	expect(await count.textContent()).toBe('lowest 0');
	// The reader may still play it.
	await bucket(page).getByRole('button', { name: 'Play the four seconds' }).click();
	await expect(count).toHaveText(/ left$/);
});

test('the code that works out other plans loads only when the reader reaches for the inputs, and a failure to load it is said', async ({ page }) => {
	const requested = await failChunk(page, 'plan-view');
	await openPlanner(page);
	// The plan the page opens with came whole with the page.
	await expect(verdict(page)).toContainText(FITS);
	expect(requested).toEqual([]);
	const rps = numberBox(page, RPS);
	await rps.hover();
	await expect.poll(() => requested.length).toBeGreaterThan(0);
	await rps.fill('12000');
	const live = planner(page).locator('.scaling__live');
	await expect(live).toContainText('Could not load the checks for this plan. Check the connection, then reload the page.');
	// The last verdict stays on screen, marked busy, rather than an empty column.
	await expect(live).toHaveAttribute('aria-busy', 'true');
	await expect(verdict(page)).toContainText(FITS);
});

test('the planner fits a phone screen: the drawing scales and the checks reflow', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await openPlanner(page, toSearch({ ...DEFAULT_PLAN, azs: 6, subnetsPerAz: 5, apis: 50, rps: 20_000, burst: 9_000 }));
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	const svg = await planner(page).locator('svg[role="img"]').boundingBox();
	expect(svg).not.toBeNull();
	expect(svg!.x).toBeGreaterThanOrEqual(0);
	expect(svg!.x + svg!.width).toBeLessThanOrEqual(375);
	for (const item of await planner(page).locator('ol.scaling-checks > li').all()) {
		const box = await item.boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(375);
	}
});

// Two plans, each with the Region list open, in both themes: one where most checks bind, and one
// with advice and a limit that cannot be raised, opened from an address with a bad value (a
// notice) and with a field the reader has emptied (a field error). The default plan on this page
// is read whole, in both themes, by sweep.spec.ts (/embed/scaling/), so it is not read again here.
const blocked = new URLSearchParams(toSearch({ ...DEFAULT_PLAN, apiType: 'http', regionClass: 'newer', burst: 2_000, azs: 1, timeoutMs: 40_000 }));
blocked.set('apis', 'many');
// The first at desktop width, in two columns; the second at phone width, in one, under the pinned verdict line.
const PLANS: Array<{ name: string; search: string; typeInto?: string; width: number }> = [
	{ name: 'binding', search: toSearch({ ...DEFAULT_PLAN, rps: 20_000, routes: 400, azs: 3, subnetsPerAz: 4, timeoutMs: 40_000 }), width: 1280 },
	{ name: 'blocked, with a notice and a field error, on a phone', search: `?${blocked}`, typeInto: '', width: 390 },
];
test('axe finds no violation in the planner, light theme, and no contrast problem in the dark theme, at desktop and phone widths', async ({ page }) => {
	for (const plan of PLANS) {
		await page.setViewportSize({ width: plan.width, height: 844 });
		await openInTheme(page, `/embed/scaling/${plan.search}`, 'light');
		await expect(planner(page)).toHaveAttribute('data-hydrated', 'true');
		await planner(page).locator('summary').click();
		if (plan.typeInto !== undefined) {
			await expect(planner(page).getByRole('status')).toContainText(`“${NUMBER_SPECS.apis.label}”`);
			await numberBox(page, RPS).fill(plan.typeInto);
			await expect(numberBox(page, RPS)).toHaveAttribute('aria-invalid', 'true');
			await expect(check(page, 'timeout')).toHaveAttribute('data-status', 'blocked');
		}
		expect(await axeViolations(page, { include: '[data-scaling-planner]' }), `${plan.name}, light`).toEqual([]);
		await switchTheme(page, 'dark');
		expect(await axeViolations(page, { include: '[data-scaling-planner]', rules: CONTRAST_RULES }), `${plan.name}, dark`).toEqual([]);
	}
});
