import type { Configuration } from './model.ts';

/**
 * How many hops the journey through a supported `config` has, without its words (hops.ts), which
 * the browser loads only when needed: the player and the address need the number at once.
 * hop-count.test.ts holds it to buildHops for every supported configuration.
 */
export function hopCount(config: Configuration): number {
	const cloudMap = config.target === 'cloudmap';
	// To API Gateway: straight from a public client, or through the execute-api endpoint.
	const toApi = config.client === 'public' ? 1 : 2;
	// Into the VPC: API Gateway to the link (one hop for V2, two through V1's endpoint service),
	// on to the load balancer and from it to a target; Cloud Map's targets are reached directly.
	const intoVpc = cloudMap ? 2 : 3;
	// The response retraces the request; the Cloud Map lookup and its answer are not retraced.
	return 2 * (toApi + intoVpc) + (cloudMap ? 2 : 0);
}
