import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import type { DiagramService } from './diagram-service.ts';
import { figureHtml, withSvgId } from './figure.ts';

/**
 * The Markdown side: replaces each ```mermaid fence with the diagram's figure.
 *
 * Runs in Astro's Sätteri pipeline for `.md` and `.mdx` alike. In MDX a raw string is parsed
 * again as MDX, where SVG attributes and CSS braces would not survive, so there the markup
 * travels as a string into `<Fragment set:html>`.
 */
export function mermaidSatteriPlugin(service: DiagramService, root: string): MdastPluginEntry {
	return (document: PluginFactoryContext) => {
		// Most documents have no diagram; skip them before any tree is walked.
		if (!/^\s*(```|~~~)\s*mermaid\b/m.test(document.source)) return null;

		const file = document.fileURL ? relative(root, fileURLToPath(document.fileURL)) : '(unknown file)';
		// Ids must be unique per page even when the same diagram appears twice.
		const seen = new Map<string, number>();

		return defineMdastPlugin({
			name: 'mermaid-diagrams',
			options: { position: true },
			async code(node, ctx) {
				if (node.lang !== 'mermaid') return;
				const fenceLine = node.position?.start.line ?? 0;
				const diagram = await service.diagram(node.value, { file, fenceLine });

				const count = (seen.get(diagram.svgId) ?? 0) + 1;
				seen.set(diagram.svgId, count);
				const svgId = count === 1 ? diagram.svgId : `${diagram.svgId}-${count}`;
				const html = figureHtml(withSvgId(diagram.svg, diagram.svgId, svgId), svgId, diagram.title);

				ctx.replaceNode(
					node,
					document.sourceFormat === 'mdx'
						? { raw: `<Fragment set:html={${JSON.stringify(html)}} />`, mdxExpressions: true }
						: { raw: html, mdxExpressions: false },
				);
			},
		});
	};
}
