import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { scrollableTables } from './scrollable-tables.ts';

const doc = ['Text.', '', '| Field | Value |', '| --- | --- |', '| `uri` | A URL |', ''].join('\n');

describe('scrollable tables', () => {
	test('wraps a table in a focusable region named after its column headings', async () => {
		const { html } = await markdownToHtml(doc, { hastPlugins: [scrollableTables] });
		expect(html).toMatch(/<section class="table-scroll" tabindex="0" aria-label="Table: Field Value"><table>/);
		expect(html).toContain('</table></section>');
		expect(html).toContain('<p>Text.</p>');
	});

	test('does the same in MDX', async () => {
		const { code } = await mdxToJs(doc, { hastPlugins: [scrollableTables] });
		expect(code).toContain('"Table: Field Value"');
		expect(code).toMatch(/tabIndex: "?0/);
	});
});

test('gives two tables with the same headings different names', async () => {
	const { html } = await markdownToHtml(`${doc}\n${doc}`, { hastPlugins: [scrollableTables] });
	expect([...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1])).toEqual(['Table: Field Value', 'Table: Field Value (2)']);
});
