import { describe, expect, test } from 'vitest';
import { buildHops } from './hops.ts';
import { DEFAULT_CONFIGURATION } from './model.ts';
import { allConfigurations, validate } from './rules.ts';
import { readAddress as parseUrlState } from './setup-view.ts';
import { toSearch } from './url-state.ts';
import { FAULTS } from '../faults/catalogue.ts';
import { faultJourney } from '../faults/journey.ts';
import { inScope } from '../faults/model.ts';

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
		expect(state.notices).toEqual([
			'The link did not set “VPC link”, so it shows “V2”.',
			'The link did not set “Integration target”, so it shows “Application Load Balancer”.',
			'The link did not set “Backend”, so it shows “ECS tasks”.',
			'The link did not set “Client”, so it shows “Public internet”.',
		]);
	});

	test('a parameter given twice with the same value is used, quietly', () => {
		const search = '?api=http&link=v2&target=nlb&target=nlb&compute=ecs&client=public&step=2&step=2';
		expect(parseUrlState(search)).toEqual({ config: { ...DEFAULT_CONFIGURATION, api: 'http', target: 'nlb' }, step: 1, notices: [], present: true });
	});

	test.each([
		['two values it knows', '?api=http&api=rest&link=v2&target=alb&compute=ecs&client=public&step=1', '“API type”', '“REST API”'],
		[
			'two values it knows, neither of them the default',
			'?api=rest&link=v2&target=nlb&target=cloudmap&compute=ecs&client=public&step=1',
			'“Integration target”',
			'“Application Load Balancer”',
		],
		['a value it knows and one it does not', '?api=rest&link=v2&target=alb&compute=ecs&compute=<script>&client=public&step=1', '“Backend”', '“ECS tasks”'],
		['two hops', '?api=rest&link=v2&target=alb&compute=ecs&client=public&step=2&step=3', '“Hop”', '1'],
	])('a parameter repeated with %s: the notice says so and what shows, never that a value is unknown', (_, search, name, shows) => {
		const state = parseUrlState(search);
		expect(state).toMatchObject({ config: DEFAULT_CONFIGURATION, step: 0 });
		expect(state.notices).toEqual([`The link gives ${name} more than once, with different values, so it shows ${shows}.`]);
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
		expect(state.notices).toEqual([expect.stringMatching(/^The link’s value for “Hop” is .*, so it shows 1\.$/)]);
	});

	test('the hop range is the drawn path’s, for an unsupported setup its nearest supported one', () => {
		const unsupported = { ...DEFAULT_CONFIGURATION, api: 'http', link: 'v1' } as const;
		const validity = validate(unsupported);
		expect(validity.valid).toBe(false);
		const hops = buildHops(validity.valid ? unsupported : validity.alternative).length;
		expect(parseUrlState(toSearch(unsupported, hops - 1)).step).toBe(hops - 1);
		expect(parseUrlState(toSearch(unsupported, hops)).notices).toEqual([`The link’s value for “Hop” is outside the range the explorer accepts (1 to ${hops}), so it shows 1.`]);
	});

	test('an unsupported combination in a URL is kept, so a shared link can teach why', () => {
		const state = parseUrlState('?api=http&link=v1&target=nlb&compute=ec2&client=public&step=1');
		expect(state.config).toMatchObject({ api: 'http', link: 'v1' });
		expect(state.notices).toEqual([]);
	});

	describe('a fault in the URL', () => {
		const supported = allConfigurations().filter((config) => validate(config).valid);

		test('round-trips for every fault, every setup where it can happen and every hop to where it dies', () => {
			for (const fault of FAULTS) {
				for (const config of supported.filter((each) => inScope(fault.scope, each))) {
					const hops = faultJourney(config, buildHops(config), fault.id)!.hops.length;
					for (let step = 0; step < hops; step++) {
						expect(parseUrlState(toSearch(config, step, '', fault.id))).toEqual({ config, step, notices: [], present: true, fault: fault.id });
					}
					expect(parseUrlState(toSearch(config, hops, '', fault.id)).notices).toEqual([
						`The link’s value for “Hop” is outside the range the explorer accepts (1 to ${hops}), so it shows 1.`,
					]);
				}
			}
		});

		test('without a hop, a link opens on the hop where the request dies', () => {
			const fault = FAULTS[0]!;
			const config = supported.find((each) => inScope(fault.scope, each))!;
			const hops = faultJourney(config, buildHops(config), fault.id)!.hops.length;
			const search = toSearch(config, 0, '', fault.id).replace(/&step=\d+/, '');
			expect(parseUrlState(search)).toMatchObject({ step: hops - 1, fault: fault.id, notices: [] });
		});

		test('a fault that cannot happen in the setup falls back to none, named by its own title', () => {
			for (const fault of FAULTS) {
				const elsewhere = supported.find((each) => !inScope(fault.scope, each));
				if (!elsewhere) continue;
				const state = parseUrlState(toSearch(elsewhere, 0, '', fault.id));
				expect(state.fault).toBeUndefined();
				expect(state.config).toEqual(elsewhere);
				expect(state.notices).toEqual([`The link’s fault “${fault.title}” cannot happen in the setup it shows, so it shows no fault.`]);
			}
		});

		test('a fault on a setup AWS does not support falls back to none, and says why', () => {
			const state = parseUrlState(`?api=http&link=v1&target=nlb&compute=ec2&client=public&fault=${FAULTS[0]!.id}`);
			expect(state.fault).toBeUndefined();
			expect(state.notices).toEqual([`The link’s fault “${FAULTS[0]!.title}” cannot be shown on a setup AWS does not support, so it shows no fault.`]);
		});

		test.each([
			['<script>alert(1)</script>', 'is not one the explorer knows'],
			['"><img src=x onerror=alert(1)>', 'is not one the explorer knows'],
			['__proto__', 'is not one the explorer knows'],
			['constructor', 'is not one the explorer knows'],
			['SECURITY-GROUP-BLOCKS-LINK', 'is not one the explorer knows'],
			[`${FAULTS[0]!.id}&fault=javascript:alert(1)`, 'more than once, with different values'],
		])('fault=%s changes nothing but the notice, which repeats nothing from the URL', (value, says) => {
			const state = parseUrlState(`${toSearch(DEFAULT_CONFIGURATION, 0)}&fault=${value.includes('&fault=') ? value : encodeURIComponent(value)}`);
			expect(state).toMatchObject({ config: DEFAULT_CONFIGURATION, step: 0, fault: undefined });
			expect(state.notices).toEqual([expect.stringContaining(says)]);
			expect(state.notices[0]).toContain('so it shows no fault');
			expect(state.notices[0]).not.toMatch(/[<>"]|script|alert|proto|javascript|onerror|constructor/i);
		});

		test('a fault given twice is used when the copies agree, and falls back to none, saying it was repeated, when they do not', () => {
			const [first, second] = FAULTS;
			const config = supported.find((each) => inScope(first!.scope, each))!;
			const search = toSearch(config, 0, '', first!.id);
			expect(parseUrlState(`${search}&fault=${first!.id}`)).toEqual({ config, step: 0, notices: [], present: true, fault: first!.id });
			const repeated = 'The link gives “What can go wrong” more than once, with different values, so it shows no fault.';
			// Two faults it knows, and an empty copy beside a fault on either side of it.
			for (const twice of [`${search}&fault=${second!.id}`, `${search}&fault=`, `?fault=&${search.slice(1)}`]) {
				expect(parseUrlState(twice), twice).toEqual({ config, step: 0, notices: [repeated], present: true, fault: undefined });
			}
		});

		test('an empty fault means none, quietly; writing no fault drops the parameter', () => {
			expect(parseUrlState(`${toSearch(DEFAULT_CONFIGURATION, 0)}&fault=`)).toEqual({ config: DEFAULT_CONFIGURATION, step: 0, notices: [], present: true });
			expect(toSearch(DEFAULT_CONFIGURATION, 0, `?fault=${FAULTS[0]!.id}&theme=dark`)).not.toContain('fault=');
			expect(toSearch(DEFAULT_CONFIGURATION, 0, '?theme=dark', FAULTS[0]!.id)).toContain(`theme=dark`);
		});
	});
});
