import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { DiagramError, type FenceLocation } from './diagram-error.ts';
import { DiagramFiles } from './diagram-files.ts';
import { diagramFilePath, diagramSlug, diagramUrl, pagePath } from './diagram-names.ts';
import type { DiagramService } from './diagram-service.ts';
import { figureHtml, type EmbedLinks } from './figure.ts';
import { decodeEntities } from '../../utils/decode-entities.ts';
import { naturalSize, standaloneSvg, StandaloneSvgError } from './standalone.ts';
import type { PaletteName } from './theme.ts';

export interface MermaidPluginOptions {
	/** Receives each diagram's standalone SVG files. Default: a store nobody reads. */
	files?: DiagramFiles;
	/**
	 * The site's base, starting and ending with "/". A function, because Astro makes the plugin
	 * before it tells integrations the base; it is read when a page compiles. Default: "/".
	 */
	base?: () => string;
}

const THEMES: readonly PaletteName[] = ['light', 'dark'];

/**
 * The Markdown side: replaces each ```mermaid fence with the diagram's figure, and records the
 * diagram's two standalone SVGs (`diagrams/<page>/<name>-{light,dark}.svg`) in `options.files`.
 *
 * Runs in Astro's Sätteri pipeline for `.md` and `.mdx` alike. In MDX a raw string is parsed
 * again as MDX, where SVG attributes and CSS braces would not survive, so there the markup
 * travels as a string into `<Fragment set:html>`.
 */
export function mermaidSatteriPlugin(service: DiagramService, root: string, options: MermaidPluginOptions = {}): MdastPluginEntry {
	const files = options.files ?? new DiagramFiles();
	const getBase = options.base ?? (() => '/');

	return (document: PluginFactoryContext) => {
		const file = document.fileURL ? relative(root, fileURLToPath(document.fileURL)).replaceAll('\\', '/') : undefined;
		// A recompiled page (an edit in dev) replaces what it recorded before, even when it
		// no longer has any diagram.
		if (file) files.forgetSource(file);

		// Most documents have no diagram; skip them before any tree is walked.
		if (!/^\s*(```|~~~)\s*mermaid\b/m.test(document.source)) return null;

		const page = file === undefined ? undefined : pagePath(file);
		// Names taken on this page, with the fence line that took each.
		const names = new Map<string, number>();

		return defineMdastPlugin({
			name: 'mermaid-diagrams',
			options: { position: true },
			async code(node, ctx) {
				if (node.lang !== 'mermaid') return;
				const location = { file: file ?? '(unknown file)', fenceLine: node.position?.start.line ?? 0 };
				const diagram = await service.diagram(node.value, location);

				// Markdown compiled without a file (not a page) has no stable address for its files.
				let embed: EmbedLinks | undefined;
				if (file !== undefined && page !== undefined) {
					const title = decodeEntities(diagram.title);
					const name = claimName(names, diagramSlug(title), page, location);
					embed = recordFiles(files, { svg: diagram.svg, title, page, name, file, base: getBase(), location });
				}
				const html = figureHtml(diagram.svg, diagram.svgId, diagram.title, embed);

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

/**
 * Takes a diagram name on a page, or fails because another diagram on the page has it. Fences
 * may finish rendering in any order, so the error always points at the later of the two.
 */
function claimName(names: Map<string, number>, name: string, page: string, location: FenceLocation): string {
	const other = names.get(name);
	if (other === undefined) {
		names.set(name, location.fenceLine);
		return name;
	}
	const [first, second] = other < location.fenceLine ? [other, location.fenceLine] : [location.fenceLine, other];
	throw new DiagramError(
		{ file: location.file, fenceLine: second },
		`this diagram's accTitle gives the name "${name}", which the diagram at line ${first} of this file already has. ` +
			`A diagram's standalone SVG files are published at ${diagramFilePath(page, name, 'light')} (and -dark.svg), ` +
			'and those URLs must stay stable and name one diagram, because other sites embed them. ' +
			'Give one of the two diagrams a different accTitle.',
	);
}

interface RecordRequest {
	svg: string;
	title: string;
	page: string;
	name: string;
	file: string;
	base: string;
	location: FenceLocation;
}

/** Makes and stores the two standalone SVGs; returns what the figure's menu needs. */
function recordFiles(files: DiagramFiles, request: RecordRequest): EmbedLinks {
	try {
		const { width, height } = naturalSize(request.svg);
		const urls: Partial<Record<PaletteName, string>> = {};
		for (const theme of THEMES) {
			const path = diagramFilePath(request.page, request.name, theme);
			files.set(path, standaloneSvg(request.svg, theme), request.file);
			urls[theme] = diagramUrl(request.base, path);
		}
		return { title: request.title, light: urls.light!, dark: urls.dark!, width, height };
	} catch (error) {
		// Name the fence, as every other diagram failure does.
		if (error instanceof StandaloneSvgError) throw new DiagramError(request.location, error.message);
		throw error;
	}
}
