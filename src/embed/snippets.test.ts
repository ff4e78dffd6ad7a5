import { describe, expect, test } from 'vitest';
import { escapeAttribute } from '../utils/escape-attribute.ts';
import { EMBED_SANDBOX, iframeSnippet, imgSnippet, pictureSnippet, resizeScriptSnippet } from './snippets.ts';

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
});
