import { describe, expect, test } from 'vitest';
import { CHECK_IDS, runChecks, verdictOf, type Check, type CheckId } from './limits.ts';
import { QUOTAS } from './quotas.ts';
import { DEFAULT_PLAN, type Plan } from './model.ts';
import { SOURCES } from './sources.ts';

const plan = (changes: Partial<Plan> = {}): Plan => ({ ...DEFAULT_PLAN, ...changes });
const check = (p: Plan, id: CheckId): Check => runChecks(p).find((c) => c.id === id)!;
const status = (changes: Partial<Plan>, id: CheckId) => check(plan(changes), id).status;

describe('the checks', () => {
	test('come in a fixed order, each with at least one AWS source', () => {
		for (const p of [plan(), plan({ apiType: 'http' }), plan({ azs: 1, regionClass: 'newer' })]) {
			const checks = runChecks(p);
			expect(checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
			for (const c of checks) {
				expect(c.sources.length, c.id).toBeGreaterThan(0);
				for (const source of c.sources) expect(source.url).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
			}
		}
	});

	test('the default plan fits everything', () => {
		const checks = runChecks(plan());
		expect(checks.map((c) => c.status)).toEqual(CHECK_IDS.map(() => 'within'));
		expect(verdictOf(checks)).toMatchObject({ first: undefined, others: 0, advice: 0, headline: 'Everything fits the default quotas.' });
	});

	test('never show a number of network interfaces', () => {
		const text = JSON.stringify(runChecks(plan({ azs: 1, subnetsPerAz: 3 })));
		expect(text).not.toMatch(/\d+\s+(network interfaces|ENIs)/i);
	});
});

describe('account throttle', () => {
	test('exactly at the default is within; one over binds, and it can be raised', () => {
		expect(status({ rps: 10_000 }, 'throttle')).toBe('within');
		const over = check(plan({ rps: 10_001 }), 'throttle');
		expect(over.status).toBe('binds');
		expect(over.raise).toMatch(/^Yes/);
		expect(over.finding).toContain('10,001 requests per second is above the default of 10,000');
		expect(over.sources).toEqual([SOURCES.accountQuotas]);
	});

	test('newer Regions start lower: switching the Region class moves the line', () => {
		expect(status({ rps: 2_500, regionClass: 'newer' }, 'throttle')).toBe('within');
		expect(status({ rps: 2_501, regionClass: 'newer' }, 'throttle')).toBe('binds');
		expect(status({ rps: 2_501, regionClass: 'standard' }, 'throttle')).toBe('within');
		expect(check(plan({ regionClass: 'newer' }), 'throttle').limit).toContain('2,500');
	});

	test('a REST timeout above 29 s adds the warning that the throttle quota may drop', () => {
		expect(check(plan({ timeoutMs: 29_001 }), 'throttle').notes.join(' ')).toMatch(/lower account throttle quota/);
		expect(check(plan({ timeoutMs: 29_000 }), 'throttle').notes.join(' ')).not.toMatch(/lower account throttle quota/);
		expect(check(plan({ apiType: 'http', timeoutMs: 29_001 }), 'throttle').notes.join(' ')).not.toMatch(/lower account throttle quota/);
	});
});

describe('burst', () => {
	test('at the bucket size is within; one over binds, with the two ways out rather than a refusal', () => {
		expect(status({ burst: 5_000 }, 'burst')).toBe('within');
		const over = check(plan({ burst: 5_001 }), 'burst');
		expect(over.status).toBe('binds');
		expect(over.statusLabel).toBe('Binds');
		// The burst itself is never something to ask for; the RPS quota is.
		expect(over.raise).toMatch(/^Not by request: AWS sets it from the account’s RPS quota/);
		expect(over.finding).toMatch(/part of the spike can get 429/);
		expect(over.finding).toMatch(/raise the account’s RPS quota/);
		expect(over.finding).toMatch(/spread the spike over a longer window/);
	});

	test('newer Regions have a burst of 1,250', () => {
		expect(status({ burst: 1_250, regionClass: 'newer' }, 'burst')).toBe('within');
		expect(status({ burst: 1_251, regionClass: 'newer' }, 'burst')).toBe('binds');
	});
});

describe('routes and resources', () => {
	test('REST APIs count resources against their own table', () => {
		const c = check(plan({ routes: 300 }), 'routes');
		expect(c).toMatchObject({ title: 'Resources per REST API', status: 'within', sources: [SOURCES.restQuotas] });
		expect(status({ routes: 301 }, 'routes')).toBe('binds');
	});

	test('HTTP APIs count routes, and mention the integrations limit that cannot be raised', () => {
		const c = check(plan({ apiType: 'http', routes: 301 }), 'routes');
		expect(c).toMatchObject({ title: 'Routes per HTTP API', status: 'binds', sources: [SOURCES.httpQuotas] });
		expect(c.notes.join(' ')).toMatch(/300 integrations.*cannot be raised/);
		expect(status({ apiType: 'http', routes: 300 }, 'routes')).toBe('within');
	});
});

describe('subnets per VPC link', () => {
	test('counts every subnet in every zone: 10 is within, 12 binds', () => {
		const at = check(plan({ azs: 5, subnetsPerAz: 2 }), 'subnets');
		expect(at.status).toBe('within');
		expect(at.value).toContain('10 subnets');
		expect(status({ azs: 3, subnetsPerAz: 4 }, 'subnets')).toBe('binds');
		expect(status({ azs: 1, subnetsPerAz: 5 }, 'subnets')).toBe('within');
	});

	test('says the page is silent on several subnets in one zone only when the plan has them', () => {
		expect(check(plan({ subnetsPerAz: 2 }), 'subnets').notes.join(' ')).toMatch(/does not say/);
		expect(check(plan({ subnetsPerAz: 1 }), 'subnets').notes.join(' ')).not.toMatch(/does not say/);
	});
});

describe('VPC links per Region', () => {
	test('HTTP APIs: one link against the HTTP table’s 10', () => {
		const c = check(plan({ apiType: 'http' }), 'vpcLinks');
		expect(c.status).toBe('within');
		expect(c.limit).toBe('10 VPC links');
	});

	test('REST APIs: both published figures, and an honest note that AWS has not said which applies', () => {
		const c = check(plan({ apiType: 'rest' }), 'vpcLinks');
		expect(c.status).toBe('within');
		expect(c.limit).toContain(`${QUOTAS.vpcLinksRestTable} in the REST API table`);
		expect(c.limit).toContain(`${QUOTAS.vpcLinksHttpTable} in the HTTP API table`);
		expect(c.notes[0]).toMatch(/has not published which/);
		expect(c.sources).toEqual([SOURCES.restQuotas, SOURCES.httpQuotas]);
	});

	test('sharing one link is credited when there are several APIs', () => {
		expect(check(plan({ apis: 4 }), 'vpcLinks').notes.join(' ')).toContain('use one VPC link of the quota, not 4');
		expect(check(plan({ apis: 1 }), 'vpcLinks').notes.join(' ')).not.toContain('share one link');
	});
});

describe('integration timeout', () => {
	test('HTTP: 50 ms to 30,000 ms, and nothing outside it can be raised', () => {
		const t = (timeoutMs: number) => status({ apiType: 'http', timeoutMs }, 'timeout');
		expect([t(49), t(50), t(30_000), t(30_001)]).toEqual(['blocked', 'within', 'within', 'blocked']);
		expect(check(plan({ apiType: 'http' }), 'timeout').raise).toBe('No');
		expect(check(plan({ apiType: 'http', timeoutMs: 30_001 }), 'timeout').statusLabel).toBe('Not allowed');
		expect(check(plan({ apiType: 'http', timeoutMs: 30_000 }), 'timeout').statusLabel).toBe('Within');
	});

	test('REST: 50 ms to 29,000 ms by default; above binds (raisable), below is not allowed', () => {
		const t = (timeoutMs: number) => status({ apiType: 'rest', timeoutMs }, 'timeout');
		expect([t(49), t(50), t(29_000), t(29_001), t(30_000)]).toEqual(['blocked', 'within', 'within', 'binds', 'binds']);
		const over = check(plan({ timeoutMs: 60_000 }), 'timeout');
		expect(over.finding).toMatch(/Regional and private REST APIs can ask for more; edge-optimized ones cannot/);
		expect(over.sources).toContain(SOURCES.restTimeoutIncrease);
		expect(over.statusLabel).toBe('Binds');
		expect(check(plan({ timeoutMs: 49 }), 'timeout').statusLabel).toBe('Not allowed');
	});

	test('switching the API type changes which rule applies to the same value', () => {
		expect(status({ apiType: 'rest', timeoutMs: 29_500 }, 'timeout')).toBe('binds');
		expect(status({ apiType: 'http', timeoutMs: 29_500 }, 'timeout')).toBe('within');
		expect(status({ apiType: 'rest', timeoutMs: 31_000 }, 'timeout')).toBe('binds');
		expect(status({ apiType: 'http', timeoutMs: 31_000 }, 'timeout')).toBe('blocked');
	});
});

describe('Availability Zones', () => {
	test('one zone is advice, labelled as inference, never a binding limit', () => {
		const c = check(plan({ azs: 1 }), 'zones');
		expect(c.status).toBe('advice');
		expect(c.notes.join(' ')).toMatch(/inference/);
		expect(c.sources).toContain(SOURCES.multiAzGuidance);
		expect(verdictOf(runChecks(plan({ azs: 1 }))).first).toBeUndefined();
		expect(verdictOf(runChecks(plan({ azs: 1 }))).advice).toBe(1);
	});

	test('two or more zones are within, and the supported zone IDs are pointed out', () => {
		const c = check(plan({ azs: 2 }), 'zones');
		expect(c.status).toBe('within');
		expect(c.notes.join(' ')).toMatch(/use1-az1.*not use1-az3/);
	});
});

describe('the verdict', () => {
	test('names the first check in the fixed order, not the worst one', () => {
		// The timeout (not allowed) comes after the throttle (raisable) in the order.
		const v = verdictOf(runChecks(plan({ rps: 20_000, apiType: 'http', timeoutMs: 40_000 })));
		expect(v.first?.id).toBe('throttle');
		expect(v.others).toBe(1);
		expect(v.headline).toBe('First limit that binds: Account throttle quota (steady rate). It can be raised on request. One more check binds too.');
	});

	test('says when the first limit cannot be raised', () => {
		const v = verdictOf(runChecks(plan({ apiType: 'http', timeoutMs: 40_000 })));
		expect(v.first?.id).toBe('timeout');
		expect(v.headline).toBe('First limit that binds: Integration timeout (HTTP API). It cannot be raised.');
	});

	test('a burst over the bucket names its two ways out, not a request for a bigger burst', () => {
		const v = verdictOf(runChecks(plan({ burst: 6_000 })));
		expect(v.first?.id).toBe('burst');
		expect(v.headline).toBe('First limit that binds: Account burst. Raise the RPS quota, from which AWS sets the burst, or spread the spike.');
	});

	test('counts the others', () => {
		const v = verdictOf(runChecks(plan({ rps: 20_000, burst: 9_000, routes: 400, azs: 6, subnetsPerAz: 2, timeoutMs: 40_000 })));
		expect(v.first?.id).toBe('throttle');
		expect(v.others).toBe(4);
		expect(v.headline).toMatch(/4 more checks bind too\.$/);
	});

	test('the headline stays the same while the same limit binds, so it is announced once', () => {
		const a = verdictOf(runChecks(plan({ rps: 12_000 }))).headline;
		const b = verdictOf(runChecks(plan({ rps: 15_000 }))).headline;
		expect(a).toBe(b);
	});
});

describe('a timeout below the minimum', () => {
	test('the verdict says to set a longer one, not that a limit cannot be raised', () => {
		for (const apiType of ['rest', 'http'] as const) {
			const verdict = verdictOf(runChecks({ ...DEFAULT_PLAN, apiType, timeoutMs: 10 }));
			expect(verdict.first?.id).toBe('timeout');
			expect(verdict.headline).toContain('Set 50 ms or more.');
			expect(verdict.headline).not.toContain('cannot be raised');
		}
	});
});
