import { describePicture, pictureLabel } from './describe.ts';
import { layoutPlan, type Layout } from './layout.ts';
import { runChecks, verdictOf, type Check, type Verdict } from './limits.ts';
import { metersOf, type Meter } from './meters.ts';
import type { Plan } from './model.ts';
import { describeBucket, runBucket, type BucketRun } from './token-bucket.ts';

/**
 * Everything the planner shows of one plan, worked out: the checks and the verdict, the bars, the
 * token bucket's run, and the drawing with its words. The island only renders it. The page
 * carries the view of the plan it opens with; the browser loads this module (the quotas, every
 * check in words, the layout) only when the reader reaches for the inputs, or opens a link to
 * another plan (see view-loader.ts), as the explorers do with theirs.
 */
export interface PlanView {
	checks: Check[];
	verdict: Verdict;
	meters: Meter[];
	bucket: BucketRun;
	/** The bucket's run in words. */
	bucketSummary: string;
	layout: Layout;
	/** The drawing's short name and its description. */
	picture: { label: string; text: string };
}

export function planView(plan: Plan): PlanView {
	const checks = runChecks(plan);
	const verdict = verdictOf(checks);
	const bucket = runBucket(plan);
	return {
		checks,
		verdict,
		meters: metersOf(plan, checks, verdict.first),
		bucket,
		bucketSummary: describeBucket(plan, bucket),
		layout: layoutPlan(plan),
		picture: { label: pictureLabel(plan), text: describePicture(plan) },
	};
}
