import { ENDPOINT_ID, ENDPOINT_SERVICE_NAME, PORT } from './layout.ts';
import { ACCOUNTS, type AccountSetup, type Configuration } from './model.ts';
import { shownConfiguration } from './rules.ts';
import { SOURCES } from './sources.ts';

/**
 * What each account has to create or allow for the path a configuration shows, consumer first.
 * The explorer lists these under the drawing, so the division of work between the two teams is
 * as visible as the packet's route.
 */
export function accountSetup(config: Configuration): AccountSetup[] {
	const shown = shownConfiguration(config);
	if (shown.pattern === 'private-api') {
		return [
			{
				side: 'consumer',
				heading: `Consumer account ${ACCOUNTS.consumer.id}`,
				tasks: [
					{
						text: 'Create an execute-api interface endpoint in the consumer VPC and turn on private DNS, so clients can use the API’s usual host name. With private DNS on, that VPC can no longer reach the default endpoints of public APIs.',
						sources: [SOURCES.privateApis],
					},
					{
						text: `Give the provider the endpoint’s ID (${ENDPOINT_ID}): their resource policy has to name it.`,
						sources: [SOURCES.crossAccountPrivateApiBlog],
					},
					{
						text: 'For a private custom domain name: accept the provider’s AWS RAM share (automatic within the same organization, otherwise within 12 hours), then create a domain name access association between the endpoint and the domain name. The VPC needs DNS hostnames and DNS support turned on.',
						sources: [SOURCES.privateCustomDomainConsumer, SOURCES.privateCustomDomainShare],
					},
				],
			},
			{
				side: 'provider',
				heading: `Provider account ${ACCOUNTS.provider.id}`,
				tasks: [
					{
						text: `Create the private REST API with a resource policy that allows the consumer’s endpoint, for example with an aws:SourceVpce condition on ${ENDPOINT_ID}.`,
						sources: [SOURCES.privateApis, SOURCES.crossAccountPrivateApiBlog],
					},
					{
						text: 'Reach the backend with the API’s own private integration: a VPC link V2 to an internal Application Load Balancer in the provider VPC.',
						sources: [SOURCES.restSetUpV2],
					},
					{
						text: 'Optionally offer a private custom domain name. Its own policy must also allow the consumer’s endpoint, and sharing it through AWS RAM (or with the API Gateway CLI) lets the consumer account associate its endpoint with it. Sharing works within one Region.',
						sources: [SOURCES.privateCustomDomainTasks, SOURCES.privateCustomDomainShare],
					},
				],
			},
		];
	}

	const rest = shown.via === 'rest-api';
	return [
		{
			side: 'consumer',
			heading: `API account ${ACCOUNTS.consumer.id}`,
			tasks: [
				{
					text: `Create an interface VPC endpoint in the consumer VPC for the provider’s endpoint service, using the service name the provider shares (for example ${ENDPOINT_SERVICE_NAME}).`,
					sources: [SOURCES.privateLinkConcepts, SOURCES.createEndpointService],
				},
				{
					text: `Create an internal Application Load Balancer with an HTTP listener on port ${PORT} and a target group of type IP whose targets are the private IP addresses of the endpoint’s network interfaces.`,
					sources: [SOURCES.crossAccountBlog, SOURCES.crossAccountSample],
				},
				{
					text: `Create a VPC link V2 in the same VPC. Security groups: the link’s group may reach the ALB on port ${PORT}, and the ALB’s group may reach the endpoint on port ${PORT}.`,
					sources: [SOURCES.vpcLinksV2, SOURCES.sampleRestV2, SOURCES.privateLinkConnectivity],
				},
				rest
					? {
							text: 'On the REST API, give each method an HTTP_PROXY integration with connection type VPC_LINK, the link’s ID as connectionId, the ALB’s ARN as integrationTarget and a uri on the ALB’s DNS name. Using it for this cross-account design is our inference.',
							sources: [SOURCES.restSetUpV2],
							inferred: true,
						}
					: {
							text: 'On the HTTP API, give each route an HTTP_PROXY integration with connection type VPC_LINK, the link’s ID as ConnectionId and the ALB listener’s ARN as IntegrationUri.',
							sources: [SOURCES.httpPrivateIntegrations],
						},
			],
		},
		{
			side: 'provider',
			heading: `Provider account ${ACCOUNTS.provider.id}`,
			tasks: [
				{
					text: 'Run the service behind an internal Network Load Balancer. For ECS tasks in the awsvpc network mode, the target group has target type IP.',
					sources: [SOURCES.ecsNlb],
				},
				{
					text: 'Create a VPC endpoint service for that Network Load Balancer.',
					sources: [SOURCES.endpointServiceOverview],
				},
				{
					text: `Allow the consumer account as a principal (${ACCOUNTS.consumer.principal}) and accept its endpoint’s connection request, or turn on automatic acceptance.`,
					sources: [SOURCES.endpointServiceOverview],
				},
				{
					text: 'If the NLB has security groups, let the PrivateLink traffic in or turn off their evaluation for PrivateLink traffic. The tasks see the NLB’s private IP addresses as the source.',
					sources: [SOURCES.createEndpointService],
				},
			],
		},
	];
}
