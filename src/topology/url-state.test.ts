import { describe, expect, test } from 'vitest';
import { buildHops } from './hops.ts';
import { DEFAULT_CONFIGURATION } from './model.ts';
import { allConfigurations, validate } from './rules.ts';
import { parseUrlState, toSearch } from './url-state.ts';

describe('URL state', () => {
	test('round-trips every configuration and every hop of its path', () => {
		for (const config of allConfigurations()) {
			const validity = validate(config);
			const hops = buildHops(validity.valid ? config : validity.alternative).length;
			for (let step = 0; step < hops; step++) {
				expect(parseUrlState(toSearch(config, step))).toEqual({ config, step, notices: [], present: true });
			}
		}
	});

	test('a URL without explorer state gives the default view and no notice', () => {
		expect(parseUrlState('')).toEqual({ config: DEFAULT_CONFIGURATION, step: 0, notices: [], present: false });
		expect(parseUrlState('?utm_source=newsletter')).toMatchObject({ notices: [], present: false });
	});

	test('a partial URL fills in defaults and says so', () => {
		const state = parseUrlState('?api=http');
		expect(state.config).toEqual({ ...DEFAULT_CONFIGURATION, api: 'http' });
		expect(state.notices).toEqual([expect.stringContaining('did not set VPC link, Integration target, Backend, Client')]);
	});

	test('a URL with only a hop means the default setup at that hop, with no notice', () => {
		expect(parseUrlState('?step=3')).toEqual({ config: DEFAULT_CONFIGURATION, step: 2, notices: [], present: true });
	});

	test.each([
		['?api=<script>alert(1)</script>&link=v2&target=alb&compute=ecs&client=public', 'API type'],
		['?api=rest&link=v2&target="><img src=x onerror=alert(1)>&compute=ecs&client=public', 'Integration target'],
		['?api=REST&link=v2&target=alb&compute=ecs&client=public', 'API type'],
		['?api=rest&api=http&link=v2&target=alb&compute=ecs&client=public', 'API type'],
		['?api=rest&link=__proto__&target=alb&compute=ecs&client=public', 'VPC link'],
		['?api=rest&link=v2&target=alb&compute=javascript:alert(1)&client=public', 'Backend'],
	])('%s falls back to the default with a notice that repeats nothing from the URL', (search, legend) => {
		const state = parseUrlState(search);
		expect(state.config).toEqual(DEFAULT_CONFIGURATION);
		expect(state.notices).toHaveLength(1);
		expect(state.notices[0]).toContain(legend);
		expect(state.notices[0]).not.toMatch(/[<>"]|script|alert|proto|javascript|onerror/);
	});

	test.each(['abc', '0', '-1', '999', '1e3', '2.5', ' 3'])('step=%s is refused with a notice and starts at hop 1', (step) => {
		const state = parseUrlState(`${toSearch(DEFAULT_CONFIGURATION, 0).replace(/&step=\d+/, '')}&step=${encodeURIComponent(step)}`);
		expect(state.step).toBe(0);
		expect(state.notices).toEqual([expect.stringContaining('starts at hop 1 of')]);
	});

	test('an unsupported combination in a URL is kept, so a shared link can teach why', () => {
		const state = parseUrlState('?api=http&link=v1&target=nlb&compute=ec2&client=public&step=1');
		expect(state.config).toMatchObject({ api: 'http', link: 'v1' });
		expect(state.notices).toEqual([]);
	});
});
