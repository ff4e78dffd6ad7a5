import { describe, expect, test } from 'vitest';
import { EMBEDDABLE_ISLANDS, ISLAND_KINDS } from './islands.ts';
import { embedUrl, resizeScriptUrl, viewUrl } from './urls.ts';

const root = new URL('https://docs.example.com/guides/private-integrations/');

describe('embed URLs', () => {
	test('embed, view and script URLs sit under the site’s base path', () => {
		const view = { kind: 'topology' as const, view: '?api=http&step=2' };
		expect(embedUrl(root, view, { theme: 'dark', controls: false })).toBe(
			'https://docs.example.com/guides/private-integrations/embed/topology/?api=http&step=2&theme=dark&controls=0',
		);
		expect(viewUrl(root, view)).toBe('https://docs.example.com/guides/private-integrations/explorer/?api=http&step=2');
		expect(viewUrl(root, { kind: 'scaling', view: '' })).toBe('https://docs.example.com/guides/private-integrations/chapters/04-scaling-private-integrations/#ch4');
		expect(resizeScriptUrl(root)).toBe('https://docs.example.com/guides/private-integrations/embed/resize.js');
	});

	test('every island has its own embed page and a home page', () => {
		const paths = ISLAND_KINDS.map((kind) => EMBEDDABLE_ISLANDS[kind].embedPath);
		expect(new Set(paths).size).toBe(ISLAND_KINDS.length);
		for (const kind of ISLAND_KINDS) {
			expect(EMBEDDABLE_ISLANDS[kind].embedPath).toBe(`embed/${kind}/`);
			expect(EMBEDDABLE_ISLANDS[kind].viewPath).toMatch(/^[a-z0-9/-]+\/$/);
		}
	});
});
