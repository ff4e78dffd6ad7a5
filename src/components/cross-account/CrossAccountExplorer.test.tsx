import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { describe, expect, test } from 'vitest';
import { buildHops } from '../../cross-account/hops.ts';
import { DEFAULT_CONFIGURATION, type Configuration } from '../../cross-account/model.ts';
import { allConfigurations, assess } from '../../cross-account/rules.ts';
import CrossAccountExplorer from './CrossAccountExplorer.tsx';

/** What Astro sends before the island hydrates: the page must teach from this alone. */
const fieldsets = (html: string) => html.match(/<fieldset[\s\S]*?<\/fieldset>/g) ?? [];
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
const checked = (html: string, prefix: string) =>
	[...html.matchAll(new RegExp(`<input type="radio" id="${prefix}-([a-z]+-[a-z-]+)"[^>]*\\schecked=""`, 'g'))].map((m) => m[1]);
const render = (preset?: Partial<Configuration>, extra: { headingLevel?: 2 | 3; title?: string } = {}) =>
	renderToString(<CrossAccountExplorer idPrefix="x" preset={preset} {...extra} />);

describe('CrossAccountExplorer on the server', () => {
	test('starts on the pattern AWS documents, with both accounts drawn in both orientations and the first hop explained beside them', () => {
		const html = render();
		expect(checked(html, 'x')).toEqual(['pattern-backend', 'via-http-api']);
		expect(html.match(/<svg data-diagram="" data-orientation="(wide|tall)" class="explorer-svg /g)).toHaveLength(2);
		expect(html).toContain('explorer-diagram__canvas--wide');
		expect(html).toContain('explorer-diagram__canvas--tall');
		// The stage: the player, the drawing and the step panel, in that order.
		const stage = /<div class="explorer__stage"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
		expect(stage).toContain('class="player');
		expect(stage).toContain('data-step-panel=""');
		expect(text(stage)).toContain(buildHops(DEFAULT_CONFIGURATION)[0]!.title);
		const words = text(html);
		for (const expected of ['111111111111', '222222222222', 'AWS PrivateLink', 'Endpoint service', 'Internal NLB', 'Documented by AWS', 'What each account sets up']) {
			expect(words).toContain(expected);
		}
		expect(html).not.toContain('data-hydrated');
	});

	test('every hop and its details are in the HTML before any script runs', () => {
		for (const config of allConfigurations().filter((c) => assess(c).status !== 'impossible')) {
			const html = render(config);
			const hops = buildHops(config);
			expect(html.match(/<li [^>]*class="hop hop--/g)).toHaveLength(hops.length);
			for (const hop of hops) {
				expect(text(html)).toContain(hop.detail);
				expect(html).toContain(`href="${hop.learnMore.href}"`);
			}
			expect(html).toMatch(/<li class="hop hop--request" aria-current="step">/);
		}
	});

	test('the REST API version is visibly marked as inferred, with the reason', () => {
		const html = render({ via: 'rest-api' });
		const verdict = assess({ pattern: 'backend', via: 'rest-api' });
		expect(verdict.status).toBe('inferred');
		expect(html).toMatch(/<span class="cross-account__badge">Inferred<\/span>/);
		if (verdict.status === 'inferred') expect(text(html)).toContain(verdict.reason);
		expect(text(html)).toContain('API Gateway: REST API');
	});

	test('the direct link is offered, drawn crossed out in the stage and explained beside it with the rule and its AWS pages', async () => {
		// Its drawing and panel load on demand (React.lazy): wait for them, as Astro's server render does.
		const { prelude } = await prerender(<CrossAccountExplorer idPrefix="x" preset={{ via: 'direct-link' }} />);
		const html = await new Response(prelude).text();
		expect(checked(html, 'x')).toEqual(['pattern-backend', 'via-direct-link']);
		const panel = /<section class="unsupported cross-account__blocked" aria-labelledby="x-not-possible">[\s\S]*?<\/section>/.exec(html)?.[0];
		expect(panel).toBeDefined();
		expect(panel).toMatch(/<h4 id="x-not-possible"[^>]*>Not possible: a VPC link cannot reach a load balancer in another account<\/h4>/);
		expect(text(panel!)).toContain('to belong to the same AWS account');
		expect(panel).toContain('href="https://docs.aws.amazon.com/apigateway/latest/developerguide/private-integration.html"');
		expect(text(panel!)).toMatch(/Inference.*shared VPC/);
		const figure = /<figure class="explorer-diagram cross-account__blocked-figure">[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
		expect(figure).toContain('role="img" aria-labelledby="x-not-possible-figure"');
		expect(text(figure)).toContain('Not allowed');
		expect(text(html)).toContain('Not possible:');
		// No journey to step through: no player, no step panel, no hop list.
		expect(html).not.toContain('data-step-panel');
		expect(html).not.toContain('class="hop-list');
	});

	test('the private-API pattern keeps the API choice visible but disabled, and says why', () => {
		const html = render({ pattern: 'private-api' });
		const [, via] = fieldsets(html);
		expect(via).toMatch(/^<fieldset class="choice" disabled="" aria-describedby="x-via-note">/);
		expect(via).toContain('Only for the backend pattern');
		expect(text(html)).toContain('aws:SourceVpce');
		expect(text(html)).toContain('Consumer account');
		expect(text(html)).toContain('domain name access association');
	});

	test('heading levels fit the page, and every id in the island is unique', () => {
		const html = render(undefined, { headingLevel: 2, title: 'Cross-account explorer' });
		expect(html).toMatch(/<h2 class="island__title">Cross-account explorer<\/h2>/);
		expect(html).toMatch(/<h3>What each account sets up<\/h3>/);
		for (const config of allConfigurations()) {
			const ids = [...render(config).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
			expect(ids.length).toBeGreaterThan(5);
			expect(new Set(ids).size, `duplicate id in ${config.pattern}/${config.via}`).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^x(-|$)/);
		}
	});

	test('without an idPrefix, ids still work inside url(#…) references', () => {
		const html = renderToString(<CrossAccountExplorer />);
		const marker = /marker-end="url\(#([^)]+)\)"/.exec(html)?.[1];
		expect(marker).toMatch(/^[\w-]+$/);
		expect(html).toContain(`id="${marker}"`);
		expect(DEFAULT_CONFIGURATION).toEqual({ pattern: 'backend', via: 'http-api' });
	});
});
