// @ts-check
// Expressive Code, for Markdown code blocks and the <Code> component alike. Its options live here,
// not in astro.config.mjs, because plugins and transformers are functions, and the <Code>
// component can only read options that are not serializable to JSON from this file.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { noTokenizeTimeLimit } from './src/integrations/code/no-tokenize-time-limit.ts';
import { pluginSearchWeight } from './src/integrations/code/search-weight.ts';
import { pluginSlimTokens } from './src/integrations/code/slim-tokens.ts';

export default defineEcConfig({
	// Long ARNs and CLI lines wrap instead of scrolling sideways: readable on a phone, and
	// no scroll regions that Expressive Code has to make focusable after the page loads.
	defaultProps: { wrap: true },
	// Tabs stay tabs (shown two columns wide by site.css), so copying a sample gives the
	// file's exact bytes.
	tabWidth: 0,
	// Fewer elements for the same colours (src/integrations/code/slim-tokens.ts), and code that
	// counts less than prose in site search (src/integrations/code/search-weight.ts).
	plugins: [pluginSlimTokens(), pluginSearchWeight()],
	// Highlighting that does not depend on how busy the build machine is
	// (src/integrations/code/no-tokenize-time-limit.ts).
	shiki: { transformers: [noTokenizeTimeLimit] },
});
