import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { SAMPLE_ENV, sampleApp } from '../extract-template.ts';
import { HttpApiCloudMapEcsStack } from './http-api-cloud-map-ecs.ts';

const app = sampleApp();
const template = Template.fromStack(
	new HttpApiCloudMapEcsStack(app, 'HttpApiCloudMapEcs', { env: SAMPLE_ENV.api }),
);
// The template is in memory now: the cloud assembly on disk can go.
rmSync(app.outdir, { recursive: true, force: true });

/** Security groups, by the description each stack gives them. */
const LINK_SG = 'ENIs of the API Gateway VPC link for orders';
const TASK_SG = 'Fargate tasks of orders';

/** The logical id of the one resource of `type` whose properties match `properties`. */
function logicalId(type: string, properties?: Record<string, unknown>): string {
	const ids = Object.keys(template.findResources(type, properties && { Properties: properties }));
	expect(ids, `one ${type} matching ${JSON.stringify(properties)}`).toHaveLength(1);
	return ids[0];
}
const groupId = (description: string) => ({
	'Fn::GetAtt': [logicalId('AWS::EC2::SecurityGroup', { GroupDescription: description }), 'GroupId'],
});
const privateSubnets = Object.keys(
	template.findResources('AWS::EC2::Subnet', {
		Properties: { Tags: Match.arrayWith([{ Key: 'aws-cdk:subnet-type', Value: 'Private' }]) },
	}),
).map((id) => ({ Ref: id }));

describe('HttpApiCloudMapEcsStack', () => {
	const namespace = logicalId('AWS::ServiceDiscovery::PrivateDnsNamespace', { Name: 'orders.internal' });
	const discoveryService = logicalId('AWS::ServiceDiscovery::Service', { Name: 'orders' });

	test('has no load balancer: API Gateway finds the tasks in Cloud Map', () => {
		template.resourceCountIs('AWS::ElasticLoadBalancingV2::LoadBalancer', 0);
		template.resourceCountIs('AWS::EC2::NatGateway', 1);
	});

	test('keeps the orders service in a private DNS namespace, with SRV records', () => {
		template.hasResourceProperties('AWS::ServiceDiscovery::Service', {
			Name: 'orders',
			NamespaceId: { 'Fn::GetAtt': [namespace, 'Id'] },
			DnsConfig: { DnsRecords: [{ Type: 'SRV', TTL: 60 }] },
		});
	});

	test('has ECS register each task in the Cloud Map service with its container port', () => {
		template.hasResourceProperties('AWS::ECS::Service', {
			LaunchType: 'FARGATE',
			DesiredCount: 2,
			ServiceRegistries: [
				{ RegistryArn: { 'Fn::GetAtt': [discoveryService, 'Arn'] }, ContainerName: 'web', ContainerPort: 80 },
			],
			NetworkConfiguration: {
				AwsvpcConfiguration: { Subnets: privateSubnets, SecurityGroups: [groupId(TASK_SG)] },
			},
		});
	});

	test('integrates over the VPC link with the Cloud Map service ARN as the URI', () => {
		template.hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
			Name: 'orders-link',
			SubnetIds: privateSubnets,
			SecurityGroupIds: [groupId(LINK_SG)],
		});
		template.resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
		template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
			IntegrationType: 'HTTP_PROXY',
			ConnectionType: 'VPC_LINK',
			ConnectionId: { Ref: logicalId('AWS::ApiGatewayV2::VpcLink') },
			IntegrationUri: { 'Fn::GetAtt': [discoveryService, 'Arn'] },
		});
		template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /{proxy+}' });
		template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AutoDeploy: true });
	});

	test('lets the VPC link reach the tasks on the container port, and nothing else in', () => {
		const ingress = Object.values(template.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties);
		expect(ingress).toEqual([
			expect.objectContaining({
				IpProtocol: 'tcp',
				FromPort: 80,
				ToPort: 80,
				GroupId: groupId(TASK_SG),
				SourceSecurityGroupId: groupId(LINK_SG),
			}),
		]);
		template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
			GroupId: groupId(LINK_SG),
			DestinationSecurityGroupId: groupId(TASK_SG),
			FromPort: 80,
			ToPort: 80,
		});
	});

	test('outputs the API endpoint', () => {
		template.hasOutput('ApiUrl', { Value: { 'Fn::GetAtt': [logicalId('AWS::ApiGatewayV2::Api'), 'ApiEndpoint'] } });
	});
});
