import type { RootContent } from 'mdast';
import { defineMdastPlugin, type Custom, type MdastPluginEntry } from 'satteri';

/**
 * Gives every `##` heading and what follows it, up to the next `##`, a `<section>` of its own.
 *
 * A chapter is long: on a phone, styling and laying out all of it while the page loads kept
 * the main thread busy for several hundred milliseconds (Lighthouse counted it as blocking
 * time). site.css gives these sections `content-visibility: auto`, so the browser renders a
 * section only when it comes near the screen. Starlight's table of contents finds headings
 * inside sections as well as at the top level.
 *
 * What comes before the first `##` stays where it is: it is the part a reader sees first.
 * Import and export statements of MDX stay at the top level, where MDX requires them.
 */
export const SECTION_CLASS = 'page-section';

/** Nodes that must stay children of the document root. */
const ROOT_ONLY = new Set(['mdxjsEsm', 'yaml', 'toml']);

export const pageSections: MdastPluginEntry = defineMdastPlugin({
	name: 'page-sections',
	after(root, ctx) {
		const children = root.children as RootContent[];
		if (!children.some(isSectionStart)) return;
		const grouped: (RootContent | Custom)[] = [];
		let section: Custom | undefined;
		for (const node of children) {
			if (ROOT_ONLY.has(node.type)) {
				grouped.push(node);
				continue;
			}
			if (isSectionStart(node)) {
				section = { type: 'pageSection', data: { hName: 'section', hProperties: { className: [SECTION_CLASS] } }, children: [] };
				grouped.push(section);
			}
			if (section) section.children!.push(node);
			else grouped.push(node);
		}
		ctx.replaceNode(root, { type: 'root', children: grouped } as never);
	},
});

function isSectionStart(node: RootContent): boolean {
	return node.type === 'heading' && node.depth === 2;
}
