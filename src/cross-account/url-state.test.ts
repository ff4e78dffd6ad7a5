import { describe, expect, test } from 'vitest';
import { buildHops } from './hops.ts';
import { DEFAULT_CONFIGURATION } from './model.ts';
import { allConfigurations } from './rules.ts';
import { readAddress as parseUrlState } from './setup-view.ts';
import { toSearch } from './url-state.ts';

const FORBIDDEN = /[<>"']|script|alert|proto|javascript|onerror|img/i;

describe('URL state', () => {
	test('round-trips every configuration and every hop of its path', () => {
		for (const config of allConfigurations()) {
			const hops = buildHops(config).length;
			for (let step = 0; step < hops; step++) {
				expect(parseUrlState(toSearch(config, step))).toEqual({ config, step, notices: [], present: true });
			}
		}
	});

	test('a URL with only a hop means the default setup at that hop, with no notice', () => {
		expect(parseUrlState('?step=3')).toEqual({ config: DEFAULT_CONFIGURATION, step: 2, notices: [], present: true });
	});

	test('a URL without explorer state gives the default view and no notice', () => {
		expect(parseUrlState('')).toEqual({ config: DEFAULT_CONFIGURATION, step: 0, notices: [], present: false });
		expect(parseUrlState('?utm_source=newsletter&api=rest&target=alb')).toMatchObject({ notices: [], present: false });
	});

	test('writing keeps the page’s other parameters and replaces only its own', () => {
		const search = toSearch({ pattern: 'private-api', via: 'rest-api' }, 2, '?utm_source=newsletter&step=9&pattern=backend');
		const params = new URLSearchParams(search);
		expect(params.get('utm_source')).toBe('newsletter');
		expect(params.getAll('pattern')).toEqual(['private-api']);
		expect(params.getAll('step')).toEqual(['3']);
	});

	test('a private-API link needs no API choice; a backend link without one says what it shows', () => {
		expect(parseUrlState('?pattern=private-api&step=2')).toMatchObject({ config: { pattern: 'private-api' }, step: 1, notices: [] });
		const state = parseUrlState('?pattern=backend');
		expect(state.config).toEqual(DEFAULT_CONFIGURATION);
		expect(state.notices).toEqual(['The link did not set “The consumer’s API”, so it shows “HTTP API (the pattern AWS documents)”.']);
	});

	test('the refused direct link can be shared, so the link can teach why', () => {
		expect(parseUrlState('?pattern=backend&via=direct-link&step=1')).toEqual({
			config: { pattern: 'backend', via: 'direct-link' },
			step: 0,
			notices: [],
			present: true,
		});
	});

	test.each([
		['?pattern=<script>alert(1)</script>&via=http-api&step=1', 'Cross-account pattern'],
		['?pattern=backend&via="><img src=x onerror=alert(1)>&step=1', 'The consumer’s API'],
		['?pattern=BACKEND&via=http-api&step=1', 'Cross-account pattern'],
		['?pattern=backend&pattern=private-api&via=http-api&step=1', 'Cross-account pattern'],
		['?pattern=backend&via=__proto__&step=1', 'The consumer’s API'],
		['?pattern=backend&via=javascript:alert(1)&step=1', 'The consumer’s API'],
		['?pattern=backend&via=http-api&via=rest-api&step=1', 'The consumer’s API'],
	])('%s falls back to the default with a notice that repeats nothing from the URL', (search, legend) => {
		const state = parseUrlState(search);
		expect(state.config).toEqual(DEFAULT_CONFIGURATION);
		expect(state.notices).toHaveLength(1);
		expect(state.notices[0]).toContain(legend);
		expect(state.notices[0]).not.toMatch(FORBIDDEN);
	});

	test.each(['abc', '0', '-1', '15', '999', '1e3', '2.5', ' 3', '<script>alert(1)</script>', ''])('step=%s is refused with a notice and starts at hop 1', (hop) => {
		const state = parseUrlState(`?pattern=backend&via=http-api&step=${encodeURIComponent(hop)}`);
		expect(state.step).toBe(0);
		expect(state.notices).toEqual([
			expect.stringMatching(
				new RegExp(`^The link’s value for “Hop” is (not a whole number|outside the range the explorer accepts \\(1 to ${buildHops(DEFAULT_CONFIGURATION).length}\\)), so it shows 1\\.$`),
			),
		]);
	});

	test('a hop given twice with different values is refused; the same value twice is used', () => {
		expect(parseUrlState('?pattern=backend&via=http-api&step=2&step=3')).toMatchObject({
			step: 0,
			notices: ['The link gives “Hop” more than once, with different values, so it shows 1.'],
		});
		expect(parseUrlState('?pattern=backend&pattern=backend&via=http-api&step=3&step=3')).toEqual({ config: DEFAULT_CONFIGURATION, step: 2, notices: [], present: true });
	});

	test.each([
		['two values it knows', '?pattern=private-api&pattern=backend&via=http-api&step=1', '“Cross-account pattern”', '“The API’s backend runs in another account”'],
		['two values it knows, neither of them the default', '?pattern=backend&via=rest-api&via=direct-link&step=1', '“The consumer’s API”', '“HTTP API (the pattern AWS documents)”'],
		['a value it knows and one it does not', '?pattern=backend&via=http-api&via=%3Cimg%3E&step=1', '“The consumer’s API”', '“HTTP API (the pattern AWS documents)”'],
	])('a parameter repeated with %s: the notice says so and what shows, never that a value is unknown', (_, search, name, shows) => {
		const state = parseUrlState(search);
		expect(state).toMatchObject({ config: DEFAULT_CONFIGURATION, step: 0 });
		expect(state.notices).toEqual([`The link gives ${name} more than once, with different values, so it shows ${shows}.`]);
	});

	test('the hop range depends on the path: the private API has fewer hops', () => {
		const backendHops = buildHops(DEFAULT_CONFIGURATION).length;
		const privateHops = buildHops({ pattern: 'private-api', via: 'http-api' }).length;
		expect(privateHops).toBeLessThan(backendHops);
		expect(parseUrlState(`?pattern=private-api&step=${backendHops}`).notices).toEqual([expect.stringContaining(`(1 to ${privateHops}), so it shows 1.`)]);
	});

	test('several problems give several notices, all in plain words', () => {
		const state = parseUrlState('?pattern=%3Cb%3E&via=%22x%22&step=%3Ci%3E');
		expect(state.notices).toHaveLength(3);
		for (const notice of state.notices) expect(notice).not.toMatch(FORBIDDEN);
	});
});
