import { describe, expect, test } from 'vitest';
import { escapeAttribute } from './escape-attribute.ts';
import { decodeEntities } from './decode-entities.ts';

describe('markup helpers', () => {
	test('decode what the HTML serialiser writes, and numeric references', () => {
		expect(decodeEntities('A &amp; B &lt;C&gt; &quot;d&quot; &#39;e&#x27;&nbsp;f')).toBe('A & B <C> "d" \'e\'\u00a0f');
		expect(decodeEntities('&unknown; stays')).toBe('&unknown; stays');
	});

	test('escape text for a double-quoted attribute', () => {
		expect(escapeAttribute('A & "B" <C>')).toBe('A &amp; &quot;B&quot; &lt;C&gt;');
		expect(escapeAttribute(decodeEntities('VPC link &amp; NLB'))).toBe('VPC link &amp; NLB');
	});
});
