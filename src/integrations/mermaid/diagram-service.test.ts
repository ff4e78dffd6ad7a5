import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiagramService, type Renderer } from './diagram-service.ts';
import { DiagramError } from './diagram-error.ts';
import type { PaletteName } from './theme.ts';

const here = { file: 'content/chapters/01.mdx', fenceLine: 12 };
const colours: Record<PaletteName, string> = { light: '#ffffff', dark: '#000000' };

/** Answers like mermaid would, counting its renders. */
class FakeRenderer implements Renderer {
	renders = 0;
	readonly answer: (palette: PaletteName, id: string) => { svg: string } | { error: string };
	constructor(answer: FakeRenderer['answer']) {
		this.answer = answer;
	}
	async render(_source: string, id: string, palette: PaletteName) {
		this.renders++;
		return this.answer(palette, id);
	}
	async close() {}
}

const goodSvg = (palette: PaletteName, id: string) => ({
	svg: `<svg id="${id}" style="max-width: 100px;"><title id="t">A title</title><desc id="d">A description</desc><style>#${id}{fill:${colours[palette]};}</style></svg>`,
});

function service(renderer: Renderer | undefined, cacheDir = mkdtempSync(join(tmpdir(), 'diagrams-'))) {
	const rendered: string[] = [];
	const instance = new DiagramService({
		cacheDir,
		findBrowser: () => (renderer ? { path: '/usr/bin/chromium', source: 'system' } : undefined),
		createRenderer: () => renderer!,
		onRendered: ({ file, fenceLine }) => rendered.push(`${file}:${fenceLine}`),
	});
	return { instance, rendered, cacheDir };
}

describe('DiagramService', () => {
	test('renders a new diagram in both palettes, stores it, and serves it from the cache afterwards', async () => {
		const renderer = new FakeRenderer(goodSvg);
		const { instance, rendered, cacheDir } = service(renderer);
		const first = await instance.diagram('flowchart LR\n a', here);
		expect(renderer.renders).toBe(2);
		expect(rendered).toEqual(['content/chapters/01.mdx:12']);
		expect(first.title).toBe('A title');
		expect(first.svg).toContain(`#${first.svgId}{fill:var(--mmd-c0);}`);
		expect(readdirSync(cacheDir)).toHaveLength(1);

		// A fresh service (a new build) with no browser at all still builds from the cache.
		const { instance: offline } = service(undefined, cacheDir);
		expect(await offline.diagram('flowchart LR\n a', here)).toEqual(first);
	});

	test('treats CRLF and LF sources as the same diagram', async () => {
		const { instance } = service(new FakeRenderer(goodSvg));
		const lf = await instance.diagram('flowchart LR\n a', here);
		const crlf = await instance.diagram('flowchart LR\r\n a', here);
		expect(crlf.svgId).toBe(lf.svgId);
	});

	test('renders a diagram once when several pages ask for it at the same time', async () => {
		const renderer = new FakeRenderer(goodSvg);
		const { instance } = service(renderer);
		await Promise.all([instance.diagram('flowchart LR\n a', here), instance.diagram('flowchart LR\n a', here)]);
		expect(renderer.renders).toBe(2);
	});

	test('a new diagram with no browser fails with the fence location and how to get a browser', async () => {
		const { instance } = service(undefined);
		const failure = instance.diagram('flowchart LR\n a', here);
		await expect(failure).rejects.toBeInstanceOf(DiagramError);
		await expect(failure).rejects.toThrow(/^content\/chapters\/01\.mdx:12: .*no Chromium was found[\s\S]*apt-get install chromium/);
	});

	test("a mermaid error fails with the fence location and mermaid's message", async () => {
		const { instance, cacheDir } = service(new FakeRenderer(() => ({ error: 'Parse error on line 2:\nExpecting NODE' })));
		await expect(instance.diagram('flowchart LR\n a -->', here)).rejects.toThrow(
			'content/chapters/01.mdx:12: mermaid diagram (fence at line 12): mermaid could not render line 2 of the diagram, line 14 of the file:\nParse error on line 2:\nExpecting NODE',
		);
		expect(readdirSync(cacheDir)).toHaveLength(0);
	});

	test('a diagram without accTitle and accDescr is refused', async () => {
		const { instance } = service(new FakeRenderer((_palette, id) => ({ svg: `<svg id="${id}"><style></style></svg>` })));
		await expect(instance.diagram('flowchart LR\n a', here)).rejects.toThrow(/content\/chapters\/01\.mdx:12: .*accTitle.*accDescr/);
	});

	test('a browser that fails to start is reported with the diagram that needed it', async () => {
		const broken: Renderer = {
			render: () => Promise.reject(new Error('Failed to launch the browser process')),
			close: async () => {},
		};
		const { instance } = service(broken);
		await expect(instance.diagram('flowchart LR\n a', here)).rejects.toThrow(
			/^content\/chapters\/01\.mdx:12: .*Chromium could not render this diagram: Failed to launch the browser process/,
		);
	});
});
