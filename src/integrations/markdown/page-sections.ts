import type { RootContent } from 'mdast';
import { defineMdastPlugin, type Custom, type MdastPluginEntry } from 'satteri';

/** The class that site.css gives `content-visibility: auto`. */
const SECTION_CLASS = 'page-section';

/** Nodes that must stay children of the document root. */
const ROOT_ONLY = new Set(['mdxjsEsm', 'yaml', 'toml']);

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
 *
 * A part that holds an island (a component with a `client:` directive) is not wrapped either.
 * Astro's `client:visible` waits for an IntersectionObserver, and Chromium (checked in 156) never
 * tells an observer that an element it began watching inside a skipped section has come into
 * view: the island would stay static. Astro also puts its island style and script in front of
 * the first island, and a <style> is not allowed inside a <section>.
 */
export const pageSections: MdastPluginEntry = defineMdastPlugin({
	name: 'page-sections',
	after(root, ctx) {
		const children = root.children as RootContent[];
		if (!children.some(isSectionStart)) return;
		// The document's parts: what comes before the first ##, then one part per ##.
		const parts: RootContent[][] = [[]];
		for (const node of children) {
			if (isSectionStart(node)) parts.push([]);
			parts.at(-1)!.push(node);
		}
		const grouped: (RootContent | Custom)[] = [];
		for (const [index, part] of parts.entries()) {
			if (index === 0 || part.some(isIsland)) {
				grouped.push(...part);
				continue;
			}
			grouped.push(...part.filter((node) => ROOT_ONLY.has(node.type)));
			const content = part.filter((node) => !ROOT_ONLY.has(node.type));
			grouped.push({ type: 'pageSection', data: { hName: 'section', hProperties: { className: [SECTION_CLASS] } }, children: content });
		}
		// Sätteri renders a custom parent node through its data.hName (see its Custom type), but the
		// mdast Root type it checks against does not list custom children.
		ctx.replaceNode(root, { type: 'root', children: grouped } as never);
	},
});

function isSectionStart(node: RootContent): boolean {
	return node.type === 'heading' && node.depth === 2;
}

/** An MDX component that Astro hydrates in the browser: it has a `client:` directive. */
function isIsland(node: RootContent): boolean {
	return node.type === 'mdxJsxFlowElement' && node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name.startsWith('client:'));
}
