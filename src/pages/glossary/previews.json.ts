import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { glossaryPreviews } from '../../utils/glossary-previews.ts';

/**
 * /glossary/previews.json: every term's name and definition, for the previews beside the term
 * links in chapters (src/components/glossary/). One small file a reader fetches the first time
 * they point at or focus a term, rather than the definitions copied into every chapter's HTML,
 * which has a size budget. Built from the glossary's own source, so a preview never says
 * anything the glossary does not.
 */
export const GET: APIRoute = async () => {
	const glossary = await getEntry('docs', 'glossary');
	if (!glossary?.body) throw new Error('content/glossary.mdx is missing: the term previews are built from it.');
	return new Response(JSON.stringify(glossaryPreviews(glossary.body)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
