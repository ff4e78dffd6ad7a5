import type { Source } from './model.ts';

/**
 * The pages behind the explorer's rules and hops, taken from the project's facts ledger
 * (shared/research/aws-facts.md) with canonical docs.aws.amazon.com addresses.
 */
const docs = (path: string) => `https://docs.aws.amazon.com/${path}`;

export const SOURCES = {
	restPrivateIntegrations: {
		title: 'Private integrations for REST APIs in API Gateway',
		url: docs('apigateway/latest/developerguide/private-integration.html'),
	},
	restSetUpV2: {
		title: 'Set up a private integration (REST API, VPC link V2)',
		url: docs('apigateway/latest/developerguide/set-up-private-integration.html'),
	},
	putIntegration: {
		title: 'PutIntegration (API Gateway V1 API reference)',
		url: docs('apigateway/latest/api/API_PutIntegration.html'),
	},
	restOpenApiVpcLink: {
		title: 'Set up API with private integrations using OpenAPI',
		url: docs('apigateway/latest/developerguide/set-up-api-with-vpclink-using-swagger.html'),
	},
	restHttpIntegrations: {
		title: 'HTTP integrations for REST APIs in API Gateway',
		url: docs('apigateway/latest/developerguide/setup-http-integrations.html'),
	},
	httpPrivateIntegrations: {
		title: 'Create private integrations for HTTP APIs in API Gateway',
		url: docs('apigateway/latest/developerguide/http-api-develop-integrations-private.html'),
	},
	httpParameterMapping: {
		title: 'Transform API requests and responses for HTTP APIs',
		url: docs('apigateway/latest/developerguide/http-api-parameter-mapping.html'),
	},
	vpcLinksV2: {
		title: 'Set up VPC links V2 in API Gateway',
		url: docs('apigateway/latest/developerguide/http-api-vpc-links.html'),
	},
	createVpcLinkV1: {
		title: 'CreateVpcLink (API Gateway V1 API reference)',
		url: docs('apigateway/latest/api/API_CreateVpcLink.html'),
	},
	whitepaperRest: {
		title: 'Best practices whitepaper: REST API private integrations',
		url: docs('whitepapers/latest/best-practices-api-gateway-private-apis-integration/rest-api.html'),
	},
	nlbForVpcLinkV1: {
		title: 'Set up a Network Load Balancer for API Gateway private integrations (VPC links V1)',
		url: docs('apigateway/latest/developerguide/set-up-nlb-for-vpclink-using-console.html'),
	},
	securityPolicies: {
		title: 'Security policies for REST APIs in API Gateway',
		url: docs('apigateway/latest/developerguide/apigateway-security-policies.html'),
	},
	securityPoliciesList: {
		title: 'Supported security policies (API Gateway)',
		url: docs('apigateway/latest/developerguide/apigateway-security-policies-list.html'),
	},
	privateApis: {
		title: 'Private REST APIs in API Gateway',
		url: docs('apigateway/latest/developerguide/apigateway-private-apis.html'),
	},
	restVsHttp: {
		title: 'Choose between REST APIs and HTTP APIs',
		url: docs('apigateway/latest/developerguide/http-api-vs-rest.html'),
	},
	discoverInstances: {
		title: 'DiscoverInstances (AWS Cloud Map API reference)',
		url: docs('cloud-map/latest/api/API_DiscoverInstances.html'),
	},
	interfaceEndpoints: {
		title: 'Access an AWS service using an interface VPC endpoint',
		url: docs('vpc/latest/privatelink/create-interface-endpoint.html'),
	},
	albSecurityGroups: {
		title: 'Security groups for your Application Load Balancer',
		url: docs('elasticloadbalancing/latest/application/load-balancer-update-security-groups.html'),
	},
	nlbSecurityGroups: {
		title: 'Update the security groups for your Network Load Balancer',
		url: docs('elasticloadbalancing/latest/network/load-balancer-security-groups.html'),
	},
	sampleRestV2: {
		title: 'AWS sample: REST API to an ALB through a VPC link V2 (serverless-patterns)',
		url: 'https://github.com/aws-samples/serverless-patterns/blob/main/apigw-restapi-vpclink-v2/README.md',
	},
} satisfies Record<string, Source>;
