import { describe, expect, test } from 'vitest';
import type { Source } from '../topology/model.ts';
import { hop, journey, reply } from './hop-journey.ts';

const page: Source = { title: 'A page', url: 'https://docs.aws.amazon.com/a.html' };
const other: Source = { title: 'Another page', url: 'https://docs.aws.amazon.com/b.html' };
const learn = { label: 'Chapter 1', href: '/chapters/01-mastering-private-integrations/' };
const packet = { source: 'Client', destination: 'API Gateway', port: '443', host: 'api.example.com', path: '/prod/orders', tls: 'Yes' };

describe('building a journey of hops', () => {
	test('a page cited twice for one hop is listed once', () => {
		expect(hop('request', 'client', 'apigw', 'Title', 'Detail', packet, learn, [page, other, page]).sources).toEqual([page, other]);
	});

	test('a response swaps the ends and the addresses, and drops host and path', () => {
		const request = hop('request', 'client', 'apigw', 'Title', 'Detail', packet, learn, [page]);
		const response = reply(request, ['Back', 'It comes back.']);
		expect(response).toMatchObject({ direction: 'response', from: 'apigw', to: 'client', title: 'Back', detail: 'It comes back.', learnMore: learn, sources: [page] });
		expect(response.packet).toEqual({ source: 'API Gateway', destination: 'Client', port: '443', host: undefined, path: undefined, tls: 'Yes' });
	});

	test('the response retraces the data path backwards, worded by its sender, and every hop is numbered', () => {
		const a = hop('request', 'client', 'apigw', 'To API Gateway', '…', packet, learn, []);
		const lookup = hop('request', 'apigw', 'cloudmap', 'A lookup', '…', packet, learn, []);
		const b = hop('request', 'apigw', 'lb', 'To the load balancer', '…', packet, learn, []);
		const replies = { lb: ['LB answers', '…'], apigw: ['API Gateway answers', '…'] } as const;
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
