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
	restQuotas: {
		title: 'Quotas for configuring and running a REST API',
		url: docs('apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html'),
	},
	timeoutAbove29: {
		title: 'What’s New, June 2024: integration timeouts above 29 seconds for REST APIs',
		url: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
	},
	responseStreaming: {
		title: 'Stream the integration response (REST APIs)',
		url: docs('apigateway/latest/developerguide/response-transfer-mode.html'),
	},
	kc429: {
		title: 'Knowledge Center: 429 errors in API Gateway',
		url: knowledgeCenter('api-gateway-429-limit'),
	},
	restThrottling: {
		title: 'Throttle requests to your REST APIs',
		url: docs('apigateway/latest/developerguide/api-gateway-request-throttling.html'),
	},
	httpThrottling: {
		title: 'Throttle requests to your HTTP APIs',
		url: docs('apigateway/latest/developerguide/http-api-throttling.html'),
	},
	resourcePolicies: {
		title: 'Create and attach an API Gateway resource policy to an API',
		url: docs('apigateway/latest/developerguide/apigateway-resource-policies-create-attach.html'),
	},
	restExecutionLogging: {
		title: 'Execution logging for REST APIs',
		url: docs('apigateway/latest/developerguide/rest-api-execution-logging.html'),
	},
	requestOverrides: {
		title: 'Override request and response parameters (REST APIs)',
		url: docs('apigateway/latest/developerguide/apigateway-override-request-response-parameters.html'),
	},
	httpStages: {
		title: 'Stages for HTTP APIs',
		url: docs('apigateway/latest/developerguide/http-api-stages.html'),
	},
	httpTlsConfig: {
		title: 'AWS::ApiGatewayV2::Integration TlsConfig',
		url: docs('AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-integration-tlsconfig.html'),
	},
	albSslPolicies: {
		title: 'Security policies for your Application Load Balancer',
		url: docs('elasticloadbalancing/latest/application/describe-ssl-policies.html'),
	},
	nlbSslPolicies: {
		title: 'Security policies for your Network Load Balancer',
		url: docs('elasticloadbalancing/latest/network/describe-ssl-policies.html'),
	},
	albMetrics: {
		title: 'CloudWatch metrics for your Application Load Balancer',
		url: docs('elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html'),
	},
	nlbMetrics: {
		title: 'CloudWatch metrics for your Network Load Balancer',
		url: docs('elasticloadbalancing/latest/network/load-balancer-cloudwatch-metrics.html'),
	},
	albTroubleshooting: {
		title: 'Troubleshoot your Application Load Balancers',
		url: docs('elasticloadbalancing/latest/application/load-balancer-troubleshooting.html'),
	},
	albHealthChecks: {
		title: 'Health checks for Application Load Balancer target groups',
		url: docs('elasticloadbalancing/latest/application/target-group-health-checks.html'),
	},
	albIdleTimeout: {
		title: 'Edit attributes for your Application Load Balancer: connection idle timeout',
		url: docs('elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#connection-idle-timeout'),
	},
	nlbIdleTimeout: {
		title: 'Update the TCP idle timeout for your Network Load Balancer',
		url: docs('elasticloadbalancing/latest/network/update-idle-timeout.html'),
	},
	azIds: {
		title: 'Availability Zone IDs for your AWS resources',
		url: docs('ram/latest/userguide/working-with-az-ids.html'),
	},
	vpcLinkCli: {
		title: 'Set up private integrations with the AWS CLI (VPC links V1)',
		url: docs('apigateway/latest/developerguide/set-up-api-with-vpclink-cli.html'),
	},
	createEndpointService: {
		title: 'Create an endpoint service (AWS PrivateLink)',
		url: docs('vpc/latest/privatelink/create-endpoint-service.html'),
	},
	cloudMapHealthChecks: {
		title: 'AWS Cloud Map service health checks',
		url: docs('cloud-map/latest/dg/services-health-checks.html'),
	},
	// Issue reports: cited only for the exact messages a service printed, and said so where cited.
	issueTimeoutBody: {
		title: 'Issue report (not AWS): serverless-express issue 111, the “Endpoint request timed out” body',
		url: 'https://github.com/CodeGenieApp/serverless-express/issues/111',
	},
	issueZoneDriftctl: {
		title: 'Issue report (not AWS): driftctl pull request 1329, the unsupported-zone message',
		url: 'https://github.com/snyk/driftctl/pull/1329',
	},
	issueZoneCdk: {
		title: 'Issue report (not AWS): aws-cdk issue 13569, the unsupported-zone message',
		url: 'https://github.com/aws/aws-cdk/issues/13569',
	},
	issueIntegrationTargetTerraform: {
		title: 'Issue report (not AWS): terraform-provider-aws issue 45230, IntegrationTarget is required',
		url: 'https://github.com/hashicorp/terraform-provider-aws/issues/45230',
	},
	issueIntegrationTargetAck: {
		title: 'Issue report (not AWS): ACK community issue 2924, IntegrationTarget is required',
		url: 'https://github.com/aws-controllers-k8s/community/issues/2924',
	},
	issueListenerArn: {
		title: 'Issue report (not AWS): SST issue 5510, the listener-ARN message for HTTP APIs',
		url: 'https://github.com/anomalyco/sst/issues/5510',
	},
	issueCloudMap503Sst: {
		title: 'Issue report (not AWS): SST issue 5915, 503s with a Cloud Map integration',
		url: 'https://github.com/anomalyco/sst/issues/5915',
	},
	issueCloudMap503Sample: {
		title: 'Issue report (not AWS): aws-samples HTTP API private integrations, issue 2, 503s with Cloud Map',
		url: 'https://github.com/aws-samples/aws-apigw-http-api-private--integrations/issues/2',
	},
	issueCloudMapTiming: {
		title: 'Issue report (not AWS): containers-roadmap issue 830, ECS and Cloud Map registration timing',
		url: 'https://github.com/aws/containers-roadmap/issues/830',
	},
} satisfies Record<string, Source>;
