import { describe, expect, test } from 'vitest';
import { DEFAULT_PLAN } from './model.ts';
import { describeBucket, DURATION_S, runBucket, STEP_S } from './token-bucket.ts';

describe('runBucket', () => {
	test('the default plan is never throttled, and the bucket stays between empty and full', () => {
		const run = runBucket(DEFAULT_PLAN);
		expect(run).toMatchObject({ size: 5_000, refill: 10_000, dryAt: undefined });
		expect(run.steps.every((step) => step.throttled === 0)).toBe(true);
		expect(run.steps).toHaveLength(DURATION_S / STEP_S);
		for (const step of run.steps) expect(step.tokens).toBeGreaterThanOrEqual(0), expect(step.tokens).toBeLessThanOrEqual(5_000);
		// The spike of 500 takes its tokens at once: the lowest point is before the refill.
		expect(Math.min(...run.steps.map((step) => step.low))).toBe(4_500);
	});

	test('a spike past the bucket empties it: its lowest point is zero', () => {
		const run = runBucket({ ...DEFAULT_PLAN, burst: 12_000 });
		expect(Math.min(...run.steps.map((step) => step.low))).toBe(0);
		expect(run.dryAt).toBe(1);
	});

	test('a spike the size of the bucket fits, as the burst check says; one request more does not', () => {
		expect(runBucket({ ...DEFAULT_PLAN, burst: 5_000 }).spikeThrottled).toBe(0);
		expect(runBucket({ ...DEFAULT_PLAN, burst: 5_001 }).spikeThrottled).toBe(1);
		expect(runBucket({ ...DEFAULT_PLAN, burst: 12_000 }).spikeThrottled).toBe(7_000);
	});

	test('steady traffic above the refill empties the bucket, then throttles the difference', () => {
		const run = runBucket({ ...DEFAULT_PLAN, rps: 12_000, burst: 500 });
		// 5,000 tokens drain at 2,000 a second, less the spike's 500 at one second.
		expect(run.dryAt).toBe(2.25);
		expect(run.steadyThrottled).toBe(2_000);
		expect(run.steps.at(-1)!.throttled).toBeCloseTo(2_000 * STEP_S);
	});

	test('the Regions with lower defaults have the smaller bucket', () => {
		expect(runBucket({ ...DEFAULT_PLAN, regionClass: 'newer' })).toMatchObject({ size: 1_250, refill: 2_500 });
	});
});

describe('describeBucket', () => {
	const say = (plan: typeof DEFAULT_PLAN) => describeBucket(plan, runBucket(plan));
	test('says whether and why requests get 429, with the numbers', () => {
		expect(say(DEFAULT_PLAN)).toContain('no request is throttled');
		expect(say({ ...DEFAULT_PLAN, burst: 12_000 })).toContain('7,000 of them get 429 Too Many Requests');
		expect(say({ ...DEFAULT_PLAN, rps: 12_000 })).toContain('It is empty after 2.25 seconds, and from then on about 2,000 requests a second get 429');
		expect(say({ ...DEFAULT_PLAN, rps: 10_001 })).toContain('Once it is empty, about 1 request a second gets 429');
		// Empty before the spike: the spike's requests get 429 as well.
		expect(say({ ...DEFAULT_PLAN, rps: 20_000, burst: 9_000 })).toContain(
			'It is empty after 0.5 seconds; from then on about 10,000 requests a second get 429 Too Many Requests, and so do 9,000 of the spike’s 9,000.',
		);
		// Both at once: the spike is what empties it, a bucket the steady overrun has already drawn
		// down to 3,000 (5,000 less 2,000 a second for the first second).
		expect(say({ ...DEFAULT_PLAN, rps: 12_000, burst: 12_000 })).toContain('The spike of 12,000 requests empties it at once, and 9,000 of them get 429; from then on about 2,000 requests a second get 429');
	});
});
