import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { SAMPLE_ENV, sampleApp } from '../extract-template.ts';
import { HttpApiNlbEc2Stack } from './http-api-nlb-ec2.ts';

const app = sampleApp();
const template = Template.fromStack(new HttpApiNlbEc2Stack(app, 'HttpApiNlbEc2', { env: SAMPLE_ENV.api }));
// The template is in memory now: the cloud assembly on disk can go.
rmSync(app.outdir, { recursive: true, force: true });

/** Security groups, by the description each stack gives them. */
const LINK_SG = 'ENIs of the API Gateway VPC link for orders';
const NLB_SG = 'Internal NLB for orders';
const INSTANCE_SG = 'EC2 instances of orders';

/** The logical id of the one resource of `type` whose properties match `properties`. */
function logicalId(type: string, properties?: Record<string, unknown>): string {
	const ids = Object.keys(template.findResources(type, properties && { Properties: properties }));
	expect(ids, `one ${type} matching ${JSON.stringify(properties)}`).toHaveLength(1);
	return ids[0];
}
const ref = (type: string, properties?: Record<string, unknown>) => ({ Ref: logicalId(type, properties) });
const groupId = (description: string) => ({
	'Fn::GetAtt': [logicalId('AWS::EC2::SecurityGroup', { GroupDescription: description }), 'GroupId'],
});
const privateSubnets = Object.keys(
	template.findResources('AWS::EC2::Subnet', {
		Properties: { Tags: Match.arrayWith([{ Key: 'aws-cdk:subnet-type', Value: 'Private' }]) },
	}),
).map((id) => ({ Ref: id }));

describe('HttpApiNlbEc2Stack', () => {
	test('has two private subnets and one NAT gateway', () => {
		expect(privateSubnets).toHaveLength(2);
		template.resourceCountIs('AWS::EC2::NatGateway', 1);
	});

	test('puts one VPC link V2 in the private subnets, with its own security group', () => {
		template.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
		template.hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
			Name: 'orders-link',
			SubnetIds: privateSubnets,
			SecurityGroupIds: [groupId(LINK_SG)],
		});
	});

	test('integrates over the VPC link with the NLB listener ARN as the URI', () => {
		template.resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
		template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
			IntegrationType: 'HTTP_PROXY',
			ConnectionType: 'VPC_LINK',
			ConnectionId: ref('AWS::ApiGatewayV2::VpcLink'),
			IntegrationUri: ref('AWS::ElasticLoadBalancingV2::Listener', { Port: 80, Protocol: 'TCP' }),
		});
		template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
			RouteKey: 'ANY /{proxy+}',
			Target: { 'Fn::Join': ['', ['integrations/', ref('AWS::ApiGatewayV2::Integration')]] },
		});
		template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AutoDeploy: true });
	});

	test('runs an internal NLB with a security group, forwarding TCP 80 to the Auto Scaling group', () => {
		const nlb = logicalId('AWS::ElasticLoadBalancingV2::LoadBalancer', {
			Type: 'network',
			Scheme: 'internal',
			Subnets: privateSubnets,
			SecurityGroups: [groupId(NLB_SG)],
		});
		const targetGroup = logicalId('AWS::ElasticLoadBalancingV2::TargetGroup', {
			Port: 80,
			Protocol: 'TCP',
			TargetType: 'instance',
		});
		template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
			LoadBalancerArn: { Ref: nlb },
			DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: targetGroup } }],
		});
		template.hasResourceProperties('AWS::AutoScaling::AutoScalingGroup', {
			MinSize: '2',
			MaxSize: '2',
			VPCZoneIdentifier: privateSubnets,
			TargetGroupARNs: [{ Ref: targetGroup }],
		});
	});

	test('launches Amazon Linux 2023 instances that serve nginx, in the instance security group', () => {
		const ami = Object.entries(template.toJSON().Parameters as Record<string, { Default?: string }>).find(
			([, parameter]) => parameter.Default === '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64',
		);
		expect(ami).toBeDefined();
		template.hasResourceProperties('AWS::EC2::LaunchTemplate', {
			LaunchTemplateData: {
				ImageId: { Ref: ami?.[0] },
				InstanceType: 't3.micro',
				SecurityGroupIds: [groupId(INSTANCE_SG)],
				UserData: { 'Fn::Base64': '#!/bin/bash\ndnf install -y nginx\nsystemctl enable --now nginx' },
				MetadataOptions: { HttpTokens: 'required' },
			},
		});
	});

	test('chains security groups link → NLB → instances on port 80, and nothing else comes in', () => {
		const rule = (from: string, to: string) => ({
			IpProtocol: 'tcp',
			FromPort: 80,
			ToPort: 80,
			GroupId: groupId(to),
			SourceSecurityGroupId: groupId(from),
		});
		const ingress = Object.values(template.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties);
		expect(ingress).toEqual([
			expect.objectContaining(rule(LINK_SG, NLB_SG)),
			expect.objectContaining(rule(NLB_SG, INSTANCE_SG)),
		]);
		const egress = Object.values(template.findResources('AWS::EC2::SecurityGroupEgress')).map((r) => r.Properties);
		const outbound = (from: string, to: string) => ({
			GroupId: groupId(from),
			DestinationSecurityGroupId: groupId(to),
			FromPort: 80,
			ToPort: 80,
		});
		expect(egress).toEqual([
			expect.objectContaining(outbound(LINK_SG, NLB_SG)),
			expect.objectContaining(outbound(NLB_SG, INSTANCE_SG)),
		]);
		const inlineIngress = template.findResources('AWS::EC2::SecurityGroup', {
			Properties: { SecurityGroupIngress: Match.anyValue() },
		});
		expect(inlineIngress).toEqual({});
	});

	test('outputs the API endpoint', () => {
		template.hasOutput('ApiUrl', { Value: { 'Fn::GetAtt': [logicalId('AWS::ApiGatewayV2::Api'), 'ApiEndpoint'] } });
	});
});
