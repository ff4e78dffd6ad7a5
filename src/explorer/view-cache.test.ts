import { describe, expect, test, vi } from 'vitest';
import { viewCache, type IdleDeadline } from './view-cache.ts';

/** An idle scheduler the test runs by hand, with the time left it chooses. */
function manualIdle() {
	const tasks: Array<(deadline: IdleDeadline) => void> = [];
	return {
		schedule: (task: (deadline: IdleDeadline) => void) => {
			tasks.push(task);
			return () => tasks.splice(tasks.indexOf(task), 1);
		},
		run(timeLeft: number[]) {
			const task = tasks.shift();
			task?.({ timeRemaining: () => timeLeft.shift() ?? 0 });
			return task !== undefined;
		},
		get pending() {
			return tasks.length;
		},
	};
}

describe('viewCache', () => {
	test('works a view out once and gives back the same object for the same name', () => {
		const compute = vi.fn((n: number) => ({ n }));
		const cache = viewCache(compute, manualIdle().schedule);
		const first = cache.get('one', 1);
		expect(cache.get('one', 1)).toBe(first);
		expect(compute).toHaveBeenCalledTimes(1);
	});

	test('forgets the view used longest ago beyond its limit', () => {
		const compute = vi.fn((n: number) => ({ n }));
		const cache = viewCache(compute, manualIdle().schedule, 2);
		const one = cache.get('1', 1);
		cache.get('2', 2);
		cache.get('1', 1);
		cache.get('3', 3);
		expect(cache.get('1', 1)).toBe(one);
		cache.get('2', 2);
		expect(compute).toHaveBeenCalledTimes(4);
	});

	test('works out ahead in idle time, as much as the time left allows, and skips what it has', () => {
		const compute = vi.fn((n: number) => ({ n }));
		const idle = manualIdle();
		const cache = viewCache(compute, idle.schedule);
		cache.get('1', 1);
		cache.ahead([1, 2, 3, 4].map((n) => ({ key: String(n), request: n })));
		expect(compute).toHaveBeenCalledTimes(1);
		// 10 ms left after the first view, then 1 ms: two views, and the rest in the next idle period.
		idle.run([10, 1]);
		expect(compute).toHaveBeenCalledTimes(3);
		expect(idle.pending).toBe(1);
		idle.run([0]);
		expect(compute).toHaveBeenCalledTimes(4);
		expect(idle.pending).toBe(0);
		compute.mockClear();
		cache.get('3', 3);
		expect(compute).not.toHaveBeenCalled();
	});

	test('a call at the timeout, with no time left, still works one view out', () => {
		const compute = vi.fn((n: number) => ({ n }));
		const idle = manualIdle();
		viewCache(compute, idle.schedule).ahead([{ key: 'a', request: 1 }, { key: 'b', request: 2 }]);
		idle.run([0]);
		expect(compute).toHaveBeenCalledTimes(1);
	});

	test('stopping cancels what has not run', () => {
		const compute = vi.fn((n: number) => ({ n }));
		const idle = manualIdle();
		const stop = viewCache(compute, idle.schedule).ahead([{ key: 'a', request: 1 }]);
		stop();
		expect(idle.run([10])).toBe(false);
		expect(compute).not.toHaveBeenCalled();
	});
});
