import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { buildHops } from '../../topology/hops.ts';
import { DEFAULT_CONFIGURATION } from '../../topology/model.ts';
import TopologyExplorer from './TopologyExplorer.tsx';

/** What Astro sends before the island hydrates: the page must teach from this alone. */
const fieldsets = (html: string) => html.match(/<fieldset[\s\S]*?<\/fieldset>/g) ?? [];
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('TopologyExplorer on the server', () => {
	test('a chapter preset is drawn, and the choices it fixes are named in one line, not offered', () => {
		const html = renderToString(<TopologyExplorer idPrefix="t" preset={{ api: 'http', target: 'cloudmap' }} locked={['api', 'link']} />);
		const checked = [...html.matchAll(/<input type="radio" id="t-([a-z]+-[a-z0-9]+)"[^>]*\schecked=""/g)].map((m) => m[1]);
		expect(checked).toEqual(['target-cloudmap', 'compute-ecs', 'client-public']);
		expect(fieldsets(html).map((f) => /<legend>([^<]*)<\/legend>/.exec(f)![1])).toEqual(['Integration target', 'Backend', 'Client']);
		expect(text(html)).toContain('API type: HTTP API; VPC link: V2, fixed in this chapter');
		expect(text(html)).toContain('Cloud Map service');
	});

	test('every hop and its details are in the HTML before any script runs', () => {
		const html = renderToString(<TopologyExplorer idPrefix="t" />);
		const hops = buildHops(DEFAULT_CONFIGURATION);
		expect(html.match(/<li [^>]*class="hop hop--/g)).toHaveLength(hops.length);
		for (const hop of hops) expect(text(html)).toContain(hop.detail);
		// The protocol is a field of every packet; a note follows the fields wherever a hop has one.
		expect(html.match(/<dt[^>]*>Protocol/g)).toHaveLength(hops.length);
		const notes = hops.flatMap((hop) => (hop.packet.note ? [hop.packet.note] : []));
		expect(notes.length).toBeGreaterThan(0);
		expect(html.match(/<p class="hop__note">/g)).toHaveLength(notes.length);
		for (const note of notes) expect(text(html)).toContain(note);
		expect(html).not.toContain('data-hydrated');
	});

	test('the Embed button carries the view the island shows; an embed page leaves the button out', () => {
		const html = renderToString(<TopologyExplorer idPrefix="t" title="Request path" preset={{ api: 'http', target: 'nlb' }} />);
		const view = '?api=http&amp;link=v2&amp;target=nlb&amp;compute=ecs&amp;client=public&amp;step=1';
		expect(html).toContain(`data-view="${view}"`);
		expect(html).toContain(
			`<diagram-embed data-kind="topology" data-title="Request path" data-view="${view}" data-steps="${buildHops({ ...DEFAULT_CONFIGURATION, api: 'http', target: 'nlb' }).length}">`,
		);
		expect(html).toMatch(/<button type="button" class="diagram-embed__open" aria-haspopup="dialog">Embed<span class="sr-only">/);
		// The toggles are marked, so an embed with controls=0 can hide them.
		expect(html).toMatch(/<details class="explorer__setup island__controls">/);

		const embedded = renderToString(<TopologyExplorer idPrefix="t" headingLevel={1} embeddable={false} />);
		expect(embedded).not.toContain('diagram-embed');
		expect(embedded).toMatch(/<h1 class="island__title">/);
	});
});
