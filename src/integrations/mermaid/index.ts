import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { MdastPluginEntry } from 'satteri';
import { rewriteBuiltPages } from '../rewrite-built-pages.ts';
import { scanBuiltPages } from './built-pages.ts';
import { DiagramFiles, diagramFilesMiddleware, writeFiles } from './diagram-files.ts';
import { normalizeBase } from './diagram-names.ts';
import { DiagramService, svgIdOf } from './diagram-service.ts';
import { mermaidSatteriPlugin } from './satteri-plugin.ts';
import { shareDiagramStyles } from './shared-styles.ts';

export interface MermaidDiagramsOptions {
	/** The project root, for file names in messages. */
	root: URL;
	/** The render cache folder, committed to the repository. */
	cacheDir: URL;
	/**
	 * Delete cache entries that no page used once a full build succeeds, so the cache holds
	 * exactly the site's diagrams. Default: true.
	 */
	pruneCache?: boolean;
}

/**
 * Build-time mermaid: the Sätteri plugin that turns fences into inline SVG, and the Astro
 * integration that publishes each diagram's standalone SVG files (written into the build
 * output, or served by the dev server), shuts the browser down and tidies the cache.
 *
 * `files` holds the standalone SVGs recorded so far, by path below the base
 * (`diagrams/<page>/<name>-{light,dark}.svg`).
 */
export function mermaidDiagrams(options: MermaidDiagramsOptions): {
	mdastPlugin: MdastPluginEntry;
	integration: AstroIntegration;
	files: DiagramFiles;
} {
	let logger: AstroIntegrationLogger | undefined;
	// Astro hands integrations the base after this function has made the Markdown plugin, and
	// both the plugin and the dev middleware read it late, when a page compiles or a request comes.
	let base = '/';
	const files = new DiagramFiles();
	const service = new DiagramService({
		cacheDir: fileURLToPath(options.cacheDir),
		onRendered: ({ file, fenceLine }) => logger?.info(`rendered ${file}:${fenceLine} and stored it in the cache`),
	});

	return {
		mdastPlugin: mermaidSatteriPlugin(service, fileURLToPath(options.root), { files, base: () => base }),
		files,
		integration: {
			name: 'mermaid-diagrams',
			hooks: {
				'astro:config:setup': ({ config, logger: integrationLogger }) => {
					logger = integrationLogger;
					base = normalizeBase(config.base);
				},
				'astro:server:setup': ({ server }) => {
					server.middlewares.use(diagramFilesMiddleware(files, () => base));
				},
				'astro:build:done': async ({ dir }) => {
					await service.close();
					// Every .mdx page compiled in this process during the build, so the recorded files
					// are complete, except for .md pages whose HTML Astro reused from its content cache:
					// their files are made again from the built HTML.
					const builtPages = scanBuiltPages(dir, base, (path) => files.has(path));
					const written = writeFiles(files.entries(), dir);
					const recovered = writeFiles(builtPages.missing, dir);
					// Only now, once the files above were made from the pages' full diagrams.
					shareStylesInPages(dir);
					logger?.info(
						`wrote ${written + recovered} standalone diagram SVG file(s)` +
							(recovered > 0 ? `, ${recovered} of them from built pages whose Markdown was not recompiled` : ''),
					);
					if (options.pruneCache ?? true) {
						// A diagram on a reused page was not asked for, but is still in use.
						const removed = service.cache.prune(
							(key) => service.usedKeys.has(key) || builtPages.svgIds.has(svgIdOf(key)),
						);
						if (removed.length > 0) logger?.info(`removed ${removed.length} unused diagram(s) from the cache`);
					}
				},
				'astro:server:done': () => service.close(),
			},
		},
	};
}

/** Rewrites every built page with diagrams so that diagrams with the same style sheet share it. */
function shareStylesInPages(outDir: URL): void {
	rewriteBuiltPages(outDir, (html) => (html.includes('<figure class="mermaid-figure"') ? shareDiagramStyles(html) : html));
}
