import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { DiagramError } from './diagram-error.ts';
import { DiagramFiles } from './diagram-files.ts';
import { DiagramService } from './diagram-service.ts';
import { mermaidSatteriPlugin } from './satteri-plugin.ts';

const root = '/project';
const fileURL = pathToFileURL('/project/content/chapters/demo.mdx');

/** A plugin whose "mermaid" titles each diagram from its `accTitle:` line. */
function plugin(base = '/') {
	const locations: string[] = [];
	const files = new DiagramFiles();
	const service = new DiagramService({
		cacheDir: mkdtempSync(join(tmpdir(), 'plugin-')),
		findBrowser: () => ({ path: '/usr/bin/chromium', source: 'system' }),
		createRenderer: () => ({
			async render(source, id, palette) {
				const title = /accTitle:\s*(.*)/.exec(source)?.[1] ?? 'Flow {a}';
				const fill = palette === 'light' ? '#fff' : '#000';
				return {
					svg:
						`<svg id="${id}" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 100px;" viewBox="0 0 100 50.5">` +
						`<title id="${id}-t">${title}</title><desc id="${id}-d">D</desc><style>#${id}{fill:${fill};}</style></svg>`,
				};
			},
			async close() {},
		}),
		onRendered: ({ file, fenceLine }) => locations.push(`${file}:${fenceLine}`),
	});
	const state = { base };
	return { entry: mermaidSatteriPlugin(service, root, { files, base: () => state.base }), locations, files, state };
}

const fence = (...lines: string[]) => ['```mermaid', ...lines, '```', ''];
const doc = ['---', 'title: Demo', '---', '', 'Text.', '', ...fence('flowchart LR', '  a --> b'), '```js', 'let x = 1;', '```', ''].join('\n');

describe('mermaid Sätteri plugin', () => {
	test('turns a fence in Markdown into a figure with inline SVG, and leaves other code alone', async () => {
		const { entry, locations } = plugin();
		const { html } = await markdownToHtml(doc, { mdastPlugins: [entry], fileURL });
		expect(html).toMatch(/<figure class="mermaid-figure"[^>]*><diagram-embed [^>]*>.*?<\/diagram-embed><div class="mermaid-figure__canvas"[^>]*><svg id="mmd-[0-9a-f]{12}"/);
		expect(html).toContain('<figcaption');
		expect(html).toContain('let x = 1;');
		expect(html).not.toContain('flowchart LR');
		expect(locations).toEqual(['content/chapters/demo.mdx:7']);
	});

	test('hands the figure to MDX as a string, so braces in the SVG are not read as expressions', async () => {
		const { entry } = plugin();
		const { code } = await mdxToJs(doc, { mdastPlugins: [entry], fileURL });
		expect(code).toContain('set:html');
		expect(code).toContain('Flow {a}');
	});

	test("records each diagram's light and dark standalone SVGs under diagrams/<page>/<name>", async () => {
		const { entry, files } = plugin();
		await markdownToHtml(doc, { mdastPlugins: [entry], fileURL });
		expect(files.entries().map(([path]) => path)).toEqual([
			'diagrams/chapters/demo/flow-a-dark.svg',
			'diagrams/chapters/demo/flow-a-light.svg',
		]);
		expect(files.get('diagrams/chapters/demo/flow-a-light.svg')).toContain('#mmd-');
		expect(files.get('diagrams/chapters/demo/flow-a-light.svg')).toContain('fill:#fff;');
		expect(files.get('diagrams/chapters/demo/flow-a-dark.svg')).toContain('fill:#000;');
		expect(files.get('diagrams/chapters/demo/flow-a-dark.svg')).not.toContain('var(--mmd-');
	});

	test('gives each figure a menu with URLs under the base, read when the page compiles', async () => {
		const { entry, state } = plugin();
		// The base arrives after the plugin is made, as it does from Astro's setup hook.
		state.base = '/guides/x/';
		const { html } = await markdownToHtml(doc, { mdastPlugins: [entry], fileURL });
		expect(html).toContain(
			'<diagram-embed data-kind="mermaid" data-title="Flow {a}" data-light="/guides/x/diagrams/chapters/demo/flow-a-light.svg" ' +
				'data-dark="/guides/x/diagrams/chapters/demo/flow-a-dark.svg" data-width="100" data-height="51">' +
				'<button type="button" class="figure-menu__open" aria-haspopup="menu" aria-label="Figure options" aria-describedby="',
		);
	});

	test('names diagrams on one page by their accTitles', async () => {
		const { entry, files } = plugin();
		const twoDiagrams = [...fence('flowchart LR', '  accTitle: VPC link & NLB', '  a --> b'), ...fence('flowchart LR', '  accTitle: Cloud Map', '  c --> d')].join('\n');
		await markdownToHtml(twoDiagrams, { mdastPlugins: [entry], fileURL: pathToFileURL('/project/content/index.mdx') });
		expect(files.entries().map(([path]) => path)).toEqual([
			'diagrams/index/cloud-map-dark.svg',
			'diagrams/index/cloud-map-light.svg',
			'diagrams/index/vpc-link-nlb-dark.svg',
			'diagrams/index/vpc-link-nlb-light.svg',
		]);
	});

	test('fails when two diagrams on a page get the same name, naming the file and the second fence', async () => {
		const { entry } = plugin();
		const clash = [
			'# Page',
			'',
			...fence('flowchart LR', '  accTitle: The VPC link', '  a --> b'),
			...fence('flowchart TB', '  accTitle: The VPC link!', '  c --> d'),
		].join('\n');
		const failure = markdownToHtml(clash, { mdastPlugins: [entry], fileURL });
		await expect(failure).rejects.toBeInstanceOf(DiagramError);
		await expect(failure).rejects.toThrow(/^content\/chapters\/demo\.mdx:9: mermaid diagram \(fence at line 9\): .*"the-vpc-link".*line 3 of this file/);
		await expect(failure).rejects.toThrow(/diagrams\/chapters\/demo\/the-vpc-link-light\.svg .*URLs must stay stable.*Give one of the two diagrams a different accTitle/);
	});

	test('the same diagram twice on a page is refused too, since both would have one URL', async () => {
		const { entry } = plugin();
		const twice = [...fence('flowchart LR', '  a --> b'), ...fence('flowchart LR', '  a --> b')].join('\n');
		await expect(markdownToHtml(twice, { mdastPlugins: [entry], fileURL })).rejects.toThrow(/demo\.mdx:6: .*"flow-a".*line 1 of this file/);
	});

	test('a page compiled again replaces the files it recorded before', async () => {
		const { entry, files } = plugin();
		await markdownToHtml(doc, { mdastPlugins: [entry], fileURL });
		await markdownToHtml(doc.replace('  a --> b', '  accTitle: Renamed\n  a --> b'), { mdastPlugins: [entry], fileURL });
		expect(files.entries().map(([path]) => path)).toEqual(['diagrams/chapters/demo/renamed-dark.svg', 'diagrams/chapters/demo/renamed-light.svg']);
		await markdownToHtml('No diagrams any more.', { mdastPlugins: [entry], fileURL });
		expect(files.size).toBe(0);
	});

	test('Markdown compiled without a file gets its figure but no Embed button or files', async () => {
		const { entry, files } = plugin();
		const { html } = await markdownToHtml(doc, { mdastPlugins: [entry] });
		expect(html).toContain('<figure class="mermaid-figure"');
		expect(html).not.toContain('diagram-embed');
		expect(files.size).toBe(0);
	});
});
