import type { Source } from '../topology/model.ts';
import { SOURCES as TOPOLOGY } from '../topology/sources.ts';

/**
 * The pages behind the faults: the explorer's own (topology/sources.ts) and those only the faults
 * cite, with their canonical addresses. Knowledge Center articles are AWS's; they are cited for
 * the messages and causes AWS prints there.
 */
const docs = (path: string) => `https://docs.aws.amazon.com/${path}`;
const knowledgeCenter = (slug: string) => `https://repost.aws/knowledge-center/${slug}`;

export const SOURCES = {
	...TOPOLOGY,
	kc500VpcLink: {
		title: 'Knowledge Center: HTTP 500 errors with VPC link integrations',
		url: knowledgeCenter('api-gateway-500-error-vpc'),
	},
	kc504: {
		title: 'Knowledge Center: HTTP 504 errors in API Gateway',
		url: knowledgeCenter('api-gateway-504-errors'),
	},
	gatewayResponseTypes: {
		title: 'Gateway response types for API Gateway',
		url: docs('apigateway/latest/developerguide/supported-gateway-response-types.html'),
	},
	restAccessLogVariables: {
		title: 'Variables for access logging (REST APIs)',
		url: docs('apigateway/latest/developerguide/api-gateway-variables-for-access-logging.html'),
	},
	httpAccessLogVariables: {
		title: 'Customize HTTP API access logs',
		url: docs('apigateway/latest/developerguide/http-api-logging-variables.html'),
	},
	restMetrics: {
		title: 'Amazon API Gateway dimensions and metrics (REST APIs)',
		url: docs('apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html'),
	},
	httpMetrics: {
		title: 'Monitor CloudWatch metrics for HTTP APIs',
		url: docs('apigateway/latest/developerguide/http-api-metrics.html'),
	},
	vpcFlowLogs: {
		title: 'Logging IP traffic using VPC Flow Logs',
		url: docs('vpc/latest/userguide/flow-logs.html'),
	},
	httpQuotas: {
		title: 'Quotas for configuring and running an HTTP API',
		url: docs('apigateway/latest/developerguide/http-api-quotas.html'),
	},
	quotas: {
		title: 'Amazon API Gateway quotas',
		url: docs('apigateway/latest/developerguide/limits.html'),
	},
} satisfies Record<string, Source>;
