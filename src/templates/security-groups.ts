import type { Configuration } from '../topology/model.ts';
import { APP_PORT, LISTENER_PORT, loadBalancerName, targetName } from '../topology/topology.ts';
import { getAtt, ref, type Resource, sub, type Value } from './model.ts';

/**
 * The security groups of a template and their rules: exactly those the explorer lists for the
 * setup (topology/security-group-rules.ts says them in words; a test holds the two together),
 * plus the outbound rule every backend needs to fetch what it runs.
 */

export type GroupId = 'EndpointSecurityGroup' | 'VpcLinkSecurityGroup' | 'LoadBalancerSecurityGroup' | 'TargetSecurityGroup';

/** Where a rule lets traffic come from or go to. */
export type Peer = { group: GroupId } | { cidr: 'vpc' | 'anywhere' };

export interface RulePlan {
	direction: 'inbound' | 'outbound';
	/** A TCP port, or every protocol and port. */
	port: number | 'all';
	peer: Peer;
	description: string;
}

export interface GroupPlan {
	id: GroupId;
	/** The group's name in the explorer's list of security groups. */
	explorerName: string;
	description: string;
	rules: RulePlan[];
	/**
	 * An NLB that a VPC link V1 reaches through PrivateLink: its group does not check inbound
	 * rules for that traffic (the explorer says why), so it needs none.
	 */
	skipsPrivateLinkInbound?: boolean;
}

export function securityGroupPlan(config: Configuration): GroupPlan[] {
	const groups: GroupPlan[] = [];
	const targets = `${targetName(config)}s`;
	const front: GroupId = config.target === 'cloudmap' ? 'TargetSecurityGroup' : 'LoadBalancerSecurityGroup';
	const frontPort = config.target === 'cloudmap' ? APP_PORT : LISTENER_PORT;
	if (config.client === 'vpc') {
		groups.push({
			id: 'EndpointSecurityGroup',
			explorerName: 'execute-api endpoint',
			description: 'execute-api endpoint: HTTPS from clients in the VPC',
			rules: [
				{ direction: 'inbound', port: 443, peer: { cidr: 'vpc' }, description: 'HTTPS from clients in the VPC' },
				{ direction: 'outbound', port: 'all', peer: { cidr: 'anywhere' }, description: 'The default outbound rule, which the endpoint does not use' },
			],
		});
	}
	if (config.link === 'v2') {
		groups.push({
			id: 'VpcLinkSecurityGroup',
			explorerName: 'VPC link V2',
			description: 'VPC link ENIs: out to the backend only',
			rules: [{ direction: 'outbound', port: frontPort, peer: { group: front }, description: `To the ${config.target === 'cloudmap' ? targets : 'load balancer'}` }],
		});
	}
	if (config.target !== 'cloudmap') {
		const fromLink = config.link === 'v2';
		groups.push({
			id: 'LoadBalancerSecurityGroup',
			explorerName: loadBalancerName(config),
			description: `${loadBalancerName(config)}: from the VPC link, to the ${targets}`,
			rules: [
				...(fromLink ? [{ direction: 'inbound' as const, port: LISTENER_PORT, peer: { group: 'VpcLinkSecurityGroup' as const }, description: 'From the VPC link' }] : []),
				{ direction: 'outbound', port: APP_PORT, peer: { group: 'TargetSecurityGroup' }, description: `To the ${targets}` },
			],
			...(fromLink ? {} : { skipsPrivateLinkInbound: true }),
		});
	}
	groups.push({
		id: 'TargetSecurityGroup',
		explorerName: targets,
		description: `${targets}: from the ${config.target === 'cloudmap' ? 'VPC link' : 'load balancer'} only`,
		rules: [
			{
				direction: 'inbound',
				port: APP_PORT,
				peer: { group: config.target === 'cloudmap' ? 'VpcLinkSecurityGroup' : 'LoadBalancerSecurityGroup' },
				description: config.target === 'cloudmap' ? 'From the VPC link' : 'From the load balancer',
			},
			{
				direction: 'outbound',
				port: 'all',
				peer: { cidr: 'anywhere' },
				description: config.compute === 'ecs' ? 'To Amazon ECR Public and CloudWatch Logs, through the NAT gateway' : 'The default outbound rule',
			},
		],
	});
	return groups;
}

/** What a group lets through, in a sentence; `names` says what each group guards. */
function groupComment(group: GroupPlan, names: Record<GroupId, string>): string {
	const rules = group.rules.map((rule) => {
		const peer = 'group' in rule.peer ? names[rule.peer.group] : rule.peer.cidr === 'vpc' ? 'the VPC' : 'anywhere';
		const port = rule.port === 'all' ? 'all traffic' : `TCP ${rule.port}`;
		return `${rule.direction === 'inbound' ? 'in' : 'out'}: ${port} ${rule.direction === 'inbound' ? 'from' : 'to'} ${peer}`;
	});
	const skip = group.skipsPrivateLinkInbound ? '; no inbound rules, because the load balancer does not check them for the VPC link’s PrivateLink traffic' : '';
	return `Security group of the ${group.explorerName}: ${rules.join('; ')}${skip}.`;
}

function peerProperties(rule: RulePlan): Record<string, Value> {
	const peer = rule.peer;
	if ('group' in peer) return { [rule.direction === 'inbound' ? 'SourceSecurityGroupId' : 'DestinationSecurityGroupId']: getAtt(peer.group, 'GroupId') };
	return { CidrIp: peer.cidr === 'vpc' ? getAtt('Vpc', 'CidrBlock') : '0.0.0.0/0' };
}

const portProperties = (rule: RulePlan): Record<string, Value> => (rule.port === 'all' ? { IpProtocol: '-1' } : { IpProtocol: 'tcp', FromPort: rule.port, ToPort: rule.port });

/**
 * The groups as CloudFormation resources. Outbound rules sit in their group, which replaces the
 * rule allowing everything out that a group otherwise gets; inbound rules from another group are
 * resources of their own, so no two groups name each other and CloudFormation can order them.
 */
export function securityGroupResources(config: Configuration): Record<string, Resource> {
	const resources: Record<string, Resource> = {};
	const names: Record<GroupId, string> = {
		EndpointSecurityGroup: 'the execute-api endpoint',
		VpcLinkSecurityGroup: 'the VPC link',
		LoadBalancerSecurityGroup: 'the load balancer',
		TargetSecurityGroup: `the ${targetName(config)}s`,
	};
	for (const group of securityGroupPlan(config)) {
		const inline = (direction: RulePlan['direction']) => group.rules.filter((rule) => rule.direction === direction && !(direction === 'inbound' && 'group' in rule.peer));
		const ingress = inline('inbound').map((rule) => ({ ...portProperties(rule), ...peerProperties(rule), Description: rule.description }));
		const egress = inline('outbound').map((rule) => ({ ...portProperties(rule), ...peerProperties(rule), Description: rule.description }));
		resources[group.id] = {
			Type: 'AWS::EC2::SecurityGroup',
			Comment: groupComment(group, names),
			Properties: {
				GroupDescription: sub(`\${AWS::StackName}: ${group.description}`),
				VpcId: ref('Vpc'),
				...(ingress.length > 0 ? { SecurityGroupIngress: ingress } : {}),
				SecurityGroupEgress: egress,
			},
		};
		for (const rule of group.rules.filter((rule) => rule.direction === 'inbound' && 'group' in rule.peer)) {
			const from = (rule.peer as { group: GroupId }).group.replace('SecurityGroup', '');
			resources[`${group.id.replace('SecurityGroup', '')}From${from}`] = {
				Type: 'AWS::EC2::SecurityGroupIngress',
				Comment: 'An inbound rule from another group, kept apart from both groups so that neither group has to exist before the other.',
				Properties: { GroupId: getAtt(group.id, 'GroupId'), ...portProperties(rule), ...peerProperties(rule), Description: rule.description },
			};
		}
	}
	return resources;
}
