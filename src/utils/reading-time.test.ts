import { describe, expect, test } from 'vitest';
import { proseWords, readingMinutes, WORDS_PER_MINUTE } from './reading-time.ts';

describe('proseWords counts what a reader reads', () => {
	test('the words of the prose, with inline code as one word each', () => {
		expect(proseWords('A VPC link V2 reaches an ALB.\n\nSet `integrationTarget` to its ARN.')).toBe(7 + 5);
	});

	test('not the front matter, imports, code blocks, components or link targets', () => {
		const mdx = [
			'---',
			'title: Chapter',
			'description: many words that are not read here at all',
			'---',
			"import TopologyExplorer from '../../src/components/topology/TopologyExplorer.tsx';",
			'',
			'Two words.',
			'',
			'```ts',
			'const words = "in a code block are not prose";',
			'```',
			'',
			'<TopologyExplorer client:visible preset={{ api: "http" }} />',
			'',
			'See [the guide](https://docs.aws.amazon.com/apigateway/latest/developerguide/welcome.html).',
		].join('\n');
		expect(proseWords(mdx)).toBe(2 + 3);
	});
});

test('readingMinutes rounds to whole minutes at the pace for technical prose, and is never 0', () => {
	const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
	expect(readingMinutes(words(WORDS_PER_MINUTE * 25))).toBe(25);
	expect(readingMinutes(words(WORDS_PER_MINUTE * 25 + WORDS_PER_MINUTE / 4))).toBe(25);
	expect(readingMinutes('')).toBe(1);
});
