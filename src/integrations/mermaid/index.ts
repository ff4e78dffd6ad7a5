import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { MdastPluginEntry } from 'satteri';
import { DiagramService } from './diagram-service.ts';
import { mermaidSatteriPlugin } from './satteri-plugin.ts';

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
 * integration that shuts the browser down and tidies the cache when a build ends.
 */
export function mermaidDiagrams(options: MermaidDiagramsOptions): {
	mdastPlugin: MdastPluginEntry;
	integration: AstroIntegration;
} {
	let logger: AstroIntegrationLogger | undefined;
	const service = new DiagramService({
		cacheDir: fileURLToPath(options.cacheDir),
		onRendered: ({ file, fenceLine }) => logger?.info(`rendered ${file}:${fenceLine} and stored it in the cache`),
	});

	return {
		mdastPlugin: mermaidSatteriPlugin(service, fileURLToPath(options.root)),
		integration: {
			name: 'mermaid-diagrams',
			hooks: {
				'astro:config:setup': ({ logger: integrationLogger }) => {
					logger = integrationLogger;
				},
				'astro:build:done': async () => {
					await service.close();
					if (options.pruneCache ?? true) {
						const removed = service.cache.prune(service.usedKeys);
						if (removed.length > 0) logger?.info(`removed ${removed.length} unused diagram(s) from the cache`);
					}
				},
				'astro:server:done': () => service.close(),
			},
		},
	};
}
