import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { RenderCache } from './cache.ts';
import { svgIdOf } from './diagram-service.ts';
import { figureHtml } from './figure.ts';
import { mermaidDiagrams } from './index.ts';
import { MERMAID_VERSION } from './renderer.ts';
import { standaloneSvg } from './standalone.ts';

// A real diagram from the committed cache stands in for a render, so no browser is needed.
const realSvg = readFileSync(new URL('../../../content/mermaid-cache/6cec93bd7efec8453337c859.svg', import.meta.url), 'utf8');
const realId = /id="([^"]+)"/.exec(realSvg)![1]!;
const withId = (id: string) => realSvg.replaceAll(realId, id);

// The cached SVG, not this source, decides the title: "REST API request paths through VPC link V2 and V1".
const source = 'flowchart LR\n  accTitle: REST API request paths\n  accDescr: Paths.\n  a --> b';
const markdown = ['# Demo', '', '```mermaid', source, '```', ''].join('\n');

const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger, label: 'test', options: {} };

/** A project folder whose render cache already holds the page's diagram, a diagram only a reused page shows, and a stale one. */
function project() {
	const root = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'mermaid-project-'))}/`);
	const cacheDir = new URL('content/mermaid-cache/', root);
	const cache = new RenderCache(join(root.pathname, 'content/mermaid-cache'), MERMAID_VERSION);
	const key = cache.key(source);
	cache.write(key, withId(svgIdOf(key)));
	const reusedKey = 'abcdef0123456789abcdef01';
	cache.write(reusedKey, withId(svgIdOf(reusedKey)));
	cache.write('0000000000000000000000ff', withId(svgIdOf('0000000000000000000000ff')));
	return { root, cacheDir, key, reusedKey };
}

const hook = <T,>(fn: unknown) => fn as (params: T) => unknown;

describe('mermaidDiagrams integration', () => {
	test('serves the standalone files in dev under the base, and writes them into the build output', async () => {
		const { root, cacheDir, key, reusedKey } = project();
		const diagrams = mermaidDiagrams({ root, cacheDir });
		const { hooks } = diagrams.integration;
		await hook<object>(hooks['astro:config:setup'])({ config: { base: '/guides/x' }, logger });

		const { html } = await markdownToHtml(markdown, {
			mdastPlugins: [diagrams.mdastPlugin],
			fileURL: new URL('content/chapters/demo.mdx', root),
		});
		const lightUrl = '/guides/x/diagrams/chapters/demo/rest-api-request-paths-through-vpc-link-v2-and-v1-light.svg';
		expect(html).toContain(`data-light="${lightUrl}"`);
		expect(diagrams.files.get('diagrams/chapters/demo/rest-api-request-paths-through-vpc-link-v2-and-v1-dark.svg')).toBe(standaloneSvg(withId(svgIdOf(key)), 'dark'));

		// Dev: the middleware answers the URL the figure links to.
		let middleware: ((req: unknown, res: ServerResponse, next: () => void) => void) | undefined;
		await hook<object>(hooks['astro:server:setup'])({ server: { middlewares: { use: (fn: typeof middleware) => (middleware = fn) } }, logger });
		let served = '';
		let type: unknown;
		middleware!(
			{ url: lightUrl.replace('/guides/x', ''), originalUrl: lightUrl, method: 'GET' },
			{ writeHead: (_status: number, headers: Record<string, unknown>) => (type = headers['Content-Type']), end: (body: string) => (served = body) } as never,
			() => {},
		);
		expect(type).toBe('image/svg+xml; charset=utf-8');
		expect(served).toBe(diagrams.files.get('diagrams/chapters/demo/rest-api-request-paths-through-vpc-link-v2-and-v1-light.svg'));

		// Build: one page compiled in this process, one reused from Astro's content cache.
		const outDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'mermaid-dist-'))}/`);
		mkdirSync(new URL('chapters/demo/', outDir), { recursive: true });
		writeFileSync(new URL('chapters/demo/index.html', outDir), `<html><body>${html}</body></html>`);
		mkdirSync(new URL('glossary/', outDir));
		const reusedFigure = figureHtml(withId(svgIdOf(reusedKey)), svgIdOf(reusedKey), 'Reused', {
			title: 'Reused',
			light: '/guides/x/diagrams/glossary/reused-light.svg',
			dark: '/guides/x/diagrams/glossary/reused-dark.svg',
			width: 512,
			height: 719,
		});
		writeFileSync(new URL('glossary/index.html', outDir), `<html><body>${reusedFigure}</body></html>`);

		await hook<object>(hooks['astro:build:done'])({ dir: outDir, logger, pages: [], routes: [] });
		const written = (path: string) => readFileSync(new URL(path, outDir), 'utf8');
		expect(written('diagrams/chapters/demo/rest-api-request-paths-through-vpc-link-v2-and-v1-light.svg')).toBe(served);
		expect(written('diagrams/chapters/demo/rest-api-request-paths-through-vpc-link-v2-and-v1-dark.svg')).toContain('role="img"');
		expect(written('diagrams/glossary/reused-dark.svg')).toBe(standaloneSvg(withId(svgIdOf(reusedKey)), 'dark'));
		expect(existsSync(new URL('diagrams/glossary/reused-light.svg', outDir))).toBe(true);

		// The cache keeps what the compiled and the reused page show, and drops the rest.
		expect(readdirSync(cacheDir).sort()).toEqual([`${key}.svg`, `${reusedKey}.svg`].sort());
	});
});
