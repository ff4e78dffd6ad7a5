import { describe, expect, test } from 'vitest';
import { EMBEDDABLE_ISLANDS, ISLAND_KINDS } from './islands.ts';
import { oembedFor } from './oembed.ts';
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

describe('oEmbed', () => {
	test('a rich response with an absolute iframe for each island', () => {
		for (const kind of ISLAND_KINDS) {
			const island = EMBEDDABLE_ISLANDS[kind];
			const json = oembedFor(island, root);
			expect(json).toMatchObject({ version: '1.0', type: 'rich', title: island.title, provider_url: root.href, height: island.height });
			expect(json.width).toBeGreaterThan(0);
			expect(json.html).toContain(`src="${root.href}embed/${kind}/"`);
			expect(json.html).toContain(`title="${island.title}"`);
		}
	});
});
