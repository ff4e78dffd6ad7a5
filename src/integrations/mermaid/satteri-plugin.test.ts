import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { DiagramService } from './diagram-service.ts';
import { mermaidSatteriPlugin } from './satteri-plugin.ts';

const root = '/project';
const fileURL = pathToFileURL('/project/content/chapters/demo.mdx');

function plugin() {
	const locations: string[] = [];
	const service = new DiagramService({
		cacheDir: mkdtempSync(join(tmpdir(), 'plugin-')),
		findBrowser: () => ({ path: '/usr/bin/chromium', source: 'system' }),
		createRenderer: () => ({
			async render(_source, id, palette) {
				const fill = palette === 'light' ? '#fff' : '#000';
				return { svg: `<svg id="${id}" style="max-width: 100px;"><title id="${id}-t">Flow {a}</title><desc id="${id}-d">D</desc><style>#${id}{fill:${fill};}</style></svg>` };
			},
			async close() {},
		}),
		onRendered: ({ file, fenceLine }) => locations.push(`${file}:${fenceLine}`),
	});
	return { entry: mermaidSatteriPlugin(service, root), locations };
}

const doc = ['---', 'title: Demo', '---', '', 'Text.', '', '```mermaid', 'flowchart LR', '  a --> b', '```', '', '```js', 'let x = 1;', '```', ''].join('\n');

describe('mermaid Sätteri plugin', () => {
	test('turns a fence in Markdown into a figure with inline SVG, and leaves other code alone', async () => {
		const { entry, locations } = plugin();
		const { html } = await markdownToHtml(doc, { mdastPlugins: [entry], fileURL });
		expect(html).toMatch(/<figure class="mermaid-figure"[^>]*><div class="mermaid-figure__canvas"[^>]*><svg id="mmd-[0-9a-f]{12}"/);
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

	test('gives a diagram that appears twice on a page two different ids', async () => {
		const { entry } = plugin();
		const twice = `${doc}\n${doc.split('---\n').slice(2).join('---\n')}`;
		const { html } = await markdownToHtml(twice, { mdastPlugins: [entry], fileURL });
		const ids = [...html.matchAll(/<svg id="([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toHaveLength(2);
		expect(ids[1]).toBe(`${ids[0]}-2`);
	});
});
