import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	// The guide's pages live in the top-level content/ folder (chapters in content/chapters/).
	// Files whose names start with an underscore are drafts and are not published.
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content' }),
		schema: docsSchema(),
	}),
};
