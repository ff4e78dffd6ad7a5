import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, test } from 'vitest';
import { SAMPLE_ENV, sampleApp } from '../extract-template.ts';
import { CrossAccountProviderStack } from './cross-account-provider.ts';

const app = sampleApp();
const stack = new CrossAccountProviderStack(app, 'CrossAccountProvider', {
	env: SAMPLE_ENV.provider,
	apiAccountId: '111111111111',
});
const template = Template.fromStack(stack);
// The template is in memory now: the cloud assembly on disk can go.
rmSync(app.outdir, { recursive: true, force: true });

/** Security groups, by the description each stack gives them. */
const TASK_SG = 'Fargate tasks of orders';
const NLB_SG = 'Internal NLB behind the orders endpoint service';

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

describe('CrossAccountProviderStack', () => {
	const nlb = logicalId('AWS::ElasticLoadBalancingV2::LoadBalancer', {
		Type: 'network',
		Scheme: 'internal',
		Subnets: privateSubnets,
		SecurityGroups: [groupId(NLB_SG)],
		EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off',
	});
	const endpointService = logicalId('AWS::EC2::VPCEndpointService');

	test('deploys in the provider account', () => {
		expect(stack.account).toBe('222222222222');
		expect(privateSubnets).toHaveLength(2);
	});

	test('offers the NLB as an endpoint service that only the API account may use', () => {
		template.hasResourceProperties('AWS::EC2::VPCEndpointService', {
			NetworkLoadBalancerArns: [{ Ref: nlb }],
			AcceptanceRequired: false,
		});
		template.resourceCountIs('AWS::EC2::VPCEndpointServicePermissions', 1);
		template.hasResourceProperties('AWS::EC2::VPCEndpointServicePermissions', {
			ServiceId: { Ref: endpointService },
			AllowedPrincipals: ['arn:aws:iam::111111111111:root'],
		});
	});

	test('forwards TCP 80 from the NLB to the Fargate tasks by IP', () => {
		const targetGroup = logicalId('AWS::ElasticLoadBalancingV2::TargetGroup', {
			Port: 80,
			Protocol: 'TCP',
			TargetType: 'ip',
		});
		template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
			LoadBalancerArn: { Ref: nlb },
			Port: 80,
			Protocol: 'TCP',
			DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: targetGroup } }],
		});
		template.hasResourceProperties('AWS::ECS::Service', {
			LaunchType: 'FARGATE',
			LoadBalancers: [{ ContainerName: 'web', ContainerPort: 80, TargetGroupArn: { Ref: targetGroup } }],
			NetworkConfiguration: {
				AwsvpcConfiguration: { Subnets: privateSubnets, SecurityGroups: [groupId(TASK_SG)] },
			},
		});
	});

	test('admits only the NLB to the tasks, and nothing to the NLB outside PrivateLink', () => {
		const ingress = Object.values(template.findResources('AWS::EC2::SecurityGroupIngress')).map((r) => r.Properties);
		expect(ingress).toEqual([
			expect.objectContaining({
				IpProtocol: 'tcp',
				FromPort: 80,
				ToPort: 80,
				GroupId: groupId(TASK_SG),
				SourceSecurityGroupId: groupId(NLB_SG),
			}),
		]);
		template.hasResourceProperties('AWS::EC2::SecurityGroup', {
			GroupDescription: NLB_SG,
			SecurityGroupIngress: Match.absent(),
		});
	});

	test('outputs the endpoint service name for the consumer', () => {
		template.hasOutput('EndpointServiceName', {
			Value: { 'Fn::Join': ['.', ['com.amazonaws.vpce', { Ref: 'AWS::Region' }, { Ref: endpointService }]] },
		});
	});
});

test('puts the NLB in the zones it is given, so the consumer can match them by zone ID', () => {
	const zonesApp = sampleApp();
	const chosen = new CrossAccountProviderStack(zonesApp, 'CrossAccountProviderZones', {
		env: SAMPLE_ENV.provider,
		apiAccountId: SAMPLE_ENV.api.account,
		availabilityZones: ['us-east-1b', 'us-east-1c'],
	});
	const zones = Object.values(Template.fromStack(chosen).findResources('AWS::EC2::Subnet')).map(
		(subnet) => (subnet as { Properties: { AvailabilityZone: string } }).Properties.AvailabilityZone,
	);
	rmSync(zonesApp.outdir, { recursive: true, force: true });
	expect([...new Set(zones)].sort()).toEqual(['us-east-1b', 'us-east-1c']);
});
