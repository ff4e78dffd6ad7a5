import { expect, test } from 'vitest';
import { ExpressiveCode } from '@astrojs/starlight/expressive-code';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import { CODE_SEARCH_WEIGHT, pluginSearchWeight } from './search-weight.ts';

test('a rendered code block carries the search weight on its outermost element', async () => {
	const ec = new ExpressiveCode({ plugins: [pluginSearchWeight()] });
	const { renderedGroupAst } = await ec.render({ code: 'aws ec2 describe-security-groups', language: 'sh' });
	const html = toHtml(renderedGroupAst);
	expect(html).toMatch(new RegExp(`^<div class="expressive-code" data-pagefind-weight="${CODE_SEARCH_WEIGHT}">`));
	expect(CODE_SEARCH_WEIGHT).toBeGreaterThan(0);
	expect(CODE_SEARCH_WEIGHT).toBeLessThan(1);
});
