// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { mermaidDiagrams } from './src/integrations/mermaid/index.ts';

const diagrams = mermaidDiagrams({
	root: new URL('./', import.meta.url),
	cacheDir: new URL('./content/mermaid-cache/', import.meta.url),
});

export default defineConfig({
	// Where the site will live, for canonical links and the sitemap; set SITE_URL when deploying.
	site: process.env.SITE_URL || undefined,
	markdown: {
		// Starlight adds its own Sätteri plugins to this processor; ours runs first, so code
		// blocks that are diagrams never reach Expressive Code.
		processor: satteri({ mdastPlugins: [diagrams.mdastPlugin] }),
	},
	integrations: [
		diagrams.integration,
		starlight({
			title: 'API Gateway Private Integrations',
			description:
				'An interactive guide to how Amazon API Gateway reaches private backends: VPC links, PrivateLink, load balancers and Cloud Map.',
			favicon: '/favicon.svg',
			// Chapters live in the top-level content/ folder, not src/content/docs.
			markdown: { processedDirs: ['./content'] },
			customCss: ['./src/styles/diagrams.css'],
			// Long ARNs and CLI lines wrap instead of scrolling sideways: readable on a phone, and
			// no scroll regions that Expressive Code has to make focusable after the page loads.
			expressiveCode: { defaultProps: { wrap: true } },
			sidebar: [
				{ label: 'Overview', link: '/' },
				{ label: 'Chapters', items: [{ autogenerate: { directory: 'chapters' } }] },
			],
			lastUpdated: false,
		}),
		react(),
	],
});
