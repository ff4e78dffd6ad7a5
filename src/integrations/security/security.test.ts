import { describe, expect, test } from 'vitest';
import { withPolicyMeta } from './index.ts';
import { inlineHashes, sha256Source } from './inline-hashes.ts';
import { contentSecurityPolicy } from './policy.ts';

describe('inline hashes', () => {
	test('hash the scripts a browser runs and every style, in a stable order', () => {
		const html =
			'<!doctype html><html><head><meta charset="utf-8"><script>b()</script><script type="module">a()</script>' +
			'<script type="application/ld+json">{"not":"run"}</script><script src="/x.js"></script><style>p{color:red}</style></head>' +
			'<body><template><script>c()</script></template></body></html>';
		const { scripts, styles } = inlineHashes(html);
		expect(scripts).toEqual([sha256Source('a()'), sha256Source('b()'), sha256Source('c()')].sort());
		expect(styles).toEqual([sha256Source('p{color:red}')]);
	});

	test('a <style> inside SVG is hashed as the browser reads it, with character references decoded', () => {
		const html = '<!doctype html><html><head><meta charset="utf-8"></head><body><svg><style>a &gt; b{fill:red}</style></svg><style>a &gt; b{}</style></body></html>';
		const { styles } = inlineHashes(html);
		expect(styles).toEqual([sha256Source('a > b{fill:red}'), sha256Source('a &gt; b{}')].sort());
	});
});

describe('policy', () => {
	const hashes = { scripts: ["'sha256-s'"], styles: ["'sha256-t'"] };

	test('nothing but this site, inline code only by hash, style attributes only as attributes', () => {
		const policy = contentSecurityPolicy(hashes);
		expect(policy).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-s'; style-src 'self' 'sha256-t'; style-src-attr 'unsafe-inline'; " +
				"img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'",
		);
		expect(contentSecurityPolicy(hashes, '*')).toBe(`${policy}; frame-ancestors *`);
	});

	test('goes first in the head, right after the charset, or the build stops', () => {
		expect(withPolicyMeta('<html><head><meta charset="utf-8"/><script>x</script>', "default-src 'self'", 'a.html')).toBe(
			'<html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><script>x</script>',
		);
		expect(() => withPolicyMeta('<html><head><script>x</script>', 'p', 'b.html')).toThrow('b.html: no <meta charset="utf-8">');
	});
});
