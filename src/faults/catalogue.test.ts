import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHops } from '../topology/hops.ts';
import { CHOICES, FIELDS, type Configuration } from '../topology/model.ts';
import { allConfigurations, validate } from '../topology/rules.ts';
import { FAULTS } from './catalogue.ts';
import { faultJourney, faultsFor, resolveFault } from './journey.ts';
import { inScope } from './model.ts';

const supported = allConfigurations().filter((config) => validate(config).valid);
const drawnIds = (config: Configuration) =>
	new Set(
		buildHops(config)
			.flatMap((hop) => [hop.from, hop.to])
			.concat(['eni-b', 'target-b']),
	);
const readContent = (path: string) => readFileSync(new URL(`../../content/${path}`, import.meta.url), 'utf8');
const troubleshooting = readContent('troubleshooting.mdx');
/** The fragments Starlight gives a page's headings: lowercase, punctuation dropped, spaces to hyphens. */
const slugsOf = (mdx: string) =>
	new Set(
		[...mdx.matchAll(/^#{2,4} (.+)$/gm)].map(([, text]) =>
			text!
				.toLowerCase()
				.replace(/[^\p{L}\p{N}\s_-]/gu, '')
				.trim()
				.replace(/\s/g, '-'),
		),
	);
const headingSlugs = slugsOf(troubleshooting);
/** The headings of the chapter a site path such as `chapters/02-…/#fragment` points to. */
const chapterSlugs = (path: string) => slugsOf(readContent(`${path.slice(0, path.indexOf('/#'))}.mdx`));

describe('the fault catalogue', () => {
	it('covers at least sixteen faults, each with its own id', () => {
		expect(FAULTS.length).toBeGreaterThanOrEqual(16);
		expect(new Set(FAULTS.map((fault) => fault.id)).size).toBe(FAULTS.length);
		for (const fault of FAULTS) expect(fault.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('scopes name only real fields and values', () => {
		for (const fault of FAULTS) {
			for (const scope of [fault.scope, ...(fault.variants ?? []).map((variant) => variant.scope)]) {
				for (const [field, values] of Object.entries(scope)) {
					expect(FIELDS, `${fault.id}: ${field}`).toContain(field);
					for (const value of values as string[]) expect(CHOICES[field as keyof typeof CHOICES], `${fault.id}: ${field}=${value}`).toContain(value);
				}
			}
		}
	});

	for (const fault of FAULTS) {
		describe(fault.id, () => {
			const reachable = supported.filter((config) => inScope(fault.scope, config));

			it('can happen in at least one supported setup, and is listed exactly where it can', () => {
				expect(reachable.length).toBeGreaterThan(0);
				for (const config of supported) expect(faultsFor(config).includes(fault), JSON.stringify(config)).toBe(inScope(fault.scope, config));
			});

			it('ends the journey on a failing hop in every setup where it can happen, and in none where it cannot', () => {
				for (const config of supported) {
					const journey = faultJourney(config, buildHops(config), fault.id);
					if (!inScope(fault.scope, config)) {
						expect(journey, JSON.stringify(config)).toBeUndefined();
						continue;
					}
					expect(journey, JSON.stringify(config)).toBeDefined();
					const last = journey!.hops.at(-1)!;
					expect(last.direction).toBe('request');
					expect(fault.at).toContain(last.to);
					expect(journey!.hops.every((hop) => hop.direction === 'request')).toBe(true);
					const drawn = drawnIds(config);
					expect(journey!.blamed.filter((id) => drawn.has(id)).length, `${JSON.stringify(config)} blames nothing drawn`).toBeGreaterThan(0);
				}
			});

			it('says what the caller gets, where it shows and how to fix it, with a source, in every setup', () => {
				for (const config of reachable) {
					const resolved = resolveFault(fault, config);
					expect(resolved.response.status).toMatch(/\d{3}|5xx/);
					expect(resolved.response.note.length).toBeGreaterThan(20);
					expect(resolved.response.who.length).toBeGreaterThan(0);
					expect(resolved.happens.length).toBeLessThanOrEqual(240);
					expect(resolved.fix.length).toBeGreaterThan(20);
					expect(resolved.sources.length).toBeGreaterThan(0);
					for (const source of resolved.sources) expect(source.url).toMatch(/^https:\/\//);
					expect(resolved.traces.accessLog.length).toBeGreaterThan(0);
					for (const field of resolved.traces.accessLog) expect(field.variable).toMatch(/^\$context\.[a-zA-Z.]+$/);
					expect(resolved.traces.metrics.length).toBeGreaterThan(0);
					expect(resolved.traces.targetLogs.length).toBeGreaterThan(0);
					if (config.api === 'rest') expect(resolved.traces.executionLog.length, `${JSON.stringify(config)}: execution log`).toBeGreaterThan(0);
					if (fault.outcome === 'intermittent') expect(resolved.which, 'which requests fail').toBeTruthy();
				}
			});

			it('names the metrics of the API type, says where an issue report is the source, and who meets a rejected setup', () => {
				for (const config of reachable) {
					const resolved = resolveFault(fault, config);
					const where = `${fault.id} ${JSON.stringify(config)}`;
					// REST APIs publish 5XXError and 4XXError; HTTP APIs publish 5xx and 4xx.
					for (const metric of resolved.traces.metrics) {
						if (config.api === 'http') expect(metric, where).not.toMatch(/\b[45]XXError\b/);
						else expect(metric, where).not.toMatch(/^[45]xx\b/);
					}
					// A message or status from a GitHub issue or pull request is not AWS's word: the note says so.
					if (resolved.sources.some((source) => /^https:\/\/github\.com\/[^/]+\/[^/]+\/(issues|pull)\//.test(source.url))) {
						expect(resolved.response.note, where).toMatch(/issue report/i);
					}
					if (fault.outcome === 'rejected') expect(resolved.response.who, where).toMatch(/^Whoever deploys/);
				}
			});

			it('links to a troubleshooting entry that exists, and to a chapter section, in every setup', () => {
				for (const config of reachable) {
					const { troubleshooting, chapter } = resolveFault(fault, config);
					expect(headingSlugs, troubleshooting).toContain(troubleshooting);
					expect(chapter.path).toMatch(/^chapters\/0[1-7]-[a-z0-9-]+\/#[a-z0-9-]+$/);
					expect(chapterSlugs(chapter.path), chapter.path).toContain(chapter.path.split('#')[1]);
				}
				expect(fault.title.length).toBeLessThanOrEqual(70);
			});
		});
	}

	it('a troubleshooting entry links to the explorer for every fault', () => {
		const linked = new Set([...troubleshooting.matchAll(/\/explorer\/\?[^)\s]*fault=([a-z0-9-]+)/g)].map(([, id]) => id));
		for (const fault of FAULTS) expect(linked, fault.id).toContain(fault.id);
	});

	it('each of those links names all five choices in order, then the fault, in a supported setup where the fault can happen', () => {
		const links = [...troubleshooting.matchAll(/\/explorer\/\?([^)\s]*fault=[^)\s]*)/g)].map(([, query]) => query!);
		expect(links.length).toBeGreaterThanOrEqual(FAULTS.length);
		for (const query of links) {
			const params = [...new URLSearchParams(query)];
			expect(
				params.map(([key]) => key),
				query,
			).toEqual([...FIELDS, 'fault']);
			const config = Object.fromEntries(params.slice(0, FIELDS.length)) as Configuration;
			for (const field of FIELDS) expect(CHOICES[field] as readonly string[], query).toContain(config[field]);
			expect(validate(config).valid, query).toBe(true);
			const fault = FAULTS.find((candidate) => candidate.id === params.at(-1)![1]);
			expect(fault, query).toBeDefined();
			expect(inScope(fault!.scope, config), query).toBe(true);
		}
	});

	it('lists the faults that fail every request first, then those that fail some, then the rejected ones', () => {
		const rank = FAULTS.map((fault) => ['fails', 'intermittent', 'rejected'].indexOf(fault.outcome));
		expect(rank).toEqual([...rank].sort((a, b) => a - b));
	});

	it('gives every fault its own title', () => {
		expect(new Set(FAULTS.map((fault) => fault.title)).size).toBe(FAULTS.length);
	});
});
