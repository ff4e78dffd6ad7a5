import { describe, expect, it } from 'vitest';
import { hopCount } from './hop-count.ts';
import { buildHops } from './hops.ts';
import { allConfigurations, validate } from './rules.ts';

describe('hopCount', () => {
	const supported = allConfigurations().filter((config) => validate(config).valid);

	it.each(supported.map((config) => [Object.values(config).join(' '), config] as const))('counts the hops of %s as buildHops does', (_, config) => {
		expect(hopCount(config)).toBe(buildHops(config).length);
	});
});
