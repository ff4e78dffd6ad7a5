import { expect, test } from 'vitest';
import { takeOutDeferredCode } from './deferred-code.ts';

test('each hidden tab excerpt leaves the page for the file its placeholder names', () => {
	const page = '<p>a</p><noscript data-deferred-code="/b/samples/x/r-tf.json"><div class="expressive-code">tf "code"</div></noscript><noscript>kept</noscript>';
	const { html, files } = takeOutDeferredCode(page);
	expect(html).toBe('<p>a</p><noscript data-deferred-code="/b/samples/x/r-tf.json"></noscript><noscript>kept</noscript>');
	expect([...files]).toEqual([['/b/samples/x/r-tf.json', '{"html":"<div class=\\"expressive-code\\">tf \\"code\\"</div>"}\n']]);
	expect(takeOutDeferredCode('<p>no tabs</p>')).toEqual({ html: '<p>no tabs</p>', files: new Map() });
});

test('two different excerpts under one name stop the build', () => {
	const twice = '<noscript data-deferred-code="/x.json">a</noscript><noscript data-deferred-code="/x.json">b</noscript>';
	expect(() => takeOutDeferredCode(twice)).toThrow('Two different excerpts would be written to /x.json.');
});
