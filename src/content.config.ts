import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { ISLAND_KINDS } from './embed/islands.ts';

export const collections = {
	// The guide's pages live in the top-level content/ folder (chapters in content/chapters/).
	// Files whose names start with an underscore are drafts and are not published.
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content' }),
		schema: docsSchema({
			extend: z.object({
				// The island a page shows, whose oEmbed file its head then links (overrides/Head.astro).
				// A page cannot tell from its head what its body holds, so it says; e2e/built-site.spec.ts
				// checks that every page showing an island does.
				island: z.enum(ISLAND_KINDS).optional(),
			}),
		}),
	}),
};
