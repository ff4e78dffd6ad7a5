/**
 * The AWS pages behind the scaling planner's quota table, with canonical docs.aws.amazon.com
 * addresses. Every number in limits.ts comes from one of these.
 */

/** An AWS page that supports a statement. */
export interface Source {
	title: string;
	url: string;
}

const docs = (path: string) => `https://docs.aws.amazon.com/${path}`;

export const SOURCES = {
	accountQuotas: {
		title: 'Amazon API Gateway quotas (account level, per Region)',
		url: docs('apigateway/latest/developerguide/limits.html'),
	},
	restThrottling: {
		title: 'Throttle requests to your REST APIs in API Gateway',
		url: docs('apigateway/latest/developerguide/api-gateway-request-throttling.html'),
	},
	httpThrottling: {
		title: 'Throttling requests to your HTTP API',
		url: docs('apigateway/latest/developerguide/http-api-throttling.html'),
	},
	httpQuotas: {
		title: 'Quotas for configuring and running an HTTP API',
		url: docs('apigateway/latest/developerguide/http-api-quotas.html'),
	},
	restQuotas: {
		title: 'Quotas for configuring and running a REST API',
		url: docs('apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html'),
	},
	httpTimeoutRange: {
		title: 'TimeoutInMillis for HTTP API integrations (AWS CloudFormation reference)',
		url: docs('AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-apigatewaymanagedoverrides-integrationoverrides.html'),
	},
	restTimeoutIncrease: {
		title: 'What’s New, June 2024: integration timeouts beyond 29 seconds',
		url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
	},
	responseStreaming: {
		title: 'Stream the integration response for your proxy integrations',
		url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/response-transfer-mode.html',
	},
	vpcLinksV2: {
		title: 'Set up VPC links V2 in API Gateway',
		url: docs('apigateway/latest/developerguide/http-api-vpc-links.html'),
	},
	multiAzGuidance: {
		title: 'AWS Well-Architected, REL10-BP01: Deploy the workload to multiple locations',
		url: docs('wellarchitected/latest/reliability-pillar/rel_fault_isolation_multiaz_region_system.html'),
	},
} satisfies Record<string, Source>;
