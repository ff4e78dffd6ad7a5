import { test as base, expect, type Page } from '@playwright/test';
import { SUB_PATH, SUB_PATH_DIST } from '../scripts/sub-path.ts';
import { SECURITY_HEADERS } from '../src/integrations/security/policy.ts';
import { findNginx, NGINX_INSTALL_HINT } from '../src/utils/find-nginx.ts';
import { CrossOriginHost, htmlPage } from './cross-origin-host.ts';
import { CHAPTER_1, FIRST_SEARCH, hydrateIslands, pagePolicies, recordProblems } from './fixtures.ts';
import { NginxServer } from './nginx-server.ts';

/**
 * The sub-path build served by a real nginx through the configuration the build wrote for it
 * (`_server/nginx.conf`, see nginx-server.ts), as a deployer would: every page works under the
 * headers nginx sends, every response carries exactly one policy (the page's own, or the 404
 * page's for an unknown address) and the security headers, the configuration files stay private,
 * the oEmbed files can be read from other sites, and only the embed pages can be framed by them.
 *
 * nginx must be installed (`.ci/run` installs it). Without it the tests fail in CI, which must run
 * them, and are skipped elsewhere with a message saying how to get it.
 */

const NGINX = findNginx();
const DIST = new URL(`../${SUB_PATH_DIST}/`, import.meta.url).pathname;

const test = base.extend<object, { nginx: NginxServer }>({
	nginx: [
		async ({}, use) => {
			if (!NGINX) throw new Error(`nginx is missing, and CI must run the nginx configuration the build writes. ${NGINX_INSTALL_HINT}`);
			const server = new NginxServer(NGINX, DIST, SUB_PATH);
			await server.start();
			await use(server);
			await server.stop();
		},
		{ scope: 'worker' },
	],
});

const SKIPPED = `No nginx: the tests in e2e/nginx.spec.ts, which run the nginx configuration the build writes, are skipped. ${NGINX_INSTALL_HINT}`;
test.skip(!NGINX && !process.env.CI, SKIPPED);
// Reporters list a skipped test without its reason: say it once, when Playwright loads this file to list the tests.
if (!NGINX && !process.env.CI && !process.env.TEST_WORKER_INDEX) console.warn(SKIPPED);

test('through nginx, every address gets exactly one policy, its own, and the security headers, errors and redirects too; oEmbed files are open to other sites; the configuration files are not served', async ({
	nginx,
	request,
}) => {
	const root = `${nginx.origin}${SUB_PATH}`;
	/** One response's headers, each name with all the values it was sent with. */
	const fetchHeaders = async (path: string) => {
		const response = await request.get(`${nginx.origin}${path}`, { maxRedirects: 0 });
		const headers = new Map<string, string[]>();
		for (const { name, value } of response.headersArray()) headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
		return { status: response.status(), headers, body: await response.text() };
	};
	const expectSecurityHeaders = (path: string, headers: Map<string, string[]>) => {
		for (const [name, value] of SECURITY_HEADERS) expect(headers.get(name.toLowerCase()), `${path}: ${name}`).toEqual([value]);
	};

	const policies = pagePolicies(DIST, SUB_PATH);
	expect(policies.size).toBeGreaterThan(60);
	for (const [path, policy] of policies) {
		const { status, headers } = await fetchHeaders(path);
		expect(status, path).toBe(200);
		expect(headers.get('content-security-policy'), path).toEqual([policy]);
		expectSecurityHeaders(path, headers);
	}

	// An unknown address, and the configuration files, get the 404 page with its own policy.
	const notFound = policies.get(`${SUB_PATH}404.html`)!;
	for (const path of ['no-such-page/', 'chapters/no-such-chapter/', '_headers', '_server/nginx.conf', '_server/caddy.conf', '_server/apache.conf', '_server/']) {
		const { status, headers, body } = await fetchHeaders(`${SUB_PATH}${path}`);
		expect(status, path).toBe(404);
		expect(body, path).toContain('<title>Page not found');
		expect(headers.get('content-security-policy'), path).toEqual([notFound]);
		expectSecurityHeaders(path, headers);
	}

	// A redirect and the other files: only this site may frame them; the oEmbed files may be read by any site.
	const oembeds = ['topology', 'scaling', 'cross-account'].map((kind) => `embed/${kind}/oembed.json`);
	for (const path of ['explorer', 'favicon.svg', 'embed/resize.js', ...oembeds]) {
		const { status, headers } = await fetchHeaders(`${SUB_PATH}${path}`);
		expect(status, path).toBe(path === 'explorer' ? 301 : 200);
		expect(headers.get('content-security-policy'), path).toEqual(["frame-ancestors 'self'"]);
		expect(headers.get('access-control-allow-origin'), path).toEqual(oembeds.includes(path) ? ['*'] : undefined);
		expectSecurityHeaders(path, headers);
	}
	expect((await fetchHeaders(`${SUB_PATH}explorer`)).headers.get('location')).toEqual([`${root}explorer/`]);
});

/** A setup's templates page: one component with eighteen setups' data, crawled apart from the rest to share the work between both workers. */
const isSetupPage = (path: string) => path.startsWith(`${SUB_PATH}templates/`) && path !== `${SUB_PATH}templates/`;

/**
 * Opens pages from `start` on, following links to the pages `follow` accepts, each once: every
 * one must answer 200 and hydrate its islands without a console error, a failed request or a
 * policy violation. Returns the paths of the pages it opened.
 */
async function crawl(page: Page, origin: string, start: string[], follow: (path: string) => boolean): Promise<string[]> {
	const problems = await recordProblems(page);
	const found = new Map<string, string>();
	const queue = [...start];
	const seen = new Set(queue);
	while (queue.length > 0) {
		const path = queue.shift()!;
		const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
		expect(response?.status(), path).toBe(200);
		await hydrateIslands(page);
		for (const problem of await problems()) if (!found.has(problem)) found.set(problem, path);
		const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
		for (const link of links.map((href) => new URL(href))) {
			if (link.origin === origin && /\/$|\.html$/.test(link.pathname) && follow(link.pathname) && !seen.has(link.pathname)) {
				seen.add(link.pathname);
				queue.push(link.pathname);
			}
		}
	}
	expect([...found].map(([problem, path]) => `${path}: ${problem}`)).toEqual([]);
	return [...seen].sort();
}

/** Every page of the build, each by its own address (a folder's page by the folder's). */
const builtPages = () => [...pagePolicies(DIST, SUB_PATH).keys()].filter((path) => !path.endsWith('/index.html'));

test('through nginx, every page reached from the front page loads, hydrates its islands and runs without an error or a policy violation', async ({ nginx, page }) => {
	// Pages nothing links to: the embed pages (reached through the Embed dialog) and the 404 page.
	const start = ['', 'embed/topology/', 'embed/scaling/', 'embed/cross-account/', '404.html'].map((path) => `${SUB_PATH}${path}`);
	const opened = await crawl(page, nginx.origin, start, (path) => path.startsWith(SUB_PATH) && !isSetupPage(path));
	expect(opened).toEqual(
		builtPages()
			.filter((path) => !isSetupPage(path))
			.sort(),
	);
});

test('through nginx, every setup’s templates page loads, hydrates its islands and runs without an error or a policy violation', async ({ nginx, page }) => {
	const opened = await crawl(page, nginx.origin, [`${SUB_PATH}templates/`], (path) => isSetupPage(path));
	expect(opened).toEqual(
		builtPages()
			.filter((path) => isSetupPage(path) || path === `${SUB_PATH}templates/`)
			.sort(),
	);
});

test('through nginx, search finds a chapter and opens it inside the sub-path', async ({ nginx, page }) => {
	const problems = await recordProblems(page);
	await page.goto(`${nginx.origin}${SUB_PATH}`);
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByPlaceholder('Search').fill('Hyperplane');
	const result = dialog.locator('.pagefind-ui__result-link').first();
	await expect(result).toBeVisible(FIRST_SEARCH);
	await result.click();
	await expect(page).toHaveURL(new RegExp(`^${nginx.origin}${SUB_PATH}chapters/01-`));
	expect(await problems()).toEqual([]);
});

test('through nginx, another site can frame an embed page and read its oEmbed file, but cannot frame a chapter', async ({ nginx, page }) => {
	const host = new CrossOriginHost();
	await host.start();
	try {
		const root = `${nginx.origin}${SUB_PATH}`;
		const refused = page.waitForEvent('console', (message) => message.text().includes('frame-ancestors'));
		await page.goto(
			host.serve(
				'/host.html',
				htmlPage(
					'Host page',
					`<iframe id="embed" src="${root}embed/topology/" title="Embedded explorer" width="800" height="600"></iframe>` +
						`<iframe id="chapter" src="${root}${CHAPTER_1.slice(1)}" title="A chapter" width="800" height="600"></iframe>`,
				),
			),
		);
		await expect(page.frameLocator('#embed').locator('.island')).toHaveAttribute('data-hydrated', 'true');
		// Chromium names only the origin it refused to frame; the embed from that origin is framed, so this is the chapter.
		expect((await refused).text().trim()).toBe(
			`Framing '${nginx.origin}/' violates the following Content Security Policy directive: "frame-ancestors 'self'". The request has been blocked.`,
		);
		const chapter = await (await page.locator('#chapter').elementHandle())!.contentFrame();
		await expect.poll(() => chapter!.url()).toBe('chrome-error://chromewebdata/');

		const oembed = await page.evaluate(async (url) => (await fetch(url)).json(), `${root}embed/topology/oembed.json`);
		expect(oembed).toMatchObject({ type: 'rich' });
	} finally {
		await host.stop();
	}
});
