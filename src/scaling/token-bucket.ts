import { QUOTAS } from './quotas.ts';
import { countOf, formatNumber, type Plan } from './model.ts';

/**
 * A model of the account's token bucket, for the planner's animation. AWS says API Gateway
 * throttles with the token bucket algorithm, a token per request, with a steady rate and a burst
 * that is the bucket's size. The model adds the usual mechanics: the bucket starts full, refills
 * at the steady rate up to its size, and a request that finds no token gets 429 Too Many
 * Requests. AWS calls its throttles best-effort targets, so this is a picture of the idea, not a
 * prediction of counts; and the real bucket is shared by every API in the account and Region.
 */

/** Seconds the model runs, and the length of one step. */
export const DURATION_S = 4;
export const STEP_S = 0.05;
/** When the spike of `plan.burst` requests arrives, all in one step. */
const SPIKE_AT_S = 1;

export interface BucketStep {
	/** Seconds since the start. */
	t: number;
	/** Tokens left at the end of the step. */
	tokens: number;
	/** In the step of the spike, the tokens right after it took its share, before the refill; in any other, `tokens`. */
	low: number;
	/** Requests answered 429 in the step. */
	throttled: number;
}

export interface BucketRun {
	/** Seconds modelled, and when the spike arrives: the drawing's time axis. */
	duration: number;
	spikeAt: number;
	/** The bucket's size: the account's burst quota. */
	size: number;
	/** Tokens added per second: the account's steady-rate quota. */
	refill: number;
	steps: BucketStep[];
	/** Requests of the spike answered 429. */
	spikeThrottled: number;
	/** Requests a second answered 429 once the bucket is dry under steady traffic alone. */
	steadyThrottled: number;
	/** When the bucket first ran dry, in seconds; undefined if it never did. */
	dryAt: number | undefined;
}

export function runBucket(plan: Pick<Plan, 'rps' | 'burst' | 'regionClass'>): BucketRun {
	const size = QUOTAS.burst[plan.regionClass];
	const refill = QUOTAS.throttleRps[plan.regionClass];
	const count = Math.round(DURATION_S / STEP_S);
	// The step that starts at the spike's moment (steps are numbered by their end).
	const spikeStep = Math.round(SPIKE_AT_S / STEP_S) + 1;
	let tokens = size;
	let spikeThrottled = 0;
	let dryAt: number | undefined;
	const steps: BucketStep[] = [];
	for (let index = 1; index <= count; index++) {
		// The spike arrives at the start of its step and meets the bucket as it is; the steady
		// requests spread over the step, as the bucket refills; what they leave it keeps, up to its size.
		const spike = index === spikeStep ? plan.burst : 0;
		const spikeServed = Math.min(spike, tokens);
		const afterSpike = tokens - spikeServed;
		const available = afterSpike + refill * STEP_S;
		const steady = plan.rps * STEP_S;
		const steadyServed = Math.min(steady, available);
		tokens = Math.min(size, available - steadyServed);
		const throttled = spike - spikeServed + (steady - steadyServed);
		if (spike > 0) spikeThrottled = spike - spikeServed;
		const t = Number((index * STEP_S).toFixed(2));
		const low = spike > 0 ? Math.min(afterSpike, tokens) : tokens;
		// Less than one token left is dry (requests are whole): a spike empties it as it starts its step.
		if (dryAt === undefined && low < 1) dryAt = spike > 0 && afterSpike < 1 ? SPIKE_AT_S : t;
		steps.push({ t, tokens, low, throttled });
	}
	return { duration: DURATION_S, spikeAt: SPIKE_AT_S, size, refill, steps, spikeThrottled, steadyThrottled: Math.max(0, plan.rps - refill), dryAt };
}

/** What the model shows, in one or two sentences: the text alternative of the animation. */
export function describeBucket(plan: Pick<Plan, 'rps' | 'burst'>, run: BucketRun): string {
	const bucket = `The bucket holds ${countOf(run.size, ['token', 'tokens'])} and refills at ${formatNumber(run.refill)} a second.`;
	const spike = `The spike of ${countOf(plan.burst, ['request', 'requests'])}`;
	const spikeThrottled = formatNumber(Math.round(run.spikeThrottled));
	if (run.steadyThrottled > 0) {
		const steady = Math.round(run.steadyThrottled);
		const after = `about ${countOf(steady, ['request a second gets', 'requests a second get'])} 429 Too Many Requests`;
		const taken = `${bucket} Steady traffic of ${formatNumber(plan.rps)} a second takes tokens faster than that.`;
		const emptyAfter = (dryAt: number) => `It is empty after ${countOf(Number(dryAt.toFixed(2)), ['second', 'seconds'])}`;
		// Empty before the spike comes: the spike finds nothing, and says nothing new about the bucket.
		if (run.dryAt !== undefined && run.dryAt < run.spikeAt) {
			const spikeToo = run.spikeThrottled >= 1 ? `, and so do ${spikeThrottled} of the spike’s ${formatNumber(plan.burst)}` : '';
			return `${taken} ${emptyAfter(run.dryAt)}; from then on ${after}${spikeToo}.`;
		}
		if (run.spikeThrottled >= 1) return `${taken} ${spike} empties it at once, and ${spikeThrottled} of them get 429; from then on ${after}.`;
		return `${taken} ${run.dryAt === undefined ? 'Once it is empty,' : `${emptyAfter(run.dryAt)}, and from then on`} ${after}.`;
	}
	if (run.spikeThrottled >= 1) return `${bucket} ${spike} finds too few tokens: ${spikeThrottled} of them get 429 Too Many Requests, then the bucket fills again.`;
	return `${bucket} ${spike} takes tokens from it and steady traffic of ${formatNumber(plan.rps)} a second leaves room to refill: no request is throttled.`;
}
