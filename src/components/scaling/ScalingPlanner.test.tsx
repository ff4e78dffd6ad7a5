import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { describePicture } from '../../scaling/describe.ts';
import { CHECK_IDS, runChecks } from '../../scaling/limits.ts';
import { countOf, DEFAULT_PLAN, NUMBER_FIELDS, NUMBER_SPECS } from '../../scaling/model.ts';
import { toPosition } from '../../scaling/slider-scale.ts';
import { describeBucket, runBucket } from '../../scaling/token-bucket.ts';
import ScalingPlanner from './ScalingPlanner.tsx';

/** What Astro sends before the island hydrates: the page must teach from this alone. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe('ScalingPlanner on the server', () => {
	const html = renderToString(<ScalingPlanner idPrefix="ch4" syncUrl />);

	test('shows the default verdict, the picture, its description and every check', () => {
		expect(text(html)).toContain('Everything fits the default quotas.');
		expect(html).toContain('data-verdict="fits"');
		expect(html).toMatch(/<svg data-diagram="" viewBox="0 0 480 \d+"[^>]* role="img" aria-label="Diagram: 3 REST APIs, one VPC link V2, 3 Availability Zones, 3 subnets" aria-describedby="ch4-picture-text"/);
		expect(text(html)).toContain(describePicture(DEFAULT_PLAN));
		expect([...html.matchAll(/<li id="ch4-check-([A-Za-z]+)"/g)].map((m) => m[1])).toEqual([...CHECK_IDS]);
		for (const check of runChecks(DEFAULT_PLAN)) expect(text(html)).toContain(check.finding);
		// One marker per subnet, and no count of network interfaces anywhere.
		expect(html.match(/class="scaling-diagram__eni"/g)).toHaveLength(3 + 1);
		expect(text(html)).not.toMatch(/\d+\s+(network interfaces|ENIs)/i);
	});

	test('every number box has a label, its range and a hint, a slider named by the same label, and the radios sit in fieldsets', () => {
		for (const field of NUMBER_FIELDS) {
			const { key, min, max, default: value, unit } = NUMBER_SPECS[field];
			expect(html).toContain(`<label for="ch4-${key}" id="ch4-${key}-label">`);
			const slider = new RegExp(`<input type="range"[^>]*aria-labelledby="ch4-${key}-label"[^>]*>`).exec(html)?.[0] ?? '';
			expect(slider).toContain(`value="${toPosition(field, value)}"`);
			if (field !== 'routes') expect(slider).toContain(`aria-valuetext="${countOf(value, unit)}"`);
			const input = new RegExp(`<input id="ch4-${key}"[^>]*>`).exec(html)?.[0] ?? '';
			for (const attribute of ['type="number"', `min="${min}"`, `max="${max}"`, 'step="1"', `value="${value}"`, `aria-describedby="ch4-${key}-hint"`]) {
				expect(input).toContain(attribute);
			}
			expect(html).toContain(`id="ch4-${key}-hint"`);
		}
		expect(html.match(/<fieldset class="scaling-choice"><legend>(API type|Region)<\/legend>/g)).toHaveLength(2);
		const radio = (id: string) => new RegExp(`<input type="radio" id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
		expect(radio('ch4-type-rest')).toContain('checked=""');
		expect(radio('ch4-type-http')).not.toContain('checked');
		expect(radio('ch4-region-standard')).toContain('checked=""');
		expect(radio('ch4-region-standard')).toContain('aria-describedby="ch4-region-standard-hint"');
		expect(text(html)).toContain('Resources per API');
	});

	test('the token bucket shows its run at rest, described in words, with a button to play it', () => {
		expect(text(html)).toContain(describeBucket(DEFAULT_PLAN, runBucket(DEFAULT_PLAN)));
		// It says what it is: a model, of a best-effort throttle shared across the account.
		expect(text(html)).toContain('AWS applies its throttles on a best-effort basis, and the real bucket is shared by every API in the account and Region.');
		expect(html).toMatch(/<button type="button" class="island-button scaling-bucket__play" aria-describedby="ch4-bucket-summary">Play the four seconds<\/button>/);
		expect([...html.matchAll(/data-meter="(\w+)"/g)].map((m) => m[1])).toEqual(['throttle', 'burst', 'routes', 'subnets', 'vpcLinks', 'timeout']);
	});

	test('the live region is there and silent, the link notice is empty, and nothing claims hydration', () => {
		expect(html).toContain('<p class="sr-only" aria-live="polite"></p>');
		expect(html).toContain('<div role="status" class="url-notice-region"></div>');
		expect(html).not.toContain('data-hydrated');
		expect(html).not.toContain('aria-invalid');
	});

	test('headings follow the level the page asks for', () => {
		const h2 = renderToString(<ScalingPlanner idPrefix="p" headingLevel={2} title="Plan it" />);
		expect(h2).toMatch(/^<div class="island scaling not-content" data-scaling-planner="" id="p"><div class="island__header"><h2 class="island__title">Plan it<\/h2>/);
		expect(h2).toContain('<h3 id="p-plan-heading">Your plan</h3>');
		expect(h2).toMatch(/<h4 class="scaling-check__title">/);
		expect(h2).not.toContain('role="status"');

		const h3 = renderToString(<ScalingPlanner idPrefix="q" />);
		expect(h3).toMatch(/<h3 class="island__title">/);
		expect(h3).toContain('<h4 id="q-verdict" class="scaling-verdict__heading">Verdict</h4>');
		expect(h3).toMatch(/<h5 class="scaling-check__title">/);
	});

	test('without an idPrefix, ids are still unique per island and safe in references', () => {
		const page = renderToString(
			<>
				<ScalingPlanner />
				<ScalingPlanner />
			</>,
		);
		const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[\w-]+$/);
	});
});
