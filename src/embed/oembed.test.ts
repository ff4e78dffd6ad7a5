import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EMBEDDABLE_ISLANDS, ISLAND_KINDS } from './islands.ts';
import { OEMBED_HEIGHT, OEMBED_WIDTH, oembedFor } from './oembed.ts';
import { EMBED_REFERRER_POLICY, EMBED_SANDBOX } from './snippets.ts';

const root = new URL('https://docs.example.com/guides/private-integrations/');

/** The elements of an oEmbed file's html, as a consumer that renders it gets them. */
function elementsOf(html: string) {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return [...document.body.children].map((element) => ({
		tag: element.tagName.toLowerCase(),
		attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
	}));
}

describe('oEmbed files', () => {
	for (const kind of ISLAND_KINDS) {
		const island = EMBEDDABLE_ISLANDS[kind];

		test(`${kind}: a rich response whose html is the island's starting view in a frame, then the resize script, at absolute addresses under the base path`, () => {
			const json = oembedFor(island, root);
			expect(json).toMatchObject({ version: '1.0', type: 'rich', title: island.title, provider_url: root.href });
			const [frame, script, ...rest] = elementsOf(json.html);
			expect(rest).toEqual([]);
			expect(frame).toEqual({
				tag: 'iframe',
				attributes: {
					// No query: the embed page's defaults, whatever view the consumer's link had.
					src: `${root.href}embed/${kind}/`,
					title: island.title,
					width: '100%',
					height: String(OEMBED_HEIGHT[kind]),
					style: 'border: 0; max-width: 100%;',
					loading: 'lazy',
					sandbox: EMBED_SANDBOX,
					referrerpolicy: EMBED_REFERRER_POLICY,
				},
			});
			// The script the Embed dialog's snippet loads, which fits the frame to the embed's height messages.
			expect(script).toEqual({ tag: 'script', attributes: { src: `${root.href}embed/resize.js`, defer: '' } });
		});

		test(`${kind}: the width and height the file declares are the size its frame starts at in a column that wide`, () => {
			const json = oembedFor(island, root);
			const [frame] = elementsOf(json.html);
			expect(json.width).toBe(OEMBED_WIDTH);
			expect(json.height).toBe(Number(frame!.attributes.height));
			// Without the script the frame fills the column's width, so the declared width is where the declared height holds, not a fixed size.
			expect(frame!.attributes.width).toBe('100%');
		});
	}
});
