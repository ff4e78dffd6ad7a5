import { expect, test } from 'vitest';
import { describeConfiguration, summarizeConfiguration } from './describe.ts';

test('puts a configuration into words a reader can follow', () => {
	expect(describeConfiguration({ api: 'http', link: 'v2', target: 'cloudmap', compute: 'ec2', client: 'public' })).toBe(
		'HTTP API, VPC link V2, AWS Cloud Map, EC2 instances, client: Public internet',
	);
});

test('puts a configuration on one line for the folded choices', () => {
	expect(summarizeConfiguration({ api: 'rest', link: 'v2', target: 'alb', compute: 'ecs', client: 'vpc' })).toBe('REST API · VPC link V2 · ALB · ECS tasks · client in a VPC');
});
