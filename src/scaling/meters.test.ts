import { describe, expect, test } from 'vitest';
import { runChecks, verdictOf } from './limits.ts';
import { metersOf } from './meters.ts';
import { DEFAULT_PLAN, type Plan } from './model.ts';

const meters = (plan: Plan) => {
	const checks = runChecks(plan);
	return metersOf(plan, checks, verdictOf(checks).first);
};

describe('metersOf', () => {
	test('every numeric check gets a bar, in the checks’ order; the zones check has none', () => {
		expect(meters(DEFAULT_PLAN).map((meter) => meter.id)).toEqual(['throttle', 'burst', 'routes', 'subnets', 'vpcLinks', 'timeout']);
	});

	test('the default plan sits inside every limit (the timeout right at it), and no bar is marked first', () => {
		for (const meter of meters(DEFAULT_PLAN)) {
			expect(meter.fill).toBeLessThanOrEqual(meter.mark);
			expect(meter.first).toBe(false);
		}
		expect(meters(DEFAULT_PLAN)[0]).toMatchObject({ text: '1,000 of 10,000 a second', fill: 1_000 / 10_000 / 1.5 });
	});

	test('a plan over a limit passes the mark, the first binding check is marked, and the bar stops at the end of the track', () => {
		const over = meters({ ...DEFAULT_PLAN, rps: 12_000, burst: 100_000 });
		const throttle = over.find((meter) => meter.id === 'throttle')!;
		const burst = over.find((meter) => meter.id === 'burst')!;
		expect(throttle).toMatchObject({ status: 'binds', first: true });
		expect(throttle.fill).toBeGreaterThan(throttle.mark);
		expect(burst).toMatchObject({ status: 'binds', first: false, fill: 1 });
	});

	test('the limits follow the API type and the Region', () => {
		const http = meters({ ...DEFAULT_PLAN, apiType: 'http', regionClass: 'newer' });
		expect(http.find((meter) => meter.id === 'throttle')!.limit).toBe(2_500);
		expect(http.find((meter) => meter.id === 'timeout')!.limit).toBe(30_000);
		expect(http.find((meter) => meter.id === 'routes')!.label).toBe('Routes');
	});
});
