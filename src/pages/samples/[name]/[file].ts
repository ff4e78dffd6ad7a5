import type { APIRoute, GetStaticPaths } from 'astro';
import { SAMPLE_SOURCES } from '../../../samples/sources.ts';
import { sampleFiles, sampleNames } from '../../../utils/samples.ts';

/**
 * Each sample file whole, at /samples/<name>/<file> (under the site's base path), byte for byte
 * the file in src/samples/: the chapters show a region of it and link here for the rest.
 */
export const getStaticPaths: GetStaticPaths = () =>
	sampleNames(SAMPLE_SOURCES).flatMap((name) =>
		sampleFiles(name, SAMPLE_SOURCES).map((file) => ({ params: { name, file: file.fileName }, props: { text: file.text } })),
	);

// A download link saves it under its own name; served on its own, it is plain text.
export const GET: APIRoute = ({ props }) =>
	new Response(props.text as string, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
