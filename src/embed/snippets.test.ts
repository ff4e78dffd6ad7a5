import { describe, expect, test } from 'vitest';
import { escapeAttribute } from '../utils/escape-attribute.ts';
import { ALT_MAX_LENGTH, EMBED_SANDBOX, iframeSnippet, imageAlt, imgSnippet, pictureSnippet, resizeScriptSnippet } from './snippets.ts';

describe('snippets', () => {
	test('the iframe carries a title, lazy loading, the narrow sandbox and a referrer policy', () => {
		const html = iframeSnippet({ src: 'https://diagrams.example.com/embed/topology/?api=http&step=2', title: 'Request path', height: 900.4 });
		expect(html).toBe(
			'<iframe src="https://diagrams.example.com/embed/topology/?api=http&amp;step=2" title="Request path" width="100%" height="900"' +
				' style="border: 0; max-width: 100%;" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"' +
				' referrerpolicy="strict-origin-when-cross-origin"></iframe>',
		);
		expect(EMBED_SANDBOX).not.toMatch(/top-navigation|forms|modals|downloads/);
	});

	test('attribute values cannot break out of their quotes', () => {
		expect(escapeAttribute('"><script>alert(1)</script>&')).toBe('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;');
		expect(iframeSnippet({ src: 'https://x.test/?a="b"', title: 'A "quoted" <title>', height: 10 })).not.toMatch(/"b"|<title>/);
	});

	test('the resize script is a deferred classic script', () => {
		expect(resizeScriptSnippet('https://diagrams.example.com/embed/resize.js')).toBe('<script src="https://diagrams.example.com/embed/resize.js" defer></script>');
	});

	test('an image has its alt text and natural size; a picture swaps to the dark file for readers who prefer dark', () => {
		const options = { light: 'https://x.test/a-light.svg', dark: 'https://x.test/a-dark.svg', alt: 'A & B', width: 640, height: 320 };
		expect(imgSnippet(options.light, options)).toBe(
			'<img src="https://x.test/a-light.svg" alt="A &amp; B" width="640" height="320" loading="lazy" style="max-width: 100%; height: auto;">',
		);
		const picture = pictureSnippet(options);
		expect(picture).toContain('<source srcset="https://x.test/a-dark.svg" media="(prefers-color-scheme: dark)">');
		expect(picture).toContain('<img src="https://x.test/a-light.svg"');
	});

	describe('a diagram image’s alt text', () => {
		const caption = 'VPC link V1 and V2 request paths';

		test('is the figure’s description, on one line, rather than its caption', () => {
			expect(imageAlt('  A client calls API Gateway,\n  which sends the request\tthrough a VPC link. ', caption)).toBe(
				'A client calls API Gateway, which sends the request through a VPC link.',
			);
		});

		test('is the caption when the figure has no description', () => {
			expect(imageAlt(undefined, caption)).toBe(caption);
			expect(imageAlt(' \n ', caption)).toBe(caption);
		});

		test('a long description keeps its whole sentences up to the limit, so it never stops mid-thought', () => {
			const sentences = Array.from({ length: 12 }, (_, index) => `Step ${index + 1} sends the request on to the next part of the path.`);
			const kept = sentences.filter((_, index) => sentences.slice(0, index + 1).join(' ').length <= ALT_MAX_LENGTH);
			expect(kept.length).toBeLessThan(sentences.length);
			expect(imageAlt(sentences.join(' '), caption)).toBe(kept.join(' '));
		});

		test('an abbreviation does not end a sentence', () => {
			const first = `The first sentence is long enough to matter${', and it goes on'.repeat(15)}.`;
			const second = `Then e.g. the load balancer${', and so on'.repeat(20)}.`;
			expect(first.length + 1 + second.indexOf('e.g.')).toBeLessThan(ALT_MAX_LENGTH);
			expect(imageAlt(`${first} ${second}`, caption)).toBe(first);
		});

		test('one sentence longer than the limit stops at a word, with an ellipsis', () => {
			const alt = imageAlt(`The request goes ${'through another hop, '.repeat(40)}and arrives.`, caption);
			expect(alt.length).toBeLessThanOrEqual(ALT_MAX_LENGTH);
			expect(alt).toMatch(/ hop…$/);
		});

		test('is escaped in the snippet, whatever it says', () => {
			expect(imgSnippet('https://x.test/a.svg', { alt: imageAlt('The "private" API <b>& more</b>.', caption), width: 1, height: 1 })).toContain(
				'alt="The &quot;private&quot; API &lt;b&gt;&amp; more&lt;/b&gt;."',
			);
		});
	});
});
