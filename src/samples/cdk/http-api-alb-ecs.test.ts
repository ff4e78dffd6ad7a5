import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { SAMPLE_ENV, sampleApp } from '../extract-template.ts';
import { HttpApiAlbEcsStack } from './http-api-alb-ecs.ts';

const app = sampleApp();
const template = Template.fromStack(new HttpApiAlbEcsStack(app, 'HttpApiAlbEcs', { env: SAMPLE_ENV.api }));
// The template is in memory now: the cloud assembly on disk can go.
rmSync(app.outdir, { recursive: true, force: true });

/** Security groups, by the description each stack gives them. */
const LINK_SG = 'ENIs of the API Gateway VPC link for orders';
const ALB_SG = 'Internal ALB for orders';
const TASK_SG = 'Fargate tasks of orders';

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

describe('HttpApiAlbEcsStack', () => {
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

	test('integrates over the VPC link with the ALB listener ARN as the URI', () => {
		template.resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
		template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
			ApiId: ref('AWS::ApiGatewayV2::Api', { Name: 'orders-http-api', ProtocolType: 'HTTP' }),
			IntegrationType: 'HTTP_PROXY',
			IntegrationMethod: 'ANY',
			ConnectionType: 'VPC_LINK',
			ConnectionId: ref('AWS::ApiGatewayV2::VpcLink'),
			IntegrationUri: ref('AWS::ElasticLoadBalancingV2::Listener', { Port: 80, Protocol: 'HTTP' }),
		});
	});

	test('routes ANY /{proxy+} to the integration on an auto-deployed $default stage', () => {
		template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
			RouteKey: 'ANY /{proxy+}',
			Target: { 'Fn::Join': ['', ['integrations/', ref('AWS::ApiGatewayV2::Integration')]] },
		});
		template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AutoDeploy: true });
	});

	test('runs an internal ALB in the private subnets, forwarding port 80 to the tasks', () => {
		const alb = logicalId('AWS::ElasticLoadBalancingV2::LoadBalancer', {
			Type: 'application',
			Scheme: 'internal',
			Subnets: privateSubnets,
			SecurityGroups: [groupId(ALB_SG)],
		});
		const targetGroup = logicalId('AWS::ElasticLoadBalancingV2::TargetGroup', {
			Port: 80,
			Protocol: 'HTTP',
			TargetType: 'ip',
		});
		template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
			LoadBalancerArn: { Ref: alb },
			DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: targetGroup } }],
		});
		template.hasResourceProperties('AWS::ECS::Service', {
			LaunchType: 'FARGATE',
			DesiredCount: 2,
			LoadBalancers: [{ ContainerName: 'web', ContainerPort: 80, TargetGroupArn: { Ref: targetGroup } }],
			NetworkConfiguration: {
				AwsvpcConfiguration: {
					AssignPublicIp: 'DISABLED',
					Subnets: privateSubnets,
					SecurityGroups: [groupId(TASK_SG)],
				},
			},
		});
		template.hasResourceProperties('AWS::ECS::TaskDefinition', {
			ContainerDefinitions: [
				{
					Name: 'web',
					Image: 'public.ecr.aws/nginx/nginx:latest',
					PortMappings: [{ ContainerPort: 80, Protocol: 'tcp' }],
				},
			],
		});
	});

	test('chains security groups link → ALB → tasks on port 80, and nothing else comes in', () => {
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
			expect.objectContaining(rule(ALB_SG, TASK_SG)),
		]);
		template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
			GroupId: groupId(LINK_SG),
			DestinationSecurityGroupId: groupId(ALB_SG),
			FromPort: 80,
			ToPort: 80,
		});
		// The link's group has no rule allowing all outbound traffic, and no group has inline inbound rules.
		template.hasResourceProperties('AWS::EC2::SecurityGroup', {
			GroupDescription: LINK_SG,
			SecurityGroupEgress: Match.absent(),
		});
		const inlineIngress = template.findResources('AWS::EC2::SecurityGroup', {
			Properties: { SecurityGroupIngress: Match.anyValue() },
		});
		expect(inlineIngress).toEqual({});
	});

	test('outputs the API endpoint', () => {
		template.hasOutput('ApiUrl', { Value: { 'Fn::GetAtt': [logicalId('AWS::ApiGatewayV2::Api'), 'ApiEndpoint'] } });
	});
});
