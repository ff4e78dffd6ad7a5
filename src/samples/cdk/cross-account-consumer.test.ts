import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { SAMPLE_ENV, sampleApp } from '../extract-template.ts';
import { CrossAccountConsumerStack } from './cross-account-consumer.ts';

const app = sampleApp();
const stack = new CrossAccountConsumerStack(app, 'CrossAccountConsumer', { env: SAMPLE_ENV.api });
const template = Template.fromStack(stack);
// The template is in memory now: the cloud assembly on disk can go.
rmSync(app.outdir, { recursive: true, force: true });

/** Security groups, by the description each stack gives them. */
const LINK_SG = 'ENIs of the API Gateway VPC link for orders';
const ALB_SG = 'Internal ALB in front of the orders endpoint';
const ENDPOINT_SG = 'Interface endpoint to the orders provider';

/** The logical id of the one resource of `type` whose properties match `properties`. */
function logicalId(type: string, properties?: Record<string, unknown>): string {
	const ids = Object.keys(template.findResources(type, properties && { Properties: properties }));
	expect(ids, `one ${type} matching ${JSON.stringify(properties)}`).toHaveLength(1);
	return ids[0];
}
const groupId = (description: string) => ({
	'Fn::GetAtt': [logicalId('AWS::EC2::SecurityGroup', { GroupDescription: description }), 'GroupId'],
});
const isolatedSubnets = Object.keys(
	template.findResources('AWS::EC2::Subnet', {
		Properties: { Tags: Match.arrayWith([{ Key: 'aws-cdk:subnet-type', Value: 'Isolated' }]) },
	}),
).map((id) => ({ Ref: id }));

describe('CrossAccountConsumerStack', () => {
	const endpoint = logicalId('AWS::EC2::VPCEndpoint');
	const lookup = logicalId('Custom::AWS');
	const alb = logicalId('AWS::ElasticLoadBalancingV2::LoadBalancer', {
		Type: 'application',
		Scheme: 'internal',
		Subnets: isolatedSubnets,
		SecurityGroups: [groupId(ALB_SG)],
	});

	test('deploys in the API account, in two isolated subnets with no NAT gateway', () => {
		expect(stack.account).toBe('111111111111');
		expect(isolatedSubnets).toHaveLength(2);
		template.resourceCountIs('AWS::EC2::Subnet', 2);
		template.resourceCountIs('AWS::EC2::NatGateway', 0);
	});

	test("creates an interface endpoint to the provider's endpoint service, named by a parameter", () => {
		template.hasParameter('ProviderEndpointServiceName', { Type: 'String' });
		template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
			VpcEndpointType: 'Interface',
			ServiceName: { Ref: 'ProviderEndpointServiceName' },
			SubnetIds: isolatedSubnets,
			SecurityGroupIds: [groupId(ENDPOINT_SG)],
			PrivateDnsEnabled: false,
		});
	});

	test("looks up the endpoint's network-interface addresses at deploy time", () => {
		const interfaceId = (i: number) => ({ 'Fn::Select': [i, { 'Fn::GetAtt': [endpoint, 'NetworkInterfaceIds'] }] });
		const call = {
			'Fn::Join': [
				'',
				[
					'{"service":"EC2","action":"describeNetworkInterfaces","parameters":{"NetworkInterfaceIds":["',
					interfaceId(0),
					'","',
					interfaceId(1),
					'"]},"physicalResourceId":{"id":"',
					{ Ref: endpoint },
					'"},"outputPaths":["NetworkInterfaces.0.PrivateIpAddress","NetworkInterfaces.1.PrivateIpAddress"]}',
				],
			],
		};
		template.hasResourceProperties('Custom::AWS', { Create: call, Update: call, InstallLatestAwsSdk: false });
		template.hasResourceProperties('AWS::IAM::Policy', {
			PolicyDocument: { Statement: [{ Action: 'ec2:DescribeNetworkInterfaces', Effect: 'Allow', Resource: '*' }] },
		});
	});

	test('registers one ALB target per endpoint interface, by IP on port 80', () => {
		const address = (i: number) => ({ 'Fn::GetAtt': [lookup, `NetworkInterfaces.${i}.PrivateIpAddress`] });
		const targetGroup = logicalId('AWS::ElasticLoadBalancingV2::TargetGroup', {
			Port: 80,
			Protocol: 'HTTP',
			TargetType: 'ip',
			Targets: [
				{ Id: address(0), Port: 80 },
				{ Id: address(1), Port: 80 },
			],
		});
		template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
			LoadBalancerArn: { Ref: alb },
			Port: 80,
			Protocol: 'HTTP',
			DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: targetGroup } }],
		});
	});

	test('integrates the HTTP API over a VPC link V2 with the ALB listener', () => {
		template.hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
			Name: 'orders-link',
			SubnetIds: isolatedSubnets,
			SecurityGroupIds: [groupId(LINK_SG)],
		});
		template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
			IntegrationType: 'HTTP_PROXY',
			ConnectionType: 'VPC_LINK',
			ConnectionId: { Ref: logicalId('AWS::ApiGatewayV2::VpcLink') },
			IntegrationUri: { Ref: logicalId('AWS::ElasticLoadBalancingV2::Listener') },
		});
		template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /{proxy+}' });
		template.hasOutput('ApiUrl', { Value: { 'Fn::GetAtt': [logicalId('AWS::ApiGatewayV2::Api'), 'ApiEndpoint'] } });
	});

	test('chains security groups link → ALB → endpoint on port 80, and nothing else comes in', () => {
		const rule = (from: string, to: string) => ({
			IpProtocol: 'tcp',
			FromPort: 80,
			ToPort: 80,
			GroupId: groupId(to),
			SourceSecurityGroupId: groupId(from),
		});
		const ingress = Object.values(template.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties);
		expect(ingress).toEqual([
			expect.objectContaining(rule(LINK_SG, ALB_SG)),
			expect.objectContaining(rule(ALB_SG, ENDPOINT_SG)),
		]);
		const inlineIngress = template.findResources('AWS::EC2::SecurityGroup', {
			Properties: { SecurityGroupIngress: Match.anyValue() },
		});
		expect(inlineIngress).toEqual({});
	});
});

test('puts its subnets, and so the endpoint, in the zones it is given, to match the provider by zone ID', () => {
	const zonesApp = sampleApp();
	const chosen = new CrossAccountConsumerStack(zonesApp, 'CrossAccountConsumerZones', {
		env: SAMPLE_ENV.api,
		availabilityZones: ['us-east-1a', 'us-east-1c'],
	});
	const zones = Object.values(Template.fromStack(chosen).findResources('AWS::EC2::Subnet')).map(
		(subnet) => (subnet as { Properties: { AvailabilityZone: string } }).Properties.AvailabilityZone,
	);
	rmSync(zonesApp.outdir, { recursive: true, force: true });
	expect(zones.sort()).toEqual(['us-east-1a', 'us-east-1c']);
});
