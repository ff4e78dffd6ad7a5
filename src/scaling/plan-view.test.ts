import { describe, expect, test } from 'vitest';
import { describePicture } from './describe.ts';
import { runChecks, verdictOf } from './limits.ts';
import { DEFAULT_PLAN } from './model.ts';
import { planView } from './plan-view.ts';

describe('planView', () => {
	test('holds the checks, the verdict, a bar per numeric check, the bucket’s run and the drawing in words', () => {
		const plan = { ...DEFAULT_PLAN, rps: 12_000 };
		const view = planView(plan);
		expect(view.checks).toEqual(runChecks(plan));
		expect(view.verdict).toEqual(verdictOf(runChecks(plan)));
		expect(view.meters.find((meter) => meter.first)?.id).toBe('throttle');
		expect(view.bucket.steadyThrottled).toBe(2_000);
		expect(view.bucketSummary).toContain('2,000 requests a second get 429');
		expect(view.picture.text).toBe(describePicture(plan));
	});

	test('survives the page’s copy: JSON and back gives the same view', () => {
		const view = planView(DEFAULT_PLAN);
		expect(JSON.parse(JSON.stringify(view))).toEqual(view);
	});
});
