import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';

/**
 * How much a word inside a code block counts in site search, against 1 for prose (Pagefind's
 * `data-pagefind-weight`, 0 to 10; headings count 2 to 7). Code stays searchable, so a flag or
 * an ARN still finds its sample, but a reader who searches for "security group" or "504" meets
 * the paragraph that explains it before a line of a sample that merely uses the words.
 */
export const CODE_SEARCH_WEIGHT = 0.2;

/** Marks every code block, and every group of them, with CODE_SEARCH_WEIGHT for Pagefind. */
export function pluginSearchWeight(): ExpressiveCodePlugin {
	return {
		name: 'Search weight',
		hooks: {
			postprocessRenderedBlockGroup: ({ renderData }) => {
				renderData.groupAst.properties['dataPagefindWeight'] = String(CODE_SEARCH_WEIGHT);
			},
		},
	};
}
