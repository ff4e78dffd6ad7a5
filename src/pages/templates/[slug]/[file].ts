import type { APIRoute, GetStaticPaths } from 'astro';
import { templateFiles } from '../../../templates/files.ts';
import { buildableSetups } from '../../../templates/setups.ts';
import { slugOf } from '../../../templates/slug.ts';

/**
 * Each generated template whole, at /templates/<setup>/<file> (under the site's base path): what
 * the page's Download links save, byte for byte what its tabs show and the tests check.
 */
export const getStaticPaths: GetStaticPaths = () =>
	buildableSetups().flatMap((config) => templateFiles(config).map((file) => ({ params: { slug: slugOf(config), file: file.fileName }, props: { text: file.text } })));

// A download link saves it under its own name; served on its own, it is plain text.
export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
