import { describe, expect, test } from 'vitest';
import { rankSubResults, SECTIONS_SHOWN } from './rank-sub-results.ts';

const PAGE = '/troubleshooting/';
const section = (anchor: string, ...scores: number[]) => ({
	url: anchor ? `${PAGE}#${anchor}` : PAGE,
	locations: scores.map((_, i) => i),
	weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('rankSubResults', () => {
	test('the best-scoring sections first, at most three, whatever their place on the page', () => {
		const ranked = rankSubResults(PAGE, [
			section('how-to-look', 1, 1),
			section('find-your-symptom', 2),
			section('intermittent-504', 40, 2),
			section('504-endpoint-request-timed-out', 35),
			section('sources', 1),
		]);
		expect(ranked.map((s) => s.url.split('#')[1])).toEqual(['intermittent-504', '504-endpoint-request-timed-out', 'how-to-look']);
		expect(ranked).toHaveLength(SECTIONS_SHOWN);
	});

	test('the page’s own entry stays first; ties keep page order; no weights falls back to match counts', () => {
		const ranked = rankSubResults(PAGE, [section('', 1), section('a', 5), section('b', 9), section('c', 5)]);
		expect(ranked.map((s) => s.url)).toEqual([PAGE, `${PAGE}#b`, `${PAGE}#a`, `${PAGE}#c`]);
		const unweighted = [
			{ url: `${PAGE}#one`, locations: [1] },
			{ url: `${PAGE}#two`, locations: [2, 3] },
		];
		expect(rankSubResults(PAGE, unweighted).map((s) => s.url)).toEqual([`${PAGE}#two`, `${PAGE}#one`]);
		expect(rankSubResults(PAGE, [])).toEqual([]);
	});
});
