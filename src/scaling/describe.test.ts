import { expect, test } from 'vitest';
import { describePicture, pictureLabel } from './describe.ts';
import { DEFAULT_PLAN } from './model.ts';

test('puts the default drawing into words', () => {
	expect(pictureLabel(DEFAULT_PLAN)).toBe('Diagram: 3 REST APIs, one VPC link V2, 3 Availability Zones, 3 subnets');
	expect(describePicture(DEFAULT_PLAN)).toBe(
		'3 REST APIs share one VPC link V2. The link uses 3 subnets of your VPC: 1 subnet in each of 3 Availability Zones. ' +
			'API Gateway creates and manages network interfaces for the link in your account. ' +
			'A network interface always sits in a subnet, and the link has only these, so the drawing marks each of them once. ' +
			'AWS does not publish how many interfaces it creates, or how it spreads them, so the drawing never counts them.',
	);
});

test('one API in one subnet of one zone', () => {
	const plan = { ...DEFAULT_PLAN, apiType: 'http' as const, apis: 1, azs: 1, subnetsPerAz: 1 };
	expect(pictureLabel(plan)).toBe('Diagram: 1 HTTP API, one VPC link V2, 1 Availability Zone, 1 subnet');
	expect(describePicture(plan)).toMatch(/^One HTTP API uses one VPC link V2\. The link uses 1 subnet in a single Availability Zone of your VPC\. .*the link has only this one, so the drawing marks it once\./);
});

test('never gives a number of network interfaces', () => {
	for (const plan of [DEFAULT_PLAN, { ...DEFAULT_PLAN, azs: 6, subnetsPerAz: 5 }]) {
		expect(describePicture(plan)).not.toMatch(/\d+\s+(network interfaces|ENIs)/i);
	}
});
