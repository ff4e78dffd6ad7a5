import { describe, expect, test } from 'vitest';
import type { Packet, Source } from '../topology/model.ts';
import { hop, journey, reply } from './hop-journey.ts';

const page: Source = { title: 'A page', url: 'https://docs.aws.amazon.com/a.html' };
const other: Source = { title: 'Another page', url: 'https://docs.aws.amazon.com/b.html' };
const learn = { label: 'Chapter 1', href: '/chapters/01-mastering-private-integrations/' };
const packet: Packet = {
	source: 'Client',
	destination: 'API Gateway',
	port: '443',
	protocol: 'HTTPS',
	host: 'api.example.com',
	path: '/prod/orders',
	tls: 'TLS 1.2 or 1.3',
	note: 'A caveat.',
};

describe('building a journey of hops', () => {
	test('a page cited twice for one hop is listed once', () => {
		expect(hop('request', 'client', 'apigw', 'Title', 'Summary.', 'Detail', packet, learn, [page, other, page]).sources).toEqual([page, other]);
	});

	test('a response swaps the ends and the addresses, keeps protocol and TLS, and drops host, path and the note', () => {
		const request = hop('request', 'client', 'apigw', 'Title', 'Summary.', 'Detail', packet, learn, [page]);
		const response = reply(request, ['Back', 'It comes back.', 'It comes back, in detail.']);
		expect(response).toMatchObject({
			direction: 'response',
			from: 'apigw',
			to: 'client',
			title: 'Back',
			summary: 'It comes back.',
			detail: 'It comes back, in detail.',
			learnMore: learn,
			sources: [page],
		});
		expect(response.packet).toEqual({ source: 'API Gateway', destination: 'Client', port: '443', protocol: 'HTTPS', tls: 'TLS 1.2 or 1.3' });
	});

	test('a response keeps the request’s note when its words say the note still applies', () => {
		const request = hop('request', 'client', 'apigw', 'Title', 'Summary.', 'Detail', packet, learn, [page]);
		expect(reply(request, ['Back', 'It comes back.', '…', { keepNote: true }]).packet.note).toBe('A caveat.');
	});

	test('the response retraces the data path backwards, worded by its sender, and every hop is numbered', () => {
		const a = hop('request', 'client', 'apigw', 'To API Gateway', 'A.', '…', packet, learn, []);
		const lookup = hop('request', 'apigw', 'cloudmap', 'A lookup', 'L.', '…', packet, learn, []);
		const b = hop('request', 'apigw', 'lb', 'To the load balancer', 'B.', '…', packet, learn, []);
		const replies = { lb: ['LB answers', 'It answers.', '…'], apigw: ['API Gateway answers', 'It answers.', '…'] } as const;
		const hops = journey([a, lookup, b], replies, [a, b]);
		expect(hops.map((h) => [h.id, h.direction, h.from, h.to, h.title])).toEqual([
			['hop-1', 'request', 'client', 'apigw', 'To API Gateway'],
			['hop-2', 'request', 'apigw', 'cloudmap', 'A lookup'],
			['hop-3', 'request', 'apigw', 'lb', 'To the load balancer'],
			['hop-4', 'response', 'lb', 'apigw', 'LB answers'],
			['hop-5', 'response', 'apigw', 'client', 'API Gateway answers'],
		]);
		expect(journey([a, b], replies)).toHaveLength(4);
	});
});
