import type { Configuration, SecurityGroupRule, Topology, TopologyEdge, TopologyNode } from './model.ts';
import { SOURCES } from './sources.ts';

/**
 * The components of a supported configuration, laid out on a fixed 1000 x 600 grid: the caller's
 * side on the left, API Gateway's AWS-managed side in the middle, your VPC with two
 * Availability Zones on the right. Ports used throughout: listener 80 and application 80, as in the code samples of chapters 5 to 7.
 */

export const LISTENER_PORT = 80;
export const APP_PORT = 80;

const WIDTH = 1000;
const HEIGHT = 600;
/** Vertical centres of the two Availability Zones, and of the line between them. */
const AZ_A_Y = 180;
const AZ_B_Y = 450;
const MIDDLE_Y = 315;

type NodeSpec = Omit<TopologyNode, 'x' | 'y'>;
const at = (spec: NodeSpec, x: number, y: number): TopologyNode => ({ ...spec, x, y });

export const loadBalancerName = (config: Configuration) =>
	config.target === 'alb' ? 'Application Load Balancer' : 'Network Load Balancer';
export const targetName = (config: Configuration) => (config.compute === 'ecs' ? 'ECS task' : 'EC2 instance');

function clientNodes(config: Configuration): TopologyNode[] {
	if (config.client === 'public') {
		return [
			at(
				{ id: 'client', label: 'Client', description: 'A caller on the public internet, such as a mobile app or a partner service.' },
				90,
				MIDDLE_Y,
			),
		];
	}
	return [
		at({ id: 'client', label: 'Client app', description: 'An application running in a consumer VPC.' }, 90, 200),
		at(
			{
				id: 'vpce',
				label: 'execute-api endpoint',
				description:
					'An interface VPC endpoint for the execute-api service: network interfaces with private IP addresses in the consumer VPC, running on AWS PrivateLink.',
			},
			90,
			430,
		),
	];
}

function apiNode(config: Configuration): TopologyNode {
	const kind = config.api === 'rest' ? (config.client === 'vpc' ? 'Private REST API' : 'REST API') : 'HTTP API';
	return at(
		{
			id: 'apigw',
			label: `API Gateway: ${kind}`,
			description: `The ${kind} in API Gateway. It runs in AWS-managed infrastructure, outside your VPC, and reaches your VPC only through the VPC link.`,
		},
		280,
		MIDDLE_Y,
	);
}

function linkNodes(config: Configuration): TopologyNode[] {
	if (config.link === 'v1') {
		return [
			at(
				{
					id: 'eps',
					label: 'VPC endpoint service',
					description:
						'The AWS PrivateLink endpoint service that API Gateway created in front of your Network Load Balancer when you created the VPC link V1.',
				},
				// Near the VPC's edge, leaving a clear gap before the Network Load Balancer.
				478,
				MIDDLE_Y,
			),
		];
	}
	const eni = (az: 'A' | 'B', y: number) =>
		at(
			{
				id: `eni-${az.toLowerCase()}`,
				label: `VPC link ENI (${az})`,
				description: `A network interface that API Gateway created and manages for the VPC link V2 in private subnet ${az}, with the link's security group.`,
			},
			500,
			y,
		);
	return [eni('A', AZ_A_Y), eni('B', AZ_B_Y)];
}

function backendNodes(config: Configuration): TopologyNode[] {
	const target = (az: 'A' | 'B', y: number) =>
		at(
			{
				id: `target-${az.toLowerCase()}`,
				label: `${targetName(config)} (${az})`,
				description:
					config.compute === 'ecs'
						? `An Amazon ECS task in private subnet ${az}, serving the application on port ${APP_PORT}.`
						: `An Amazon EC2 instance in private subnet ${az}, serving the application on port ${APP_PORT}.`,
			},
			860,
			y,
		);
	const targets = [target('A', AZ_A_Y), target('B', AZ_B_Y)];
	if (config.target === 'cloudmap') {
		return [
			at(
				{
					id: 'cloudmap',
					label: 'Cloud Map service',
					description:
						'An AWS Cloud Map service whose registered instances carry the IP address and port of each target. API Gateway asks it for instances with DiscoverInstances.',
				},
				280,
				500,
			),
			...targets,
		];
	}
	const lb = at(
		{
			id: 'lb',
			label: loadBalancerName(config),
			description:
				config.target === 'alb'
					? `An internal Application Load Balancer with nodes in both Availability Zones. Its HTTP listener on port ${LISTENER_PORT} forwards to a target group.`
					: `An internal Network Load Balancer with nodes in both Availability Zones. Its TCP listener on port ${LISTENER_PORT} forwards to a target group.`,
		},
		680,
		MIDDLE_Y,
	);
	return [lb, ...targets];
}

function edgesOf(config: Configuration): TopologyEdge[] {
	const edges: TopologyEdge[] =
		config.client === 'vpc'
			? [
					{ from: 'client', to: 'vpce' },
					{ from: 'vpce', to: 'apigw' },
				]
			: [{ from: 'client', to: 'apigw' }];
	if (config.link === 'v1') {
		edges.push({ from: 'apigw', to: 'eps' }, { from: 'eps', to: 'lb' });
	} else {
		edges.push({ from: 'apigw', to: 'eni-a' }, { from: 'apigw', to: 'eni-b' });
		if (config.target === 'cloudmap') {
			edges.push({ from: 'apigw', to: 'cloudmap' }, { from: 'eni-a', to: 'target-a' }, { from: 'eni-b', to: 'target-b' });
		} else {
			edges.push({ from: 'eni-a', to: 'lb' }, { from: 'eni-b', to: 'lb' });
		}
	}
	if (config.target !== 'cloudmap') edges.push({ from: 'lb', to: 'target-a' }, { from: 'lb', to: 'target-b' });
	return edges;
}

/** The security group rules this path needs, hop by hop. */
function securityGroupsOf(config: Configuration): SecurityGroupRule[] {
	const rules: SecurityGroupRule[] = [];
	const target = `${targetName(config)}s`;
	if (config.client === 'vpc') {
		rules.push({
			group: 'execute-api endpoint',
			rule: 'Inbound: HTTPS (443) from the client applications in the consumer VPC.',
			source: SOURCES.interfaceEndpoints,
		});
	}
	if (config.link === 'v2') {
		const to = config.target === 'cloudmap' ? `the ${target} on port ${APP_PORT}` : `the load balancer on port ${LISTENER_PORT}`;
		rules.push({
			group: 'VPC link V2',
			rule: `Outbound: to ${to}. Inbound rules do not matter: nothing connects to the link.`,
			source: SOURCES.sampleRestV2,
		});
	}
	if (config.target === 'alb') {
		rules.push({
			group: 'Application Load Balancer',
			rule: `Inbound: port ${LISTENER_PORT} from the VPC link's security group. Outbound: port ${APP_PORT} to the ${target}.`,
			source: SOURCES.albSecurityGroups,
		});
	}
	if (config.target === 'nlb' && config.link === 'v2') {
		rules.push({
			group: 'Network Load Balancer',
			rule: `Inbound: port ${LISTENER_PORT} from the VPC link's security group. An NLB has security groups only if they were attached when it was created; without them it accepts all traffic to its listeners.`,
			source: SOURCES.nlbSecurityGroups,
		});
	}
	if (config.link === 'v1') {
		// The legacy setup guide for V1 links has PrivateLink traffic skip the NLB's inbound rules
		// and warns against relying on API Gateway's address ranges.
		rules.push({
			group: 'Network Load Balancer',
			rule: 'If it has security groups: turn off their inbound-rule checks for PrivateLink traffic, so the link’s traffic through the endpoint service is let in without rules based on API Gateway’s addresses.',
			source: SOURCES.nlbForVpcLinkV1,
		});
	}
	rules.push(
		config.target === 'cloudmap'
			? {
					group: target,
					rule: `Inbound: port ${APP_PORT} from the VPC link's security group, since the link connects to them directly.`,
					source: SOURCES.sampleRestV2,
				}
			: {
					group: target,
					rule: `Inbound: port ${APP_PORT} from the load balancer's security group, so that only the load balancer can reach them.`,
					source: config.target === 'alb' ? SOURCES.albSecurityGroups : SOURCES.nlbSecurityGroups,
				},
	);
	return rules;
}

/** The drawing of a supported configuration. */
export function buildTopology(config: Configuration): Topology {
	const callerZone = config.client === 'vpc' ? 'Consumer VPC' : 'Internet';
	return {
		width: WIDTH,
		height: HEIGHT,
		areas: [
			{ id: 'caller', label: callerZone, kind: 'zone', x: 10, y: 10, width: 160, height: 580 },
			{ id: 'aws', label: 'AWS-managed', kind: 'zone', x: 190, y: 10, width: 180, height: 580 },
			{ id: 'vpc', label: 'Your VPC', kind: 'zone', x: 390, y: 10, width: 600, height: 580 },
			{ id: 'az-a', label: 'Availability Zone A', kind: 'az', x: 405, y: 45, width: 570, height: 255 },
			{ id: 'az-b', label: 'Availability Zone B', kind: 'az', x: 405, y: 320, width: 570, height: 255 },
			{ id: 'subnet-a', label: 'Private subnet A', kind: 'subnet', x: 420, y: 75, width: 540, height: 210 },
			{ id: 'subnet-b', label: 'Private subnet B', kind: 'subnet', x: 420, y: 350, width: 540, height: 210 },
		],
		nodes: [...clientNodes(config), apiNode(config), ...linkNodes(config), ...backendNodes(config)],
		edges: edgesOf(config),
		securityGroups: securityGroupsOf(config),
	};
}
