import type { Configuration } from './model.ts';
import { APP_PORT, apiKind, LISTENER_PORT, nodeSpecs } from './topology.ts';

/**
 * What each component of the drawing of `config` is, in one sentence, by component id: read by
 * assistive technology with its label and shown under the drawing on focus or hover. Kept apart
 * from topology.ts, which says what is drawn, because these are words: the browser loads them
 * only when needed (see setup-view.ts).
 */
export function describeNodes(config: Configuration): Record<string, string> {
	const target = config.compute === 'ecs' ? 'ECS task' : 'EC2 instance';
	const listener =
		config.target === 'alb' ? 'Application Load Balancer with nodes in both Availability Zones. Its HTTP' : 'Network Load Balancer with nodes in both Availability Zones. Its TCP';
	const eni = (az: string) => `A network interface that API Gateway created and manages for the VPC link V2 in private subnet ${az}, with the link's security group.`;
	const backend = (az: string) => `An Amazon ${target} in private subnet ${az}, serving the application on port ${APP_PORT}.`;
	const sentences: Record<string, string> = {
		client: config.client === 'public' ? 'A caller on the public internet, such as a mobile app or a partner service.' : 'An application running in a consumer VPC.',
		vpce: 'An interface VPC endpoint for the execute-api service: network interfaces with private IP addresses in the consumer VPC, running on AWS PrivateLink.',
		apigw: `The ${apiKind(config)} in API Gateway. It runs in AWS-managed infrastructure, outside your VPC, and reaches your VPC only through the VPC link. The client's TLS connection ends here.`,
		eps: 'The AWS PrivateLink endpoint service that API Gateway created in front of your Network Load Balancer when you created the VPC link V1.',
		'eni-a': eni('A'),
		'eni-b': eni('B'),
		cloudmap:
			'An AWS Cloud Map service whose registered instances carry the IP address and port of each target. API Gateway asks it for instances with DiscoverInstances: a lookup, not a stop on the request’s way.',
		lb: `An internal ${listener} listener on port ${LISTENER_PORT} forwards to a target group.`,
		'target-a': backend('A'),
		'target-b': backend('B'),
	};
	return Object.fromEntries(nodeSpecs(config).map((node) => [node.id, sentences[node.id]!]));
}
