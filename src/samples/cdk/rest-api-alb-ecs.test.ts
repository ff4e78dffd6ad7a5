import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { SAMPLE_ENV, sampleApp } from '../extract-template.ts';
import { RestApiAlbEcsStack } from './rest-api-alb-ecs.ts';

const app = sampleApp();
const template = Template.fromStack(new RestApiAlbEcsStack(app, 'RestApiAlbEcs', { env: SAMPLE_ENV.api }));
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
const groupId = (description: string) => ({
	'Fn::GetAtt': [logicalId('AWS::EC2::SecurityGroup', { GroupDescription: description }), 'GroupId'],
});
const privateSubnets = Object.keys(
	template.findResources('AWS::EC2::Subnet', {
		Properties: { Tags: Match.arrayWith([{ Key: 'aws-cdk:subnet-type', Value: 'Private' }]) },
	}),
).map((id) => ({ Ref: id }));

describe('RestApiAlbEcsStack', () => {
	const api = logicalId('AWS::ApiGateway::RestApi', {
		Name: 'orders-rest-api',
		EndpointConfiguration: { Types: ['REGIONAL'] },
	});
	const alb = logicalId('AWS::ElasticLoadBalancingV2::LoadBalancer', {
		Type: 'application',
		Scheme: 'internal',
		Subnets: privateSubnets,
		SecurityGroups: [groupId(ALB_SG)],
	});
	const uri = (path: string) => ({ 'Fn::Join': ['', ['http://', { 'Fn::GetAtt': [alb, 'DNSName'] }, path]] });

	test('uses a VPC link V2 (AWS::ApiGatewayV2::VpcLink) and no V1 link', () => {
		template.resourceCountIs('AWS::ApiGateway::VpcLink', 0);
		template.resourceCountIs('AWS::ApiGatewayV2::VpcLink', 1);
		template.hasResourceProperties('AWS::ApiGatewayV2::VpcLink', {
			Name: 'orders-link',
			SubnetIds: privateSubnets,
			SecurityGroupIds: [groupId(LINK_SG)],
		});
	});

	test('has ANY methods on / and /{proxy+}, each a VPC_LINK proxy to the ALB itself', () => {
		const integration = {
			Type: 'HTTP_PROXY',
			IntegrationHttpMethod: 'ANY',
			ConnectionType: 'VPC_LINK',
			ConnectionId: { Ref: logicalId('AWS::ApiGatewayV2::VpcLink') },
			IntegrationTarget: { Ref: alb },
		};
		template.resourceCountIs('AWS::ApiGateway::Method', 2);
		template.hasResourceProperties('AWS::ApiGateway::Method', {
			HttpMethod: 'ANY',
			ResourceId: { 'Fn::GetAtt': [api, 'RootResourceId'] },
			Integration: { ...integration, Uri: uri('/') },
		});
		const proxy = logicalId('AWS::ApiGateway::Resource', { PathPart: '{proxy+}' });
		template.hasResourceProperties('AWS::ApiGateway::Method', {
			HttpMethod: 'ANY',
			ResourceId: { Ref: proxy },
			RequestParameters: { 'method.request.path.proxy': true },
			Integration: {
				...integration,
				Uri: uri('/{proxy}'),
				RequestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
			},
		});
	});

	test('builds the backend path from the uri template: /{proxy+} maps its matched path into the uri\'s {proxy}', () => {
		// Chapters 3 and 6 say the samples control the backend path this way; this test is what backs it.
		const proxy = logicalId('AWS::ApiGateway::Resource', {
			PathPart: '{proxy+}',
			ParentId: { 'Fn::GetAtt': [api, 'RootResourceId'] },
		});
		const methods = Object.values(template.findResources('AWS::ApiGateway::Method')).map((r) => r.Properties);
		const onProxy = methods.filter((m) => JSON.stringify(m.ResourceId) === JSON.stringify({ Ref: proxy }));
		expect(onProxy).toHaveLength(1);
		const [method] = onProxy;
		// The method declares the greedy path parameter as required...
		expect(method.RequestParameters).toEqual({ 'method.request.path.proxy': true });
		// ...the integration uri is the ALB's DNS name followed by exactly one path segment, the {proxy} placeholder...
		expect(method.Integration.Uri).toEqual(uri('/{proxy}'));
		// ...and its only request parameter fills that placeholder from the method's path parameter.
		expect(method.Integration.RequestParameters).toEqual({ 'integration.request.path.proxy': 'method.request.path.proxy' });
		// The root method's uri has no placeholder and maps nothing: a call to the stage root asks for "/".
		const onRoot = methods.filter((m) => JSON.stringify(m.ResourceId) === JSON.stringify({ 'Fn::GetAtt': [api, 'RootResourceId'] }));
		expect(onRoot).toHaveLength(1);
		expect(onRoot[0].Integration.Uri).toEqual(uri('/'));
		expect(onRoot[0].Integration.RequestParameters).toBeUndefined();
	});

	test('deploys to a prod stage, without touching the account-wide CloudWatch role', () => {
		template.hasResourceProperties('AWS::ApiGateway::Stage', { StageName: 'prod', RestApiId: { Ref: api } });
		template.resourceCountIs('AWS::ApiGateway::Account', 0);
		template.resourceCountIs('AWS::IAM::Role', 1); // the ECS task role only
	});

	test('forwards HTTP on 80 from the ALB listener to the Fargate service', () => {
		const targetGroup = logicalId('AWS::ElasticLoadBalancingV2::TargetGroup', { Port: 80, Protocol: 'HTTP' });
		template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
			LoadBalancerArn: { Ref: alb },
			Port: 80,
			Protocol: 'HTTP',
			DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: targetGroup } }],
		});
		template.hasResourceProperties('AWS::ECS::Service', {
			LoadBalancers: [{ ContainerName: 'web', ContainerPort: 80, TargetGroupArn: { Ref: targetGroup } }],
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
		});
	});

	test('outputs the stage URL', () => {
		const outputs = template.findOutputs('*', {
			Value: { 'Fn::Join': ['', Match.arrayWith(['https://', { Ref: api }, '/'])] },
		});
		expect(Object.keys(outputs)).toEqual([expect.stringMatching(/^OrdersApiEndpoint/)]);
	});
});
