/**
 * A Shiki transformer that lets every line be tokenized to its end, however long that takes.
 *
 * Shiki gives each line 500 ms by default (`tokenizeTimeLimit`); vscode-textmate measures the time
 * with `Date.now()` and, when a line runs over, stops and returns the rest of the line as one
 * token, whose grammar state then carries into the next lines. On a busy build machine two builds
 * of the same commit therefore coloured chapter 5 differently: one showed a stretch of a sample
 * as a single token. A build must not depend on the machine's load, and the site's code is small
 * enough that no line needs a cut-off.
 *
 * Expressive Code's Shiki plugin calls each transformer's `preprocess(code, options)` with the very
 * options object it then passes to `codeToTokensBase`, so setting the limit there takes effect.
 */
import type { ShikiTransformer } from 'shiki';

export const noTokenizeTimeLimit: ShikiTransformer = {
	name: 'no-tokenize-time-limit',
	preprocess(_code, options) {
		// 0 means no limit (vscode-textmate checks the clock only when the limit is not 0).
		options.tokenizeTimeLimit = 0;
	},
};
