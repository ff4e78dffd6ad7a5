import type { Source } from './model.ts';
import { SOURCES as TOPOLOGY_SOURCES } from '../topology/sources.ts';

/**
 * The pages behind the cross-account explorer's statements. Shared with the topology explorer
 * where the page is the same; the rest are the cross-account pages, with canonical addresses.
 */
const docs = (path: string) => `https://docs.aws.amazon.com/${path}`;

export const SOURCES = {
	restPrivateIntegrations: TOPOLOGY_SOURCES.restPrivateIntegrations,
	restSetUpV2: TOPOLOGY_SOURCES.restSetUpV2,
	restOpenApiVpcLink: TOPOLOGY_SOURCES.restOpenApiVpcLink,
	restHttpIntegrations: TOPOLOGY_SOURCES.restHttpIntegrations,
	httpPrivateIntegrations: TOPOLOGY_SOURCES.httpPrivateIntegrations,
	vpcLinksV2: TOPOLOGY_SOURCES.vpcLinksV2,
	privateApis: TOPOLOGY_SOURCES.privateApis,
	sampleRestV2: TOPOLOGY_SOURCES.sampleRestV2,
	albSecurityGroups: TOPOLOGY_SOURCES.albSecurityGroups,
	documentHistory: {
		title: 'Amazon API Gateway document history',
		url: docs('apigateway/latest/developerguide/history.html'),
	},
	restAlbLaunchBlog: {
		title: 'AWS Compute Blog: Build scalable REST APIs using API Gateway private integration with Application Load Balancer',
		url: 'https://aws.amazon.com/blogs/compute/build-scalable-rest-apis-using-amazon-api-gateway-private-integration-with-application-load-balancer',
	},
	crossAccountBlog: {
		title: 'AWS Compute Blog: Building private cross-account APIs using Amazon API Gateway and AWS PrivateLink',
		url: 'https://aws.amazon.com/blogs/compute/building-private-cross-account-apis-using-amazon-api-gateway-and-aws-privatelink/',
	},
	crossAccountSample: {
		title: 'AWS sample: private cross-account APIs with API Gateway and AWS PrivateLink (apigateway-vpcendpoints)',
		url: 'https://github.com/aws-samples/apigateway-vpcendpoints',
	},
	crossAccountPrivateApiBlog: {
		title: 'AWS Compute Blog: Architecture patterns for consuming private APIs cross-account',
		url: 'https://aws.amazon.com/blogs/compute/architecture-patterns-for-consuming-private-apis-cross-account/',
	},
	invokePrivateApi: {
		title: 'Invoke a private API',
		url: docs('apigateway/latest/developerguide/apigateway-private-api-test-invoke-url.html'),
	},
	privateCustomDomains: {
		title: 'Custom domain names for private APIs in API Gateway',
		url: docs('apigateway/latest/developerguide/apigateway-private-custom-domains.html'),
	},
	privateCustomDomainTasks: {
		title: 'Tasks of API providers and API consumers for custom domain names for private APIs',
		url: docs('apigateway/latest/developerguide/apigateway-private-custom-domains-associations.html'),
	},
	privateCustomDomainShare: {
		title: 'API provider: Share your private custom domain name using AWS RAM',
		url: docs('apigateway/latest/developerguide/apigateway-private-custom-domains-provider-share.html'),
	},
	privateCustomDomainConsumer: {
		title: 'API consumer: Associate your VPC endpoint with a private custom domain name shared with you',
		url: docs('apigateway/latest/developerguide/apigateway-private-custom-domains-consumer-create.html'),
	},
	privateLinkConcepts: {
		title: 'AWS PrivateLink concepts',
		url: docs('vpc/latest/privatelink/concepts.html'),
	},
	endpointServiceOverview: {
		title: 'VPC endpoint services for interface endpoints',
		url: docs('vpc/latest/privatelink/endpoint-service-overview.html'),
	},
	createEndpointService: {
		title: 'Create a service powered by AWS PrivateLink',
		url: docs('vpc/latest/privatelink/create-endpoint-service.html'),
	},
	privateLinkConnectivity: {
		title: 'Amazon VPC connectivity options whitepaper: AWS PrivateLink',
		url: docs('whitepapers/latest/aws-vpc-connectivity-options/aws-privatelink.html'),
	},
	privateLinkMultiVpc: {
		title: 'Building a scalable and secure multi-VPC network infrastructure: AWS PrivateLink',
		url: docs('whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/aws-privatelink.html'),
	},
	ecsNlb: {
		title: 'Use a Network Load Balancer for Amazon ECS',
		url: docs('AmazonECS/latest/developerguide/nlb.html'),
	},
	vpcSharing: {
		title: 'Share your VPC subnets with other accounts',
		url: docs('vpc/latest/userguide/vpc-sharing.html'),
	},
} satisfies Record<string, Source>;
