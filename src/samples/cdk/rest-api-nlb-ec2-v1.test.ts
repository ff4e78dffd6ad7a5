import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { SAMPLE_ENV, sampleApp } from '../extract-template.ts';
import { RestApiNlbEc2V1Stack } from './rest-api-nlb-ec2-v1.ts';

const app = sampleApp();
const template = Template.fromStack(new RestApiNlbEc2V1Stack(app, 'RestApiNlbEc2V1', { env: SAMPLE_ENV.api }));
// The template is in memory now: the cloud assembly on disk can go.
rmSync(app.outdir, { recursive: true, force: true });

/** Security groups, by the description each stack gives them. */
const NLB_SG = 'Internal NLB for orders';
const INSTANCE_SG = 'EC2 instances of orders';

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

describe('RestApiNlbEc2V1Stack', () => {
	const api = logicalId('AWS::ApiGateway::RestApi', {
		Name: 'orders-rest-api',
		EndpointConfiguration: { Types: ['REGIONAL'] },
	});
	const nlb = logicalId('AWS::ElasticLoadBalancingV2::LoadBalancer', {
		Type: 'network',
		Scheme: 'internal',
		Subnets: privateSubnets,
		SecurityGroups: [groupId(NLB_SG)],
	});
	const uri = (path: string) => ({ 'Fn::Join': ['', ['http://', { 'Fn::GetAtt': [nlb, 'DNSName'] }, path]] });

	test('uses a VPC link V1 that targets the NLB, and no V2 resources', () => {
		template.hasResourceProperties('AWS::ApiGateway::VpcLink', { Name: 'orders-link-v1', TargetArns: [{ Ref: nlb }] });
		const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type);
		expect(types.filter((type) => type.startsWith('AWS::ApiGatewayV2::'))).toEqual([]);
	});

	test('has ANY methods on / and /{proxy+}, each a VPC_LINK proxy through the V1 link', () => {
		const integration = {
			Type: 'HTTP_PROXY',
			IntegrationHttpMethod: 'ANY',
			ConnectionType: 'VPC_LINK',
			ConnectionId: { Ref: logicalId('AWS::ApiGateway::VpcLink') },
			// A V1 link already names its NLB, so there is no integration target.
			IntegrationTarget: Match.absent(),
		};
		template.resourceCountIs('AWS::ApiGateway::Method', 2);
		template.hasResourceProperties('AWS::ApiGateway::Method', {
			ResourceId: { 'Fn::GetAtt': [api, 'RootResourceId'] },
			Integration: { ...integration, Uri: uri('/') },
		});
		template.hasResourceProperties('AWS::ApiGateway::Method', {
			ResourceId: { Ref: logicalId('AWS::ApiGateway::Resource', { PathPart: '{proxy+}' }) },
			Integration: {
				...integration,
				Uri: uri('/{proxy}'),
				RequestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
			},
		});
		template.hasResourceProperties('AWS::ApiGateway::Stage', { StageName: 'prod', RestApiId: { Ref: api } });
		template.resourceCountIs('AWS::ApiGateway::Account', 0);
	});

	test('lets PrivateLink traffic past the NLB security group, which admits nothing else', () => {
		template.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
			EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off',
		});
		expect(
			template.findResources('AWS::EC2::SecurityGroupIngress', { Properties: { GroupId: groupId(NLB_SG) } }),
		).toEqual({});
		template.hasResourceProperties('AWS::EC2::SecurityGroup', {
			GroupDescription: NLB_SG,
			SecurityGroupIngress: Match.absent(),
		});
	});

	test('forwards TCP 80 to the Auto Scaling group, whose instances admit only the NLB', () => {
		const targetGroup = logicalId('AWS::ElasticLoadBalancingV2::TargetGroup', {
			Port: 80,
			Protocol: 'TCP',
			TargetType: 'instance',
		});
		template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
			LoadBalancerArn: { Ref: nlb },
			Port: 80,
			Protocol: 'TCP',
			DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: targetGroup } }],
		});
		template.hasResourceProperties('AWS::AutoScaling::AutoScalingGroup', {
			VPCZoneIdentifier: privateSubnets,
			TargetGroupARNs: [{ Ref: targetGroup }],
		});
		const ingress = Object.values(template.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties);
		expect(ingress).toEqual([
			expect.objectContaining({
				IpProtocol: 'tcp',
				FromPort: 80,
				ToPort: 80,
				GroupId: groupId(INSTANCE_SG),
				SourceSecurityGroupId: groupId(NLB_SG),
			}),
		]);
	});

	test('outputs the stage URL', () => {
		const outputs = template.findOutputs('*', {
			Value: { 'Fn::Join': ['', Match.arrayWith(['https://', { Ref: api }, '/'])] },
		});
		expect(Object.keys(outputs)).toEqual([expect.stringMatching(/^OrdersApiEndpoint/)]);
	});
});
