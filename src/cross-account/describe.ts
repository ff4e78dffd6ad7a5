import { apiName, ENDPOINT_ID } from './layout.ts';
import { ACCOUNTS, type Configuration } from './model.ts';
import { assess, shownConfiguration } from './rules.ts';

const consumer = ACCOUNTS.consumer.id;
const provider = ACCOUNTS.provider.id;

/** A configuration in a few words, e.g. for the "Showing:" line and for buttons. */
export function describeConfiguration(config: Configuration): string {
	if (config.pattern === 'private-api') {
		return `A private REST API in account ${provider}, called from account ${consumer} through the consumer’s own execute-api endpoint`;
	}
	switch (assess(config).status) {
		case 'impossible':
			return `A VPC link in account ${consumer} pointing straight at a load balancer in account ${provider} (not possible)`;
		case 'inferred':
			return `A REST API in account ${consumer} reaching ECS tasks in account ${provider} over AWS PrivateLink (inferred)`;
		default:
			return `An HTTP API in account ${consumer} reaching ECS tasks in account ${provider} over AWS PrivateLink (the pattern AWS documents)`;
	}
}

/**
 * The drawing in sentences, for screen readers and for anyone who cannot see it: what sits in each
 * account, in the order the request meets it, and where the request crosses between them.
 */
export function describeDiagram(config: Configuration): string {
	const shown = shownConfiguration(config);
	if (shown.pattern === 'private-api') {
		return [
			`Two AWS accounts. The consumer account ${consumer} holds a VPC with a client app and an execute-api interface endpoint (${ENDPOINT_ID}).`,
			`The provider account ${provider} holds a private REST API, run by API Gateway, and a VPC with a VPC link network interface, an internal Application Load Balancer and ECS tasks.`,
			'The request goes from the client app to the endpoint, crosses to the provider’s private API over AWS PrivateLink, and continues through the VPC link and the load balancer to a task. The response returns the same way.',
		].join(' ');
	}
	const api = apiName(shown);
	return [
		`Two AWS accounts. A client on the internet calls the ${api} in the API account ${consumer}, whose VPC holds a VPC link network interface, an internal Application Load Balancer and an interface VPC endpoint.`,
		`The provider account ${provider} holds a VPC endpoint service and a VPC with an internal Network Load Balancer and ECS tasks.`,
		'The request goes from the client to the API, through the VPC link to the load balancer and on to the interface endpoint, crosses to the provider’s endpoint service over AWS PrivateLink, and continues through the Network Load Balancer to a task. The response returns the same way.',
	].join(' ');
}
