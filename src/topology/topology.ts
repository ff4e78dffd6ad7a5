import type { Configuration, Owner, SecurityGroupRule, TopologyEdge, TopologyNode } from './model.ts';
import { SOURCES } from './sources.ts';

/**
 * What the drawing of a configuration holds: its components and who runs them, the connections
 * between them with what each carries, and the security groups around them. Where each goes is
 * ./layout.ts's business. Ports used throughout: listener 80 and application 80, as in the code
 * samples of chapters 5 to 7. Unsupported configurations are drawn too (with the impossible
 * connection crossed out, see rules.ts), so nothing here assumes the configuration is valid.
 */

export const LISTENER_PORT = 80;
export const APP_PORT = 80;

/** A component before the layout places it. */
export type NodeSpec = Omit<TopologyNode, 'x' | 'y'>;

export const loadBalancerName = (config: Configuration) =>
	config.target === 'alb' ? 'Application Load Balancer' : 'Network Load Balancer';
export const targetName = (config: Configuration) => (config.compute === 'ecs' ? 'ECS task' : 'EC2 instance');

const node = (id: string, owner: Owner, label: string, description: string): NodeSpec => ({ id, owner, label, description });

function clientNodes(config: Configuration): NodeSpec[] {
	if (config.client === 'public') {
		return [node('client', 'client', 'Client', 'A caller on the public internet, such as a mobile app or a partner service.')];
	}
	return [
		node('client', 'client', 'Client app', 'An application running in a consumer VPC.'),
		node(
			'vpce',
			'client',
			'execute-api endpoint',
			'An interface VPC endpoint for the execute-api service: network interfaces with private IP addresses in the consumer VPC, running on AWS PrivateLink.',
		),
	];
}

function apiNode(config: Configuration): NodeSpec {
	const kind = config.api === 'rest' ? (config.client === 'vpc' ? 'Private REST API' : 'REST API') : 'HTTP API';
	return {
		...node(
			'apigw',
			'aws',
			`API Gateway: ${kind}`,
			`The ${kind} in API Gateway. It runs in AWS-managed infrastructure, outside your VPC, and reaches your VPC only through the VPC link. The client's TLS connection ends here.`,
		),
		note: 'TLS ends here',
	};
}

function linkNodes(config: Configuration): NodeSpec[] {
	if (config.link === 'v1') {
		return [
			node(
				'eps',
				'vpc',
				'VPC endpoint service',
				'The AWS PrivateLink endpoint service that API Gateway created in front of your Network Load Balancer when you created the VPC link V1.',
			),
		];
	}
	const eni = (az: 'A' | 'B') =>
		node(
			`eni-${az.toLowerCase()}`,
			'vpc',
			`VPC link ENI (${az})`,
			`A network interface that API Gateway created and manages for the VPC link V2 in private subnet ${az}, with the link's security group.`,
		);
	return [eni('A'), eni('B')];
}

function backendNodes(config: Configuration): NodeSpec[] {
	const target = (az: 'A' | 'B') =>
		node(
			`target-${az.toLowerCase()}`,
			'vpc',
			`${targetName(config)} (${az})`,
			`An Amazon ${config.compute === 'ecs' ? 'ECS task' : 'EC2 instance'} in private subnet ${az}, serving the application on port ${APP_PORT}.`,
		);
	const targets = [target('A'), target('B')];
	if (config.target === 'cloudmap') {
		return [
			node(
				'cloudmap',
				'aws',
				'Cloud Map service',
				'An AWS Cloud Map service whose registered instances carry the IP address and port of each target. API Gateway asks it for instances with DiscoverInstances: a lookup, not a stop on the request’s way.',
			),
			...targets,
		];
	}
	const lb = node(
		'lb',
		'vpc',
		loadBalancerName(config),
		config.target === 'alb'
			? `An internal Application Load Balancer with nodes in both Availability Zones. Its HTTP listener on port ${LISTENER_PORT} forwards to a target group.`
			: `An internal Network Load Balancer with nodes in both Availability Zones. Its TCP listener on port ${LISTENER_PORT} forwards to a target group.`,
	);
	return [lb, ...targets];
}

/** Every component of the drawing of `config`, not yet placed. */
export const nodeSpecs = (config: Configuration): NodeSpec[] => [...clientNodes(config), apiNode(config), ...linkNodes(config), ...backendNodes(config)];

type EdgeSpec = Pick<TopologyEdge, 'from' | 'to' | 'label' | 'control'>;

/**
 * The connections, each with what it carries. TLS ends at API Gateway: from there the samples'
 * integrations speak plain HTTP. An NLB's listener is TCP, so the legs through it say TCP.
 */
export function edgeSpecs(config: Configuration): EdgeSpec[] {
	const https = 'HTTPS :443';
	const inVpc = `${config.target === 'nlb' ? 'TCP' : 'HTTP'} :${LISTENER_PORT}`;
	const toApp = `${config.target === 'nlb' ? 'TCP' : 'HTTP'} :${APP_PORT}`;
	const edges: EdgeSpec[] =
		config.client === 'vpc'
			? [
					{ from: 'client', to: 'vpce', label: https },
					{ from: 'vpce', to: 'apigw', label: https },
				]
			: [{ from: 'client', to: 'apigw', label: https }];
	const backends = config.target === 'cloudmap' ? ['target-a', 'target-b'] : ['lb'];
	if (config.link === 'v1') {
		edges.push({ from: 'apigw', to: 'eps', label: inVpc }, ...backends.map((to) => ({ from: 'eps', to })));
	} else {
		edges.push({ from: 'apigw', to: 'eni-a', label: inVpc }, { from: 'apigw', to: 'eni-b' });
		if (config.target === 'cloudmap') {
			edges.push({ from: 'eni-a', to: 'target-a', label: toApp }, { from: 'eni-b', to: 'target-b' });
		} else {
			edges.push({ from: 'eni-a', to: 'lb', label: inVpc }, { from: 'eni-b', to: 'lb' });
		}
	}
	if (config.target === 'cloudmap') edges.push({ from: 'apigw', to: 'cloudmap', label: 'DiscoverInstances', control: true });
	else edges.push({ from: 'lb', to: 'target-a', label: toApp }, { from: 'lb', to: 'target-b' });
	return edges;
}

/** The security group rules this path needs, hop by hop, with the components each group is attached to. */
export function securityGroupsOf(config: Configuration): SecurityGroupRule[] {
	const rules: SecurityGroupRule[] = [];
	const target = `${targetName(config)}s`;
	const targets = ['target-a', 'target-b'];
	if (config.client === 'vpc') {
		rules.push({
			group: 'execute-api endpoint',
			rule: 'Inbound: HTTPS (443) from the client applications in the consumer VPC.',
			source: SOURCES.interfaceEndpoints,
			guards: ['vpce'],
			checks: 'inbound',
		});
	}
	if (config.link === 'v2') {
		const to = config.target === 'cloudmap' ? `the ${target} on port ${APP_PORT}` : `the load balancer on port ${LISTENER_PORT}`;
		rules.push({
			group: 'VPC link V2',
			rule: `Outbound: to ${to}. Inbound rules do not matter: nothing connects to the link.`,
			source: SOURCES.sampleRestV2,
			guards: ['eni-a', 'eni-b'],
			checks: 'outbound',
		});
	}
	if (config.target === 'alb') {
		rules.push({
			group: 'Application Load Balancer',
			rule: `Inbound: port ${LISTENER_PORT} from the VPC link's security group. Outbound: port ${APP_PORT} to the ${target}.`,
			source: SOURCES.albSecurityGroups,
			guards: ['lb'],
		});
	}
	if (config.target === 'nlb' && config.link === 'v2') {
		rules.push({
			group: 'Network Load Balancer',
			rule: `Inbound: port ${LISTENER_PORT} from the VPC link's security group. An NLB has security groups only if they were attached when it was created; without them it accepts all traffic to its listeners.`,
			source: SOURCES.nlbSecurityGroups,
			guards: ['lb'],
		});
	}
	if (config.link === 'v1' && config.target === 'nlb') {
		// The legacy setup guide for V1 links has PrivateLink traffic skip the NLB's inbound rules
		// and warns against relying on API Gateway's address ranges.
		rules.push({
			group: 'Network Load Balancer',
			rule: 'If it has security groups: turn off their inbound-rule checks for PrivateLink traffic, so the link’s traffic through the endpoint service is let in without rules based on API Gateway’s addresses.',
			source: SOURCES.nlbForVpcLinkV1,
			guards: ['lb'],
		});
	}
	rules.push(
		config.target === 'cloudmap'
			? {
					group: target,
					rule: `Inbound: port ${APP_PORT} from the VPC link's security group, since the link connects to them directly.`,
					source: SOURCES.sampleRestV2,
					guards: targets,
					checks: 'inbound',
				}
			: {
					group: target,
					rule: `Inbound: port ${APP_PORT} from the load balancer's security group, so that only the load balancer can reach them.`,
					source: config.target === 'alb' ? SOURCES.albSecurityGroups : SOURCES.nlbSecurityGroups,
					guards: targets,
					checks: 'inbound',
				},
	);
	return rules;
}
