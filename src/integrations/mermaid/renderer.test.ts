import { afterAll, describe, expect, test } from 'vitest';
import { CHROMIUM_INSTALL_HINT, findChromium } from '../../utils/find-chromium.ts';
import { mergePalettes } from './merge-palettes.ts';
import { normalizeIds } from './normalize-ids.ts';
import { MermaidRenderer } from './renderer.ts';

// These run the real mermaid in real Chromium; `npm test` makes sure a browser is there.
const browser = findChromium();
if (!browser) throw new Error(`The renderer tests need Chromium.\n${CHROMIUM_INSTALL_HINT}`);
const renderer = new MermaidRenderer(browser.path);
afterAll(() => renderer.close());

async function render(source: string, id: string): Promise<string> {
	const [light, dark] = await Promise.all([renderer.render(source, id, 'light'), renderer.render(source, id, 'dark')]);
	if ('error' in light || 'error' in dark) throw new Error('render failed');
	return mergePalettes(normalizeIds(light.svg, id), normalizeIds(dark.svg, id), id);
}

const flow = 'flowchart LR\n  accTitle: Flow\n  accDescr: Two boxes.\n  a[API Gateway] --> b[NLB]';
const sequence = 'sequenceDiagram\n  accTitle: Seq\n  accDescr: One call.\n  participant C as Client\n  participant G as API Gateway\n  C->>G: GET /pets\n  G-->>C: 200';

describe('MermaidRenderer with real mermaid', () => {
	test('the same source gives the same bytes, whatever was rendered before it', async () => {
		const first = await render(sequence, 'mmd-seq');
		await render(flow, 'mmd-flow');
		await render(sequence, 'mmd-other');
		expect(await render(sequence, 'mmd-seq')).toBe(first);
	});

	test('two diagrams with the same node names share no id', async () => {
		const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		const one = ids(await render(flow, 'mmd-one'));
		const two = ids(await render(flow.replace('NLB', 'ALB'), 'mmd-two'));
		expect(one.length).toBeGreaterThan(3);
		expect(one.filter((id) => two.includes(id))).toEqual([]);
	});

	test('labels are SVG text, and accTitle and accDescr become the title and description', async () => {
		const svg = await render(flow, 'mmd-a11y');
		expect(svg).not.toContain('foreignObject');
		const labels = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
		expect(labels).toEqual(['API Gateway', 'NLB']);
		expect(svg).toMatch(/<title[^>]*>Flow<\/title>/);
		expect(svg).toMatch(/<desc[^>]*>Two boxes\.<\/desc>/);
	});

	test("a syntax error comes back as mermaid's message with its line", async () => {
		expect(await renderer.render('flowchart LR\n  a -->\n  b -->> c[', 'mmd-bad', 'light')).toEqual({
			error: expect.stringMatching(/^Parse error on line 3:/),
		});
	});
});
