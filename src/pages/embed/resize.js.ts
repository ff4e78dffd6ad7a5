import type { APIRoute } from 'astro';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * The host page's resize script at a stable address (/embed/resize.js), so snippets can name it.
 * Astro would give a bundled script a hashed name under _astro/, which changes with every edit;
 * this builds src/embed/host-resize.ts into one small classic script instead. A classic script,
 * not a module, because it reads document.currentScript to learn which site it came from.
 */
export const GET: APIRoute = async () => {
	const result = await build({
		// From the project root: this module itself runs from a bundle elsewhere during the build.
		entryPoints: [resolve('src/embed/host-resize.ts')],
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2020',
		write: false,
		legalComments: 'none',
	});
	return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
