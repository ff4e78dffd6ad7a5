import { expect, test } from 'vitest';
import { describeConfiguration } from './describe.ts';

test('puts a configuration into words a reader can follow', () => {
	expect(describeConfiguration({ api: 'http', link: 'v2', target: 'cloudmap', compute: 'ec2', client: 'public' })).toBe(
		'HTTP API, VPC link V2, AWS Cloud Map, EC2 instances, client: Public internet',
	);
});
