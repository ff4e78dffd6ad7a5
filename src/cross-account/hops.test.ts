import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { REST_PATH_CAVEAT } from '../utils/rest-backend-path.ts';
import { buildHops, CHAPTER_1, CHAPTER_7 } from './hops.ts';
import { buildDiagram } from './layout.ts';
import type { Configuration } from './model.ts';
import { allConfigurations } from './rules.ts';

/** The heading ids Starlight gives a chapter (github-slugger on ASCII headings), outside code fences. */
function chapterAnchors(file: string): Set<string> {
	const mdx = readFileSync(new URL(`../../content/chapters/${file}`, import.meta.url), 'utf8');
	const anchors = new Set<string>();
	let fenced = false;
	for (const line of mdx.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		const heading = !fenced && /^#{2,6}\s+(.+?)\s*$/.exec(line);
		if (heading) anchors.add(heading[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'));
	}
	return anchors;
}

const all = allConfigurations();
const http: Configuration = { pattern: 'backend', via: 'http-api' };
const rest: Configuration = { pattern: 'backend', via: 'rest-api' };
const privateApi: Configuration = { pattern: 'private-api', via: 'http-api' };
const text = (config: Configuration) => JSON.stringify(buildHops(config));

describe('hops follow the drawing', () => {
	const anchors = chapterAnchors('01-mastering-private-integrations.mdx');
	const anchors7 = chapterAnchors('07-cross-account-private-integrations.mdx');

	test('the chapter 1 headings the hops link to were found', () => {
		expect(anchors).toContain('vpc-link-v2-current');
		expect(anchors).toContain('aws-privatelink-endpoints-and-endpoint-services');
	});

	test.each(all.map((c) => [`${c.pattern}/${c.via}`, c] as const))('%s: one packet along drawn connections, there and back', (_, config) => {
		const diagram = buildDiagram(config, 'wide');
		const connected = (a: string, b: string) => diagram.edges.some((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a));
		const hops = buildHops(config);
		expect(new Set(hops.map((h) => h.id)).size).toBe(hops.length);
		expect(hops[0]!.from).toBe('client');
		expect(hops.at(-1)!.to).toBe('client');
		hops.slice(1).forEach((hop, i) => expect(hop.from).toBe(hops[i]!.to));
		const requests = hops.filter((h) => h.direction === 'request');
		expect(requests.length * 2).toBe(hops.length);
		expect(requests.at(-1)!.to).toBe('task');
		for (const hop of hops) {
			expect(connected(hop.from, hop.to), `${hop.from} -> ${hop.to}`).toBe(true);
			expect(hop.detail.length).toBeGreaterThan(40);
			expect(hop.sources.length).toBeGreaterThan(0);
			expect(new Set(hop.sources.map((s) => s.url)).size).toBe(hop.sources.length);
			for (const source of hop.sources) {
				expect(source.url).toMatch(/^https:\/\/(docs\.aws\.amazon\.com\/|aws\.amazon\.com\/blogs\/|github\.com\/aws-samples\/)/);
			}
			// Learn more: a heading that exists in chapter 7 (where the explorer sits) or chapter 1.
			const [page, anchor] = hop.learnMore.href.split('#');
			expect([CHAPTER_1, CHAPTER_7]).toContain(page);
			expect(page === CHAPTER_1 ? anchors : anchors7, hop.learnMore.href).toContain(anchor);
		}
	});

	test.each(all.map((c) => [`${c.pattern}/${c.via}`, c] as const))('%s: the request changes accounts exactly once, over PrivateLink', (_, config) => {
		const zone = new Map(buildDiagram(config, 'wide').nodes.map((n) => [n.id, n.zone]));
		const crossings = buildHops(config).filter((h) => h.direction === 'request' && new Set([zone.get(h.from), zone.get(h.to)]).size === 2 && zone.get(h.from) !== 'internet' && zone.get(h.to) !== 'internet');
		expect(crossings).toHaveLength(1);
		expect(crossings[0]!.detail).toMatch(/AWS PrivateLink/);
		expect(crossings[0]!.title).toMatch(/PrivateLink/);
	});
});

describe('facts the hops teach', () => {
	test('an HTTP API names the consumer ALB’s listener ARN, a REST API its load balancer ARN in integrationTarget', () => {
		expect(text(http)).toContain('IntegrationUri is the listener ARN of the internal ALB in this same account');
		expect(text(rest)).toContain('integrationTarget holds the ARN of the internal ALB in this same account');
		for (const config of [http, rest]) expect(text(config)).toMatch(/must belong to one account/);
	});

	test('the refused direct link shows the documented path instead', () => {
		expect(buildHops({ pattern: 'backend', via: 'direct-link' })).toEqual(buildHops(http));
	});

	test('the ALB targets the endpoint’s IP addresses, and the provider allows the API account', () => {
		const hops = buildHops(http);
		expect(hops.find((h) => h.from === 'alb' && h.to === 'vpce')!.detail).toMatch(/target type IP/);
		expect(hops.find((h) => h.from === 'eps' && h.to === 'nlb')!.detail).toContain('arn:aws:iam::111111111111:root');
	});

	test('paths: the HTTP API’s $default stage adds nothing; a REST backend path depends on the uri template', () => {
		const inside = (config: Configuration) => buildHops(config).filter((h) => h.direction === 'request' && h.from !== 'client');
		for (const hop of inside(http)) expect(hop.packet).toMatchObject({ path: '/orders', note: undefined });
		// Not stated as certain: the path the samples' /{proxy} template gives, with the doubt beside it.
		for (const hop of inside(rest)) expect(hop.packet).toMatchObject({ path: '/orders', note: REST_PATH_CAVEAT });
		expect(buildHops(rest)[0]!.packet.path).toBe('/prod/orders');
		for (const config of [rest, privateApi]) {
			expect(text(config)).toMatch(/AWS’s REST private-integration page says the stage name is kept/);
			expect(text(config)).toMatch(/access log/);
			expect(text(config)).not.toContain('requestOverride');
		}
		for (const hop of buildHops(privateApi).filter((h) => h.direction === 'request' && /^(link|alb|task)$/.test(h.to))) {
			expect(hop.packet).toMatchObject({ path: '/orders', note: REST_PATH_CAVEAT });
		}
		// No AWS page says which Host header an HTTP API sends to the backend, so none is shown.
		for (const hop of inside(http)) expect(hop.packet.host).toBeUndefined();
	});

	test('the private API admits the consumer’s endpoint through its resource policy', () => {
		const hops = buildHops(privateApi);
		expect(hops[0]).toMatchObject({ from: 'client', to: 'vpce' });
		expect(hops[1]!.detail).toContain('aws:SourceVpce');
		expect(text(privateApi)).toMatch(/domain name access association/);
	});

	test('nothing unconfirmed is stated as fact', () => {
		for (const config of all) {
			const words = text(config);
			expect(words).not.toMatch(/Hyperplane|VPC-to-VPC NAT|only version|free of charge|no charge/i);
		}
	});

	test('behind API Gateway the request is plain HTTP on port 80; the client’s side is HTTPS on 443', () => {
		for (const config of all) {
			for (const hop of buildHops(config).filter((h) => h.direction === 'request')) {
				const front = hop.from === 'client' || hop.to === 'apigw';
				expect(hop.packet).toMatchObject(front ? { protocol: 'HTTPS', port: '443' } : { protocol: 'HTTP', port: '80', tls: 'None: plain HTTP' });
			}
		}
		expect(text(http)).toContain('Private integrations use plain HTTP unless you configure HTTPS.');
		expect(buildHops(privateApi)[0]!.packet.tls).toBe('TLS 1.2 or later');
	});

	test('responses carry no request line, and swap source and destination', () => {
		const hops = buildHops(http);
		const half = hops.length / 2;
		hops.slice(half).forEach((response, i) => {
			const request = hops[half - 1 - i]!;
			expect(response.direction).toBe('response');
			expect(response.packet.source).toBe(request.packet.destination);
			expect(response.packet.destination).toBe(request.packet.source);
			expect(response.packet.path).toBeUndefined();
		});
	});
});
