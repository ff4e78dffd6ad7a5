import type { Configuration, Owner, TopologyEdge, TopologyNode } from './model.ts';

/**
 * What the drawing of a configuration holds: its components and who runs them, and the connections
 * between them with what each carries. Where each goes is ./layout.ts's business; what each
 * component is, in a sentence, is descriptions.ts's, and the security groups are
 * security-group-rules.ts's: words the browser loads only when needed (see setup-view.ts). Ports used throughout: listener 80 and application 80, as in the code
 * samples of chapters 5 to 7. Unsupported configurations are drawn too (with the impossible
 * connection crossed out, see rules.ts), so nothing here assumes the configuration is valid.
 */

export const LISTENER_PORT = 80;
export const APP_PORT = 80;

/** A component before the layout places it. */
export type NodeSpec = Omit<TopologyNode, 'x' | 'y' | 'description'>;

export const loadBalancerName = (config: Configuration) => (config.target === 'alb' ? 'Application Load Balancer' : 'Network Load Balancer');
export const targetName = (config: Configuration) => (config.compute === 'ecs' ? 'ECS task' : 'EC2 instance');

const node = (id: string, owner: Owner, label: string): NodeSpec => ({ id, owner, label });

function clientNodes(config: Configuration): NodeSpec[] {
	if (config.client === 'public') return [node('client', 'client', 'Client')];
	return [node('client', 'client', 'Client app'), node('vpce', 'client', 'execute-api endpoint')];
}

/** What kind of API the drawing shows; descriptions.ts names it the same way. */
export const apiKind = (config: Configuration) => (config.api === 'rest' ? (config.client === 'vpc' ? 'Private REST API' : 'REST API') : 'HTTP API');

function apiNode(config: Configuration): NodeSpec {
	return { ...node('apigw', 'aws', `API Gateway: ${apiKind(config)}`), note: 'TLS ends here' };
}

function linkNodes(config: Configuration): NodeSpec[] {
	if (config.link === 'v1') return [node('eps', 'vpc', 'VPC endpoint service')];
	return (['A', 'B'] as const).map((az) => node(`eni-${az.toLowerCase()}`, 'vpc', `VPC link ENI (${az})`));
}

function backendNodes(config: Configuration): NodeSpec[] {
	const targets = (['A', 'B'] as const).map((az) => node(`target-${az.toLowerCase()}`, 'vpc', `${targetName(config)} (${az})`));
	const front = config.target === 'cloudmap' ? node('cloudmap', 'aws', 'Cloud Map service') : node('lb', 'vpc', loadBalancerName(config));
	return [front, ...targets];
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
