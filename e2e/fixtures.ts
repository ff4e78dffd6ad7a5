import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';

/**
 * What every end-to-end spec shares: where the build is, how to open a page in a theme, how to
 * ask axe, and how to read a built page without a browser. One module, so that a check is
 * written once and every spec asks it the same way.
 */

/** The root build `npm test` makes, served by Playwright's web server at the base URL. */
export const DIST = new URL('../dist/', import.meta.url).pathname;
/** Where the root build says it lives (`SITE_URL` in scripts/test.ts). */
export const SITE = 'http://localhost:4322';
export const CHAPTER_1 = '/chapters/01-mastering-private-integrations/';

// --- The built site, read from dist/ ------------------------------------------------------------

/** Every page of the built site, as URL paths ('/', '/chapters/…/', '/404.html'), sorted. */
export function builtPages(): string[] {
	const pages = readdirSync(DIST, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !relative(DIST, entry.parentPath).startsWith('pagefind'))
		.map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
		.map((url) => (url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url));
	expect(pages.length, 'no pages in dist/: build the site first').toBeGreaterThan(0);
	return pages.sort();
}

/**
 * The pages a browser test opens one by one: every page, but of the templates pages (one
 * component, eighteen setups' data, which the unit tests check file by file) only the two with the
 * most and the fewest parts, a private REST API to ECS and an HTTP API to Cloud Map and EC2.
 */
export const sweptPages = () =>
	builtPages().filter((path) => !/^\/templates\/.+\//.test(path) || path === '/templates/rest-api-v2-alb-ecs-private/' || path === '/templates/http-api-v2-cloud-map-ec2/');

/** The chapter pages, in reading order. */
export const builtChapters = () => builtPages().filter((path) => path.startsWith('/chapters/'));

/** Pages a reader shares and search engines index: not the 404 page, not the embed pages. */
export const guidePages = () => builtPages().filter((path) => path !== '/404.html' && !path.startsWith('/embed/'));

/** The HTML file behind a URL path of the root build. */
export const htmlOf = (path: string): string => readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');

/**
 * The Content-Security-Policy header every page address of a build must be sent with, read from
 * the pages themselves: the page's <meta> policy plus frame-ancestors, `*` for the embed pages and
 * `'self'` for the rest. Keys are URL paths under `base`, a folder's page under both of its
 * addresses (`/x/` and `/x/index.html`).
 */
export function pagePolicies(dist: string, base = '/'): Map<string, string> {
	const policies = new Map<string, string>();
	for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/');
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
		expect(meta, `${file} has its policy as a <meta>`).toBeTruthy();
		const policy = `${meta}; frame-ancestors ${/^embed\/[^/]+\/index\.html$/.test(file) ? '*' : "'self'"}`;
		policies.set(`${base}${file}`, policy);
		if (entry.name === 'index.html') policies.set(`${base}${file.slice(0, -'index.html'.length)}`, policy);
	}
	return policies;
}

/** A built page as a DOM (linkedom, no browser): for facts that are in the HTML itself. */
export function documentOf(path: string): Document {
	return parseHTML(htmlOf(path)).document as unknown as Document;
}

// --- Opening pages --------------------------------------------------------------------------------

export type Theme = 'light' | 'dark';

/**
 * Opens a page already in a theme: a guide page as a returning reader whose choice is stored, an
 * embed page (which has no theme menu) through its `theme` parameter. Returns once the page has
 * loaded: on a busy machine the longest chapters take a moment to parse.
 */
export async function openInTheme(page: Page, path: string, theme: Theme): Promise<void> {
	const embed = new URL(path, SITE).pathname.includes('/embed/');
	if (!embed) await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(embed ? `${path}${path.includes('?') ? '&' : '?'}theme=${theme}` : path, { waitUntil: 'load' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Switches the theme of the open page the way its reader would: through Starlight's theme menu on
 * a guide page, and on an embed page (which has no menu) by setting it on the root as the host's
 * theme message does.
 */
export async function switchTheme(page: Page, theme: Theme): Promise<void> {
	const menu = page.locator('starlight-theme-select select').filter({ visible: true }).first();
	if ((await menu.count()) > 0) await menu.selectOption(theme);
	else await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Brings every island into view and points at it, then waits until each has hydrated: chapter
 * islands load `client:visible`, the landing page's `client:interaction` (when a reader reaches
 * for it). The pointer rests on the island's top corner, on its title, where it changes nothing.
 */
export async function hydrateIslands(page: Page): Promise<void> {
	for (const island of await page.locator('.island').all()) {
		await island.scrollIntoViewIfNeeded();
		await island.hover({ position: { x: 1, y: 1 } });
		await expect(island).toHaveAttribute('data-hydrated', 'true');
	}
}

/**
 * Records what a reader would see go wrong while a page is open: console errors, script errors,
 * failed or refused requests, and Content-Security-Policy violations. Call before the page loads;
 * the returned function lists what happened so far.
 */
export async function recordProblems(page: Page): Promise<() => Promise<string[]>> {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
	page.on('response', (response) => {
		// The page itself may be the 404 page, served with its status.
		if (response.status() >= 400 && response.url() !== page.url()) problems.push(`${response.status()}: ${response.url()}`);
	});
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}`));
	});
	return async () => [
		...problems,
		...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).map((v) => `CSP violation: ${v}`),
	];
}

// --- Accessibility --------------------------------------------------------------------------------

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The rules whose outcome depends on colours alone. Switching the theme changes only colours
 * (the sweep checks that the DOM stays the same), so the dark theme needs only these.
 */
export const CONTRAST_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * How long a page's first search may take to show its results: search loads its interface, its
 * WebAssembly and the index's first chunks only then, and with the other worker's browser busy on a
 * two-core machine that has taken more than the default five seconds (a CI run). Still a wait for
 * the results themselves, well inside a test's 60 s.
 */
export const FIRST_SEARCH = { timeout: 15_000 };

export interface AxeScope {
	/** A selector to scan instead of the whole page (an island, a dialog). */
	include?: string;
	/** Only these rules (for example CONTRAST_RULES), instead of WCAG 2.2 AA and best practices. */
	rules?: string[];
}

/**
 * axe's violations on the page as it is now, one line each (`rule: elements`).
 *
 * axe-core runs inside the page, reporting violations only. Not through @axe-core/playwright:
 * its default mode ships a record of every node every rule touched to Node and back (about
 * 10 MB on a long chapter), and even its in-page mode evaluates axe's 550 KB anew on every scan.
 * Here axe is evaluated once per page load (through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern) and then asked as often as a test likes. Frames are
 * not entered: each embed page is scanned on its own.
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const restore = await renderAllSections(page);
	const violations = await page.evaluate(
		async ({ include, rules, tags }) => {
			const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
			const results = await axe.run(include ? { include: [include] } : document, {
				resultTypes: ['violations'],
				iframes: false,
				runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
				// An experimental rule that flags Starlight's search button: its name is "Search", and
				// the keyboard hint beside the word ("Ctrl K") counts as visible label text. The word a
				// speech user would say, "Search", is in the name.
				rules: rules ? {} : { 'label-content-name-mismatch': { enabled: false } },
			});
			return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		},
		{ include: scope.include, rules: scope.rules, tags: WCAG_TAGS },
	);
	await restore();
	return violations;
}

/**
 * Renders every section of the page now, as a reader scrolling through it would, and returns how
 * to hand them back to the browser. A section far from the screen is not rendered
 * (content-visibility: auto), so it has no boxes: nothing to measure for target sizes, contrast
 * or width until then. Set through the CSSOM, which the page's Content-Security-Policy allows.
 */
export async function renderAllSections(page: Page): Promise<() => Promise<void>> {
	await page.evaluate(() => document.querySelectorAll<HTMLElement>('.page-section').forEach((section) => (section.style.contentVisibility = 'visible')));
	return () => page.evaluate(() => document.querySelectorAll('.page-section').forEach((section) => section.removeAttribute('style')));
}

// --- Colour -----------------------------------------------------------------------------------------

/** WCAG contrast ratio of two CSS `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
	const luminance = (rgb: string) => {
		const [r, g, b] = rgb
			.match(/[\d.]+/g)!
			.slice(0, 3)
			.map((v) => {
				const c = Number(v) / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Sets an island's radio choices in the page itself, each as a click on its input, with no round
 * trip per choice: for tests that go through many configurations on one page load. A group is
 * found by its legend and a choice by its label; a choice already made is left alone. React
 * renders a click's change before the click returns, but an explorer may first have to load the
 * code that works out a new setup (its stage says it is busy meanwhile): this waits until it has
 * shown the setup chosen.
 */
export async function clickChoices(island: Locator, choices: Array<[legend: string, label: string]>): Promise<void> {
	await island.evaluate((root, choices) => {
		for (const [legend, label] of choices) {
			const group = [...root.querySelectorAll('fieldset')].find((set) => set.querySelector('legend')?.textContent?.trim().startsWith(legend));
			const input = [...(group?.querySelectorAll('label') ?? [])].find((l) => l.textContent?.trim() === label)?.control as HTMLInputElement | null | undefined;
			if (!input) throw new Error(`No choice “${label}” under “${legend}”`);
			if (!input.checked && !input.disabled) input.click();
		}
	}, choices);
	await expect(island.locator('[aria-busy="true"]')).toHaveCount(0);
}

/**
 * Makes every request for the built chunk `name` (e.g. "plan-view", whatever its hash) fail, as a
 * reader offline or on a page a new deploy has left behind would find it. Returns the list of
 * those requests, which grows as the page asks.
 */
export async function failChunk(page: Page, name: string): Promise<string[]> {
	const requested: string[] = [];
	await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`), (route) => {
		requested.push(route.request().url());
		return route.abort();
	});
	return requested;
}
