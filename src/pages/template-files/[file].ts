import type { APIRoute, GetStaticPaths } from 'astro';
import { templateFiles } from '../../templates/files.ts';
import { buildableSetups } from '../../templates/setups.ts';

/**
 * Each generated template whole, at /template-files/<file> (under the site's base path): what the
 * templates pages' Download links save, byte for byte what their tabs show and the tests check.
 * A folder of its own, without pages, so that one rule of the _headers file covers all of them
 * (src/integrations/security/headers-file.ts).
 */
export const getStaticPaths: GetStaticPaths = () =>
	buildableSetups().flatMap((config) => templateFiles(config).map((file) => ({ params: { file: file.fileName }, props: { text: file.text } })));

// A download link saves it under its own name; served on its own, it is plain text.
export const GET: APIRoute = ({ props }) => new Response(props.text as string, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
