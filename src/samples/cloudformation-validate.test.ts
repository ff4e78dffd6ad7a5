import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateCloudFormation } from './cloudformation-validate.ts';
import { type CfnResource, type CfnTemplate, synthesizeSamples } from './extract-template.ts';
import { readCloudFormationYaml } from '../utils/cloudformation-yaml.ts';

const folder = fileURLToPath(new URL('cloudformation/', import.meta.url));

/** `extract` with what it left out of `full` put back: every section holds both templates' entries, the extract's winning. */
function putBack(extract: CfnTemplate, full: CfnTemplate | undefined): CfnTemplate {
	const merged: Record<string, unknown> = { ...full };
	for (const [section, entries] of Object.entries(extract)) merged[section] = { ...(full?.[section] as object), ...(entries as object) };
	return merged as CfnTemplate;
}

describe('the sample templates', () => {
	const synthesized = synthesizeSamples();

	test.each([...synthesized.keys()])('%s: the synthesized stack has no problems', (name) => {
		expect(validateCloudFormation(synthesized.get(name)!)).toEqual([]);
	});

	// An extract keeps references to the VPC, roles and other resources it leaves out, so on its own
	// it has dangling references, and nothing else: with those resources back, it has no problems.
	test.each(readdirSync(folder).filter((file) => file.endsWith('.yaml')))('%s: only references to left-out resources dangle', (file) => {
		const extract = readCloudFormationYaml(readFileSync(join(folder, file), 'utf8')) as CfnTemplate;
		const full = synthesized.get(basename(file, '.yaml'));
		const leftOut = Object.keys(full?.Resources ?? {}).filter((logicalId) => !(logicalId in extract.Resources));
		for (const problem of validateCloudFormation(extract)) {
			// F1020: a Ref or Fn::GetAtt names nothing in the template; E3005: so does a DependsOn.
			expect(problem).toMatch(/^(F1020|E3005) /);
			const namesLeftOut = leftOut.some((logicalId) => problem.includes(`'${logicalId}'`));
			expect(namesLeftOut, problem).toBe(true);
		}
		expect(validateCloudFormation(putBack(extract, full))).toEqual([]);
	});
});

describe('validateCloudFormation', () => {
	/** A REST API whose root method reaches a load balancer through a VPC link V2. */
	const example: CfnTemplate = {
		Resources: {
			Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders' } },
			Link: { Type: 'AWS::ApiGatewayV2::VpcLink', Properties: { Name: 'orders', SubnetIds: ['subnet-0123456789abcdef0'] } },
			Method: {
				Type: 'AWS::ApiGateway::Method',
				Properties: {
					RestApiId: { Ref: 'Api' },
					ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
					HttpMethod: 'ANY',
					AuthorizationType: 'NONE',
					Integration: {
						Type: 'HTTP_PROXY',
						IntegrationHttpMethod: 'ANY',
						ConnectionType: 'VPC_LINK',
						ConnectionId: { Ref: 'Link' },
						IntegrationTarget: 'arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/orders/0123456789abcdef',
						Uri: 'http://orders.example.com/',
					},
				},
			},
		},
		Outputs: { RootResourceId: { Value: { 'Fn::GetAtt': ['Api', 'RootResourceId'] } } },
	};
	const { Link: link, Method: method } = example.Resources as Record<string, CfnResource>;
	const integration = method!.Properties!.Integration as Record<string, unknown>;

	/** The example with one resource replaced or added. */
	const withResource = (logicalId: string, resource: CfnResource): CfnTemplate => ({ ...example, Resources: { ...example.Resources, [logicalId]: resource } });
	/** The example with some of its method's properties, or of the method's integration, replaced. */
	const withMethod = (properties: Record<string, unknown>): CfnTemplate => withResource('Method', { ...method!, Properties: { ...method!.Properties, ...properties } });
	const withIntegration = (properties: Record<string, unknown>): CfnTemplate => withMethod({ Integration: { ...integration, ...properties } });

	// The example's ARN names an account, which the library warns about: advice, not a problem.
	test('finds nothing wrong with a valid template, IntegrationTarget included', () => {
		expect(validateCloudFormation(example)).toEqual([]);
	});

	test('an unknown resource type', () => {
		expect(validateCloudFormation(withResource('Link', { ...link!, Type: 'AWS::ApiGatewayV2::VpcLinks' }))).toEqual([
			"F3006 Link (AWS::ApiGatewayV2::VpcLinks): Unknown resource type 'AWS::ApiGatewayV2::VpcLinks'",
		]);
	});

	test('an unknown property', () => {
		expect(validateCloudFormation(withIntegration({ TimeoutInMilliseconds: 29_000 }))).toEqual([
			"F3002 Method (AWS::ApiGateway::Method) Properties.Integration.TimeoutInMilliseconds: Additional properties are not allowed ('TimeoutInMilliseconds' was unexpected)",
		]);
	});

	test('a missing required property', () => {
		expect(validateCloudFormation(withResource('Link', { ...link!, Properties: { Name: 'orders' } }))).toEqual([
			"F3003 Link (AWS::ApiGatewayV2::VpcLink) Properties: 'SubnetIds' is a required property",
		]);
	});

	test('a value of the wrong type', () => {
		expect(validateCloudFormation(withIntegration({ TimeoutInMillis: 'soon' }))).toEqual([
			"F3012 Method (AWS::ApiGateway::Method) Properties.Integration.TimeoutInMillis: 'soon' is not of type 'integer'",
		]);
	});

	test('a value outside the allowed list, which the library ranks a warning', () => {
		expect(validateCloudFormation(withIntegration({ ConnectionType: 'VPCLINK' }))).toEqual([
			"W3030 Method (AWS::ApiGateway::Method) Properties.Integration.ConnectionType: 'VPCLINK' is not one of ['INTERNET', 'VPC_LINK']",
		]);
	});

	test('an attribute the resource type does not have, in a resource or an output', () => {
		expect(validateCloudFormation(withMethod({ ResourceId: { 'Fn::GetAtt': ['Api', 'RootId'] } }))).toEqual([
			"E9004 Method (AWS::ApiGateway::Method) Properties.ResourceId: 'RootId' is not one of ['RestApiId', 'RootResourceId']",
		]);
		expect(validateCloudFormation({ ...example, Outputs: { RootResourceId: { Value: { 'Fn::GetAtt': ['Api', 'RootId'] } } } })).toEqual([
			"F6101 Output RootResourceId Outputs/RootResourceId/Value.Fn::GetAtt.1: 'RootId' is not one of ['RestApiId', 'RootResourceId']",
		]);
	});

	test('a Ref to nothing, with the long list of names it could have been cut short', () => {
		expect(validateCloudFormation(withMethod({ RestApiId: { Ref: 'OrdersApi' } }))).toEqual([
			"F1020 Method (AWS::ApiGateway::Method) Properties.RestApiId: 'OrdersApi' is not one of ['AWS::AccountId', 'AWS::NoValue', 'AWS::NotificationARNs', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix', … 3 more]",
		]);
	});

	test('a Fn::Sub variable that names nothing', () => {
		expect(validateCloudFormation(withIntegration({ Uri: { 'Fn::Sub': 'http://${Alb.DNSName}/' } }))).toEqual([
			"F1018 Method (AWS::ApiGateway::Method) Properties.Integration.Uri: Fn::Sub variable '${Alb.DNSName}' does not reference a valid resource, parameter, or pseudo-parameter",
		]);
	});

	test('advice is not a problem: a hard-coded Availability Zone', () => {
		const subnet = { VpcId: 'vpc-0123456789abcdef0', CidrBlock: '10.0.0.0/24', AvailabilityZone: 'us-east-1a' };
		expect(validateCloudFormation(withResource('Subnet', { Type: 'AWS::EC2::Subnet', Properties: subnet }))).toEqual([]);
	});
});
