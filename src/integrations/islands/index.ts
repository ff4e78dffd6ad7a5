import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Adds `client:interaction` (./on-interaction.ts): an island that loads when a reader first
 * reaches for it. For an island in the first screen of a page, where `client:visible` would
 * hydrate it during the load.
 */
export function islandDirectives(): AstroIntegration {
	return {
		name: 'island-directives',
		hooks: {
			'astro:config:setup': ({ addClientDirective }) => {
				// A path, not a URL: Astro hands it to esbuild as an import specifier, and esbuild cannot resolve file: URLs.
				addClientDirective({ name: 'interaction', entrypoint: fileURLToPath(new URL('./on-interaction.ts', import.meta.url)) });
			},
		},
	};
}
