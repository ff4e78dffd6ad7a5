import { expect, test, type Page } from '@playwright/test';
import { SUB_PATH, SUB_PATH_ORIGIN } from '../scripts/sub-path.ts';
import { buildHops as crossAccountHops } from '../src/cross-account/hops.ts';
import { DEFAULT_CONFIGURATION as CROSS_ACCOUNT_DEFAULT } from '../src/cross-account/model.ts';
import { EMBEDDABLE_ISLANDS, ISLAND_KINDS, type IslandKind } from '../src/embed/islands.ts';
import { RESIZE_MESSAGE, THEME_MESSAGE } from '../src/embed/messages.ts';
import { EMBED_REFERRER_POLICY, EMBED_SANDBOX } from '../src/embed/snippets.ts';
import { NUMBER_SPECS } from '../src/scaling/model.ts';
import { buildHops as topologyHops } from '../src/topology/hops.ts';
import { DEFAULT_CONFIGURATION as TOPOLOGY_DEFAULT } from '../src/topology/model.ts';
import { CrossOriginHost, htmlPage } from './cross-origin-host.ts';
import { documentOf, SITE } from './fixtures.ts';

/**
 * The embed pages, on their own and inside a page of another site: a host page on another
 * origin (127.0.0.1 and its own port; the site is on localhost:4322) frames them the way the
 * Embed dialog's snippet does, with or without the resize script, and a stranger's frame on a
 * third origin tries to talk to them.
 */

const HOPS: Record<IslandKind, number> = {
	topology: topologyHops(TOPOLOGY_DEFAULT).length,
	scaling: 0,
	'cross-account': crossAccountHops(CROSS_ACCOUNT_DEFAULT).length,
};
const embedPath = (kind: IslandKind, search = '') => `/${EMBEDDABLE_ISLANDS[kind].embedPath}${search}`;

function iframe(src: string, height = 300): string {
	return `<iframe id="embed" src="${src}" title="Embedded diagram" width="100%" height="${height}" style="border: 0" loading="lazy" sandbox="${EMBED_SANDBOX}" referrerpolicy="${EMBED_REFERRER_POLICY}"></iframe>`;
}
const RESIZE_SCRIPT = `<script src="${SITE}/embed/resize.js" defer></script>`;

const frameHeight = (page: Page) => page.locator('#embed').evaluate((frame) => Math.round(frame.getBoundingClientRect().height));

test.describe('embedded in a page of another site', () => {
	const host = new CrossOriginHost();
	const stranger = new CrossOriginHost();
	test.beforeAll(async () => {
		await Promise.all([host.start(), stranger.start()]);
	});
	test.afterAll(async () => {
		await Promise.all([host.stop(), stranger.stop()]);
	});

	for (const kind of ISLAND_KINDS) {
		test(`${kind}: the diagram renders, the frame fits its content and refits when it changes size, and the host's theme message switches it`, async ({ page }) => {
			const url = host.serve(`/${kind}.html`, htmlPage('Host page', `<h1>Our wiki</h1>${iframe(`${SITE}${embedPath(kind, '?theme=dark')}`)}${RESIZE_SCRIPT}`));
			await page.goto(url);
			const frame = page.frameLocator('#embed');
			await expect(frame.locator('.island')).toHaveAttribute('data-hydrated', 'true');
			await expect(frame.locator('svg[data-diagram]').first()).toBeVisible();

			// Fits: the frame grows from its 300 pixels to exactly its content's height.
			const contentHeight = () => frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
			await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
			expect(await frameHeight(page)).toBeGreaterThan(600);

			const html = frame.locator('html');
			await expect(html).toHaveAttribute('data-theme', 'dark');
			await page.evaluate((message) => document.querySelector('iframe')!.contentWindow!.postMessage(message, '*'), { type: THEME_MESSAGE, theme: 'light' });
			await expect(html).toHaveAttribute('data-theme', 'light');

			// Refits: a narrower frame wraps more text, so the content grows, and the frame with it.
			const before = await frameHeight(page);
			await page.setViewportSize({ width: 420, height: 800 });
			await expect.poll(() => frameHeight(page)).toBeGreaterThan(before);
			await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
		});
	}

	// One host page, two frames the host sized itself: one without the resize script, one that may not run scripts.
	test('without the resize script a frame keeps its height, and in a frame that may not run scripts the embed still shows its diagram and every hop as text', async ({ page }) => {
		const url = host.serve(
			'/fixed.html',
			htmlPage(
				'Host page',
				`${iframe(`${SITE}${embedPath('topology')}`, 480).replace('id="embed"', 'id="fixed"')}` +
					`<iframe id="no-scripts" src="${SITE}${embedPath('cross-account')}" title="Embedded diagram without scripts" width="100%" height="900" style="border: 0" sandbox="allow-same-origin"></iframe>`,
			),
		);
		await page.goto(url);
		const heightOf = (id: string) => page.locator(`#${id}`).evaluate((frame) => Math.round(frame.getBoundingClientRect().height));

		await expect(page.frameLocator('#fixed').locator('.island')).toHaveAttribute('data-hydrated', 'true');
		expect(await heightOf('fixed')).toBe(480);

		const frame = page.frameLocator('#no-scripts');
		await expect(frame.locator('svg[data-diagram]').first()).toBeVisible();
		await expect(frame.locator('ol.hop-list > li')).toHaveCount(HOPS['cross-account']);
		await expect(frame.locator('.island')).not.toHaveAttribute('data-hydrated', 'true');
		expect(await heightOf('no-scripts')).toBe(900);
	});

	test('malformed messages, and messages from another origin, change nothing', async ({ page }) => {
		const rogue = stranger.serve('/rogue.html', htmlPage('A stranger', '<p>Not the host</p>'));
		const url = host.serve(
			'/guarded.html',
			htmlPage('Host page', `${iframe(`${SITE}${embedPath('topology', '?theme=dark')}`)}<iframe id="rogue" src="${rogue}" title="Someone else"></iframe>${RESIZE_SCRIPT}`),
		);
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(url);
		const frame = page.frameLocator('#embed');
		await expect(frame.locator('.island')).toHaveAttribute('data-hydrated', 'true');
		await expect.poll(() => frameHeight(page)).toBeGreaterThan(600);
		const height = await frameHeight(page);
		const rogueHeight = await page.locator('#rogue').evaluate((element) => element.getBoundingClientRect().height);

		// Nothing should happen, so the test counts the messages as they arrive, after the site's own
		// listeners (registered when the pages loaded) have handled each one.
		const embedFrame = page.frames().find((f) => f.url().startsWith(`${SITE}/embed/`))!;
		const countMessages = (onlyHeight: number | null) => {
			const counter = window as unknown as { __messages: number };
			counter.__messages = 0;
			addEventListener('message', (event) => {
				if (onlyHeight === null || (event.data as { height?: number } | null)?.height === onlyHeight) counter.__messages++;
			});
		};
		// Every message to the embed; only the stray resize messages (height 40) to the host page.
		await embedFrame.evaluate(countMessages, null);
		await page.evaluate(countMessages, 40);
		const arrived = (where: { evaluate: Page['evaluate'] }) => where.evaluate(() => (window as unknown as { __messages: number }).__messages);

		// From the host, the embed's parent, but not the right shape.
		await page.evaluate(
			({ THEME, RESIZE }) => {
				const embed = document.querySelector<HTMLIFrameElement>('#embed')!.contentWindow!;
				for (const message of [
					'light',
					JSON.stringify({ type: THEME, theme: 'light' }),
					[THEME, 'light'],
					{ type: THEME },
					{ type: THEME, theme: 'purple' },
					{ type: THEME, theme: '<img src=x onerror=alert(1)>' },
					{ type: THEME, theme: 'light', extra: true },
					{ type: 'other:theme', theme: 'light' },
					{ type: RESIZE, height: 10 },
					null,
				]) {
					embed.postMessage(message, '*');
				}
				// A resize message from the host page itself is not from our site: its frame keeps its height.
				window.postMessage({ type: RESIZE, height: 40 }, '*');
			},
			{ THEME: THEME_MESSAGE, RESIZE: RESIZE_MESSAGE },
		);
		// From a frame on a third origin: a well-formed theme message to the embed, and a resize to the host.
		await page.frame({ url: rogue })!.evaluate(
			({ THEME, RESIZE }) => {
				window.parent.frames[0]!.postMessage({ type: THEME, theme: 'light' }, '*');
				window.parent.postMessage({ type: RESIZE, height: 40 }, '*');
			},
			{ THEME: THEME_MESSAGE, RESIZE: RESIZE_MESSAGE },
		);
		// Ten from the host and one from the stranger reached the embed; the host page got its own
		// resize message and the stranger's.
		await expect.poll(() => arrived(embedFrame)).toBe(11);
		await expect.poll(() => arrived(page)).toBe(2);
		await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await frameHeight(page)).toBe(height);
		expect(await page.locator('#rogue').evaluate((element) => element.getBoundingClientRect().height)).toBe(rogueHeight);
		await expect(frame.locator('img[src="x"]')).toHaveCount(0);
		expect(dialogs).toEqual([]);

		// The embed was listening all along: the real thing from its parent still works.
		await page.evaluate((THEME) => document.querySelector<HTMLIFrameElement>('#embed')!.contentWindow!.postMessage({ type: THEME, theme: 'light' }, '*'), THEME_MESSAGE);
		await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
	});

	// The site built under a sub-path, where an embed's address is the origin, the path and embed/.
	test('the Embedding page’s theme example, given this site’s origin and sub-path, keeps every embed of a host page in the host’s theme', async ({ page }) => {
		// The code as a reader copies it (Expressive Code's copy button ends each line with a DEL), with
		// its two settings filled in as the page says.
		const example = [...documentOf('/embedding/').querySelectorAll('[data-code]')]
			.map((button) => button.getAttribute('data-code')!.replaceAll('\u007f', '\n'))
			.find((code) => code.includes(THEME_MESSAGE) && code.includes('MutationObserver'));
		expect(example, 'the theme example on the Embedding page').toBeDefined();
		let code = example!;
		for (const [setting, value] of [
			["const EMBED_ORIGIN = 'https://diagrams.example.com';", `const EMBED_ORIGIN = '${SUB_PATH_ORIGIN}';`],
			["const EMBED_PATH = '/';", `const EMBED_PATH = '${SUB_PATH}';`],
		] as const) {
			expect(code).toContain(setting);
			code = code.replace(setting, value);
		}

		// Both embeds open dark; the host has no data-theme yet, which the example reads as light.
		const kinds = ['topology', 'scaling'] as const;
		const frames = kinds.map((kind) => iframe(`${SUB_PATH_ORIGIN}${SUB_PATH}${EMBEDDABLE_ISLANDS[kind].embedPath}?theme=dark`).replace('id="embed"', `id="${kind}"`));
		await page.goto(host.serve('/theme-example.html', htmlPage('Host page', `${frames.join('')}<script>${code}</script>`)));
		const roots = kinds.map((kind) => page.frameLocator(`#${kind}`).locator('html'));
		for (const root of roots) await expect(root).toHaveAttribute('data-theme', 'light');
		await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
		for (const root of roots) await expect(root).toHaveAttribute('data-theme', 'dark');
	});
});

/**
 * The fewest combinations of the parameters' values in which every value of each parameter meets
 * every value of each other one (all pairs): six, where every combination would be twelve. Each
 * parameter is read on its own, so a defect that needs three particular values together is far less
 * likely than one that needs two; all pairs still catch a step lost when the choices are hidden, or
 * a theme that only works with them shown.
 */
function allPairs<T extends Record<string, readonly unknown[]>>(values: T): Array<{ [K in keyof T]: T[K][number] }> {
	type Combination = { [K in keyof T]: T[K][number] };
	const names = Object.keys(values) as Array<keyof T>;
	const every = names.reduce<Combination[]>((combinations, name) => combinations.flatMap((c) => values[name]!.map((v) => ({ ...c, [name]: v }))), [{} as Combination]);
	const pairsOf = (c: Combination) => names.flatMap((a, i) => names.slice(i + 1).map((b) => JSON.stringify([a, c[a], b, c[b]])));
	const unmet = new Set(every.flatMap(pairsOf));
	const picked: Combination[] = [];
	while (unmet.size > 0) {
		const gain = (c: Combination) => pairsOf(c).filter((pair) => unmet.has(pair)).length;
		const best = every.reduce((best, c) => (gain(c) > gain(best) ? c : best));
		picked.push(best);
		for (const pair of pairsOf(best)) unmet.delete(pair);
	}
	return picked;
}

test.describe('embed parameters', () => {
	// In a 320-pixel frame, the narrowest an embed is made for: nothing may scroll sideways there,
	// with the choices shown or hidden. The reader prefers dark colours, so a light theme has to
	// come from the parameter, and `auto` has to follow the preference when it changes.
	for (const kind of ISLAND_KINDS) {
		test(`${kind}: every pair of theme, controls and step values renders as asked, and fits a 320-pixel frame`, async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 800 });
			const combinations = allPairs({ theme: ['light', 'dark', 'auto'], controls: ['0', '1'], step: HOPS[kind] > 0 ? [1, HOPS[kind]] : [undefined] } as const);
			for (const { theme, controls, step } of combinations) {
				const search = `?theme=${theme}&controls=${controls}${step ? `&step=${step}` : ''}`;
				await page.emulateMedia({ colorScheme: 'dark' });
				await page.goto(embedPath(kind, search));
				const island = page.locator('.island');
				await expect(island, search).toHaveAttribute('data-hydrated', 'true');
				const html = page.locator('html');
				await expect(html, search).toHaveAttribute('data-theme', theme === 'light' ? 'light' : 'dark');
				if (theme === 'auto') {
					await page.emulateMedia({ colorScheme: 'light' });
					await expect(html, `${search}, once the reader prefers light`).toHaveAttribute('data-theme', 'light');
				}
				await expect(page.locator('.island__controls'), search).toBeVisible({ visible: controls === '1' });
				await expect(page.locator('svg[data-diagram]:visible'), search).toHaveCount(1);
				await expect(page.locator('[data-embed-notices]'), search).toBeEmpty();
				await expect(page.locator('.url-notice'), search).toHaveCount(0);
				if (step) {
					await expect(island.locator('ol.hop-list > li[aria-current="step"]'), search).toContainText(`Hop ${step},`);
				}
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${search}: sideways scrolling`).toBeLessThanOrEqual(0);
			}
		});
	}

	for (const kind of ISLAND_KINDS) {
		test(`${kind}: junk and injection attempts fall back to the defaults with a notice`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const payload = '<img src=x onerror=alert(1)>';
			const search = `?theme=${encodeURIComponent(payload)}&controls=yes&step=999&api=${encodeURIComponent(payload)}&rps=${encodeURIComponent(payload)}&pattern=${encodeURIComponent(payload)}`;
			await page.goto(embedPath(kind, search));
			await expect(page.locator('.island')).toHaveAttribute('data-hydrated', 'true');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
			await expect(page.locator('.island__controls')).toBeVisible();
			const notice = page.locator('[data-embed-notices]');
			await expect(notice).toContainText('The link’s value for “Theme” is not one the embed knows, so it shows “Follow the reader”.');
			await expect(notice).toContainText('The link’s value for “Show the choices” is not one the embed knows, so it shows “Yes”.');
			// The island's own notice covers its own parameters.
			await expect(page.locator('.island .url-notice')).toBeVisible();
			await expect(page.locator('img[src="x"]')).toHaveCount(0);
			expect(await page.locator('body').innerText()).not.toContain('onerror');
			expect(dialogs).toEqual([]);

			await notice.getByRole('button', { name: 'Dismiss' }).click();
			await expect(notice).toBeEmpty();
		});
	}

	test('a parameter given twice with the same value is used, with no notice', async ({ page }) => {
		await page.goto(embedPath('scaling', '?rps=2000&theme=dark&rps=2000&theme=dark&controls=1&controls=1'));
		await expect(page.locator('.island')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('.island__controls')).toBeVisible();
		await expect(page.locator('.island').getByRole('spinbutton', { name: NUMBER_SPECS.rps.label, exact: true })).toHaveValue('2000');
		await expect(page.locator('[data-embed-notices]')).toBeEmpty();
		await expect(page.locator('.url-notice')).toHaveCount(0);
	});
});
