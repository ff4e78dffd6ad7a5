import { expect, test } from 'vitest';
import { allConfigurations } from './rules.ts';
import { accountSetup } from './setup.ts';

test('every path lists what the consumer account and the provider account each set up, with sources', () => {
	for (const config of allConfigurations()) {
		const setup = accountSetup(config);
		expect(setup.map((s) => s.side)).toEqual(['consumer', 'provider']);
		expect(setup[0]!.heading).toContain('111111111111');
		expect(setup[1]!.heading).toContain('222222222222');
		for (const task of setup.flatMap((s) => s.tasks)) {
			expect(task.sources.length).toBeGreaterThan(0);
			if (task.inferred) expect(task.text).toMatch(/inference/);
		}
	}
});

test('the provider allows the API account on its endpoint service; the REST step is marked as inferred', () => {
	const http = accountSetup({ pattern: 'backend', via: 'http-api' });
	expect(http[1]!.tasks.map((t) => t.text).join(' ')).toContain('arn:aws:iam::111111111111:root');
	expect(http.flatMap((s) => s.tasks).some((t) => t.inferred)).toBe(false);
	expect(accountSetup({ pattern: 'backend', via: 'rest-api' }).flatMap((s) => s.tasks).filter((t) => t.inferred)).toHaveLength(1);
});
