import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { baseLinks, basePrefix, withBasePrefix } from './base-links.ts';

const markdown = [
	'See the [glossary](/glossary/#alb), [chapter 2](/chapters/02-x/) and [AWS](https://docs.aws.amazon.com/x).',
	'',
	'[Top](#top), [next door](../x/), [a CDN](//cdn.example.com/x.js) and `/embed/topology/` in code.',
	'',
	'![Logo](/favicon.svg)',
	'',
].join('\n');

describe('base links', () => {
	test('root-relative links and images get the base; everything else is left as written', async () => {
		for (const base of ['/guides/x/', '/guides/x']) {
			const { html } = await markdownToHtml(markdown, { hastPlugins: [baseLinks(base)] });
			expect(html).toContain('href="/guides/x/glossary/#alb"');
			expect(html).toContain('href="/guides/x/chapters/02-x/"');
			expect(html).toContain('src="/guides/x/favicon.svg"');
			expect(html).toContain('href="https://docs.aws.amazon.com/x"');
			expect(html).toContain('href="#top"');
			expect(html).toContain('href="../x/"');
			expect(html).toContain('href="//cdn.example.com/x.js"');
			expect(html).toContain('<code>/embed/topology/</code>');
		}
	});

	test('at the root nothing changes', async () => {
		const plain = await markdownToHtml(markdown);
		const withRoot = await markdownToHtml(markdown, { hastPlugins: [baseLinks('/')] });
		expect(withRoot.html).toBe(plain.html);
	});

	test('in MDX, string hrefs on <a> and <LinkButton> get the base too, expressions do not', async () => {
		const mdx = ['<LinkButton href="/chapters/01-x/">Start</LinkButton>', '', '<a href="/explorer/">Explorer</a>', '', '<a href={"/kept/"}>Kept</a>', ''].join('\n');
		const { code } = await mdxToJs(mdx, { hastPlugins: [baseLinks('/guides/x/')] });
		expect(code).toContain('"/guides/x/chapters/01-x/"');
		expect(code).toContain('"/guides/x/explorer/"');
		expect(code).toContain('"/kept/"');
		expect(code).not.toContain('/guides/x/kept/');
	});
});

test('the prefix and the rule behind it', () => {
	expect(basePrefix('/')).toBe('');
	expect(basePrefix('/a/b/')).toBe('/a/b');
	expect(withBasePrefix('/a', '/x')).toBe('/a/x');
	expect(withBasePrefix('/a', 'x')).toBeUndefined();
	expect(withBasePrefix('/a', '//x')).toBeUndefined();
	expect(withBasePrefix('', '/x')).toBeUndefined();
	expect(withBasePrefix('/a', 42)).toBeUndefined();
});
