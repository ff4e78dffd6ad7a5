import { markdownToHtml, mdxToJs } from 'satteri';
import { expect, test } from 'vitest';
import { pageSections } from './page-sections.ts';

test('each ## heading starts a section that holds everything up to the next ##', async () => {
	const doc = ['Intro.', '', '## One', '', 'a', '', '### Sub', '', 'b', '', '## Two', '', 'c', ''].join('\n');
	const { html } = await markdownToHtml(doc, { mdastPlugins: [pageSections] });
	expect(html.replaceAll('\n', '')).toBe(
		'<p>Intro.</p><section class="page-section"><h2>One</h2><p>a</p><h3>Sub</h3><p>b</p></section><section class="page-section"><h2>Two</h2><p>c</p></section>',
	);
});

test('leaves a page without ## headings as it is', async () => {
	const doc = ['Intro.', '', '### Only a sub-heading', '', 'a', ''].join('\n');
	const plain = await markdownToHtml(doc);
	expect((await markdownToHtml(doc, { mdastPlugins: [pageSections] })).html).toBe(plain.html);
});

test('in MDX, imports and exports stay at the top level and components move into their section', async () => {
	const doc = ['import X from "./x";', '', 'Intro.', '', '## One', '', '<X a="1" />', '', 'export const y = 1;', '', '## Two', '', 'c', ''].join('\n');
	const { code } = await mdxToJs(doc, { mdastPlugins: [pageSections] });
	// The module compiles: both statements are still module-level.
	expect(code).toMatch(/^import X from "\.\/x";$/m);
	expect(code).toMatch(/^export const y = 1;$/m);
	expect(code).toMatch(/className: "page-section",\s*children: \[_jsx\(_components\.h2, \{ children: "One" \}\), _jsx\(X, \{ a: "1" \}\)\]/);
});

test('a part that holds an island stays unwrapped, so the island can hydrate when it comes into view', async () => {
	const doc = ['Intro.', '', '## One', '', 'a', '', '## Two', '', '<Explorer client:visible />', '', '## Three', '', 'c', ''].join('\n');
	const { code } = await mdxToJs(doc, { mdastPlugins: [pageSections] });
	expect([...code.matchAll(/className: "page-section"/g)]).toHaveLength(2);
	expect(code).toMatch(/_jsx\(_components\.h2, \{ children: "Two" \}\),\s*"\\n",\s*_jsx\(Explorer/);
});
