import type { AccessLogField, Fault, FaultTraces } from './model.ts';
import { SOURCES } from './sources.ts';

/**
 * Every fault the explorer can show, in the order its "What can go wrong" list offers them: the
 * path in order from the client to the backend, then what goes wrong only now and then, then
 * what is rejected before any request flows. Facts come from the project's ledger
 * (shared/research/aws-facts.md) and the troubleshooting page, each with the pages that say so;
 * where AWS prints no exact message, `response.note` says so and `body` stays empty.
 */

/** The execution-log line AWS's article on VPC link 500s prints for most causes behind a REST API's 500. */
const CONFIGURATION_ERROR = ['Execution failed due to configuration error: There was an internal error while executing your request', 'Method completed with status: 500'];

const CLIENT = 'The client';
const DEPLOYER = 'Whoever deploys (AWS CLI, CloudFormation, Terraform)';

/** Nothing came back from the integration: API Gateway answered on its own. */
const NOTHING_ANSWERED: AccessLogField = { variable: '$context.integration.status', value: 'empty: nothing answered' };
const NEVER_REACHED: AccessLogField = { variable: '$context.integration.status', value: 'empty: the request never reached the integration' };

/**
 * What an HTTP API's access log shows when the link cannot deliver: AWS names no status, and the
 * troubleshooting page's rule is that the integration error is filled in.
 */
const HTTP_5XX_ACCESS_LOG: AccessLogField[] = [
	{ variable: '$context.status', value: 'a 5xx; AWS does not document which' },
	{ variable: '$context.integration.error', value: 'an error message; AWS does not document its wording' },
];

/**
 * The traces of a REST API's 500 when the link cannot deliver (AWS's article on VPC link 500s):
 * the execution log's configuration error, an empty integration status, 5XXError; with what the
 * backend's logs show and the metrics beyond 5XXError that point to the cause.
 */
const vpcLink500 = (targetLogs: string, metrics: string[]): FaultTraces => ({
	accessLog: [{ variable: '$context.status', value: '500' }, NOTHING_ANSWERED],
	executionLog: CONFIGURATION_ERROR,
	metrics: ['5XXError rises', ...metrics],
	targetLogs,
});

/** The traces of an HTTP API: it has no execution log, which the journey says for it (see journey.ts). */
const httpTraces = (accessLog: AccessLogField[], metrics: string[], targetLogs: string): FaultTraces => ({ accessLog, executionLog: [], metrics, targetLogs });

/** The traces of a setup that is rejected: no request ever runs, so only the deploy output shows it. */
const rejectedTraces = (what: string): FaultTraces => ({
	accessLog: [{ variable: '$context.status', value: `nothing: ${what}, so no request is served` }],
	executionLog: [`Nothing: ${what}, so no request runs.`],
	metrics: ['None in API Gateway’s metrics: the error goes back to whoever deploys'],
	targetLogs: 'Nothing: no request is sent.',
});

export const FAULTS: readonly Fault[] = [
	// Every request fails, along the path from the client to the backend.
	{
		id: 'resource-policy-denies-caller',
		title: 'The private API’s resource policy does not allow the caller',
		outcome: 'fails',
		scope: { api: ['rest'], client: ['vpc'] },
		at: ['apigw'],
		happens:
			'The request arrives through the execute-api endpoint, but the API’s resource policy does not allow it, for example because its aws:SourceVpce condition names another endpoint. API Gateway answers 403.',
		response: {
			who: CLIENT,
			status: '403',
			body: '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: …"}',
			note: 'AWS shows this body for one case: a policy that names AWS principals while the method does not use IAM authorization. AWS does not say whether a condition that does not match the caller’s endpoint or VPC gives the same words.',
		},
		traces: {
			accessLog: [{ variable: '$context.status', value: '403' }, NEVER_REACHED],
			executionLog: ['AWS documents no execution-log line for a call the resource policy denies; the response body is where it shows.'],
			metrics: ['4XXError rises'],
			targetLogs: 'Nothing: the request never leaves API Gateway.',
		},
		fix: 'Allow the caller’s endpoint (aws:SourceVpce) or VPC (aws:SourceVpc) in the resource policy, then deploy the API again: a policy change takes effect only after a deployment.',
		sources: [SOURCES.resourcePolicies, SOURCES.privateApis],
		troubleshooting: '403-forbidden-with-a-private-api-or-from-inside-a-vpc',
		chapter: { label: 'Private API rules', path: 'chapters/01-mastering-private-integrations/#private-api-rules' },
	},
	{
		id: 'vpc-link-inactive',
		title: 'The VPC link went INACTIVE after 60 days without traffic',
		outcome: 'fails',
		scope: { link: ['v2'] },
		at: ['eni-a'],
		blame: ['eni-a', 'eni-b'],
		variants: [
			{
				scope: { api: ['http'] },
				response: {
					who: CLIENT,
					status: '5xx',
					note: 'AWS says requests that depend on an INACTIVE link fail, but documents no status for HTTP APIs and prints no body.',
				},
				traces: httpTraces(HTTP_5XX_ACCESS_LOG, ['5xx rises'], 'Nothing: the request never enters the VPC.'),
			},
		],
		happens:
			'The link carried no traffic for 60 days, so it is INACTIVE and its network interfaces are gone. The request has no way into the VPC until API Gateway rebuilds them, which takes a few minutes.',
		response: {
			who: CLIENT,
			status: '5xx, most likely 500',
			note: 'AWS says requests through an INACTIVE link fail but names no status. Its article on VPC link 500s lists a link that is not available among the causes of a REST API’s 500; today it names the FAILED state, and an older copy also named INACTIVE links. AWS prints no response body.',
		},
		traces: {
			accessLog: [{ variable: '$context.status', value: 'a 5xx, most likely 500' }, NOTHING_ANSWERED],
			executionLog: [
				'AWS documents no line for an INACTIVE link. For a link that is not available, its article on VPC link 500s shows “Execution failed due to configuration error: There was an internal error while executing your request”.',
			],
			metrics: ['5XXError rises'],
			targetLogs: 'Nothing: the request never enters the VPC.',
		},
		fix: 'Check the state with aws apigatewayv2 get-vpc-link: traffic brings the interfaces back within minutes. For links behind rarely used APIs, alarm on the state or send a scheduled request through them.',
		sources: [SOURCES.vpcLinksV2, SOURCES.kc500VpcLink],
		troubleshooting: 'vpc-link-inactive-after-60-idle-days',
		chapter: { label: 'Idle links and re-created interfaces', path: 'chapters/04-scaling-private-integrations/#idle-links-and-re-created-interfaces' },
	},
	{
		id: 'nlb-already-in-endpoint-service',
		title: 'The NLB already serves another endpoint service',
		outcome: 'fails',
		scope: { link: ['v1'] },
		at: ['eps'],
		blame: ['eps', 'lb'],
		happens:
			'A V1 link puts its own endpoint service in front of the NLB, but this NLB already belongs to one, and a load balancer can belong to only one. The link is FAILED, so nothing carries the request into the VPC.',
		response: {
			who: CLIENT,
			status: '500',
			note: 'AWS’s article on VPC link 500s lists a FAILED link among the causes of a REST API’s 500 and prints no body. aws apigateway get-vpc-link names the cause: AWS’s CLI walk-through shows the statusMessage “NLB is already associated with another VPC Endpoint Service”.',
		},
		traces: vpcLink500('Nothing: the request never enters the VPC.', []),
		fix: 'Use a VPC link V2, which names no load balancer, or give the API an NLB of its own. Then point the integration at the new link and delete the FAILED one.',
		sources: [SOURCES.vpcLinkCli, SOURCES.createEndpointService, SOURCES.kc500VpcLink],
		troubleshooting: 'v1-link-failed-the-nlb-already-serves-an-endpoint-service',
		chapter: { label: 'The legacy path: VPC link V1', path: 'chapters/03-rest-api-private-integrations/#the-legacy-path-vpc-link-v1' },
	},
	{
		id: 'security-group-blocks-link',
		title: 'A security group does not let the VPC link’s traffic in',
		outcome: 'fails',
		scope: { link: ['v2'] },
		at: ['lb', 'target-a'],
		securityGroup: true,
		variants: [
			{
				scope: { api: ['http'] },
				response: {
					who: CLIENT,
					status: '5xx',
					note: 'AWS documents no status for an HTTP API whose link cannot reach its target. A dropped connection can also wait out the integration timeout (at most 30 seconds) and end in a 504. AWS prints no response body.',
				},
				traces: httpTraces(
					[...HTTP_5XX_ACCESS_LOG, NOTHING_ANSWERED],
					['5xx rises', 'VPC flow logs of the load balancer’s subnets: REJECT records from the link’s addresses'],
					'Nothing: the request never arrives.',
				),
				sources: [SOURCES.vpcFlowLogs, SOURCES.albSecurityGroups, SOURCES.httpPrivateIntegrations],
			},
			{
				scope: { target: ['cloudmap'] },
				happens:
					'The link’s network interface opens a connection straight to the task or instance, but its security group has no inbound rule for the link’s security group, so the connection is dropped.',
				blame: ['target-a', 'target-b'],
				traces: httpTraces(
					[...HTTP_5XX_ACCESS_LOG, NOTHING_ANSWERED],
					['5xx rises', 'VPC flow logs of the targets’ subnets: REJECT records from the link’s addresses'],
					'Nothing: the request never arrives.',
				),
				fix: 'Add an inbound rule on the application port to the targets’ security group, with the VPC link’s security group as the source.',
				sources: [SOURCES.vpcFlowLogs, SOURCES.vpcLinksV2, SOURCES.httpPrivateIntegrations],
			},
			{ scope: { target: ['nlb'] }, sources: [SOURCES.kc500VpcLink, SOURCES.vpcFlowLogs, SOURCES.nlbSecurityGroups] },
			{ scope: { api: ['http'], target: ['nlb'] }, sources: [SOURCES.vpcFlowLogs, SOURCES.nlbSecurityGroups, SOURCES.httpPrivateIntegrations] },
		],
		happens:
			'The link’s network interface opens a connection to the listener, but the load balancer’s security group has no inbound rule for the link’s security group, so the connection is dropped.',
		response: {
			who: CLIENT,
			status: '500',
			note: 'AWS lists security groups among the causes of a VPC link 500 for REST APIs. A dropped connection can also wait out the integration timeout and end in a 504. AWS prints no response body for this case.',
		},
		traces: vpcLink500('Nothing: the request never arrives.', ['VPC flow logs of the load balancer’s subnets: REJECT records from the link’s addresses']),
		fix: 'Add an inbound rule on the listener port to the load balancer’s security group, with the VPC link’s security group as the source.',
		sources: [SOURCES.kc500VpcLink, SOURCES.vpcFlowLogs, SOURCES.albSecurityGroups],
		troubleshooting: '500-execution-failed-due-to-configuration-error-with-a-vpc-link',
		chapter: { label: 'Security groups: which rules matter', path: 'chapters/02-http-api-private-integrations/#security-groups-which-rules-matter' },
	},
	{
		id: 'tls-name-mismatch',
		title: 'The backend’s certificate does not match the name API Gateway checks',
		outcome: 'fails',
		scope: { target: ['alb', 'nlb'] },
		at: ['lb'],
		variants: [
			{
				scope: { api: ['http'] },
				happens:
					'API Gateway opens TLS towards the listener and checks the certificate it gets against tlsConfig.serverNameToVerify. The names differ, so the call fails before any request is sent.',
				response: {
					who: CLIENT,
					status: '5xx',
					note: 'AWS documents neither the status nor a message for an HTTP API whose backend certificate does not match, and prints no body.',
				},
				traces: httpTraces([...HTTP_5XX_ACCESS_LOG, NOTHING_ANSWERED], ['5xx rises'], 'Nothing from the application: the call fails during the TLS handshake.'),
				fix: 'Set tlsConfig.serverNameToVerify to a name that the listener’s certificate covers; API Gateway also sends that name as SNI.',
				sources: [SOURCES.httpPrivateIntegrations, SOURCES.httpTlsConfig],
				chapter: { label: 'TLS to the backend', path: 'chapters/02-http-api-private-integrations/#tls-to-the-backend' },
			},
		],
		happens:
			'API Gateway opens TLS towards the listener and checks the certificate it gets against the host in the integration’s uri. The names differ, so the call fails before any request is sent.',
		response: {
			who: CLIENT,
			status: '500',
			note: 'AWS’s article on VPC link 500s shows this cause with an execution-log line of its own that names both hosts. AWS prints no response body.',
		},
		traces: {
			accessLog: [{ variable: '$context.status', value: '500' }, NOTHING_ANSWERED],
			executionLog: [
				"Execution failed due to configuration error: Host name '…' does not match the certificate subject provided by the peer (CN=…)",
				'Method completed with status: 500',
			],
			metrics: ['5XXError rises'],
			targetLogs: 'Nothing from the application: the call fails during the TLS handshake.',
		},
		fix: 'Put a host name that the listener’s certificate covers in the integration’s uri. That name is also the Host header the backend receives.',
		sources: [SOURCES.kc500VpcLink, SOURCES.restOpenApiVpcLink, SOURCES.restPrivateIntegrations],
		troubleshooting: 'certificate-and-tls-errors-host-name-does-not-match-the-certificate-subject',
		chapter: { label: 'Backend TLS and certificates', path: 'chapters/03-rest-api-private-integrations/#backend-tls-and-certificates' },
	},
	{
		id: 'tls-1-3-only-listener',
		title: 'The backend’s HTTPS listener accepts only TLS 1.3',
		outcome: 'fails',
		scope: { api: ['rest'], target: ['alb', 'nlb'] },
		at: ['lb'],
		variants: [
			{
				scope: { target: ['alb'] },
				traces: {
					accessLog: [
						{ variable: '$context.status', value: 'a 5xx; AWS does not document which' },
						{ variable: '$context.integration.status', value: 'most likely empty, as no HTTP answer comes back (our reading)' },
					],
					executionLog: ['AWS documents no execution-log line for a refused TLS version; read the listener’s policy with aws elbv2 describe-ssl-policies instead.'],
					metrics: ['5XXError rises', 'ALB: ClientTLSNegotiationErrorCount, whose causes AWS says include a protocol mismatch'],
					targetLogs: 'Nothing from the application: the handshake fails first.',
				},
				sources: [SOURCES.securityPoliciesList, SOURCES.albSslPolicies, SOURCES.albMetrics],
			},
		],
		happens: 'API Gateway speaks only TLS 1.2 to backends. The listener’s security policy allows TLS 1.3 alone, so the handshake fails and no request is sent.',
		response: {
			who: CLIENT,
			status: '5xx',
			note: 'AWS says API Gateway uses only TLS 1.2 towards backends, but does not say which status, body or log message a refused TLS version produces. The troubleshooting page lists it among the causes to check behind a REST API’s 500; that grouping is ours.',
		},
		traces: {
			accessLog: [
				{ variable: '$context.status', value: 'a 5xx; AWS does not document which' },
				{ variable: '$context.integration.status', value: 'most likely empty, as no HTTP answer comes back (our reading)' },
			],
			executionLog: ['AWS documents no execution-log line for a refused TLS version; read the listener’s policy with aws elbv2 describe-ssl-policies instead.'],
			metrics: ['5XXError rises'],
			targetLogs: 'Nothing from the application: the handshake fails first.',
		},
		fix: 'Give the listener a security policy that accepts TLS 1.2 as well as TLS 1.3. Behind an NLB TCP listener, which passes TLS through, the target itself must accept TLS 1.2.',
		sources: [SOURCES.securityPoliciesList, SOURCES.nlbSslPolicies],
		troubleshooting: '500-execution-failed-due-to-configuration-error-with-a-vpc-link',
		chapter: { label: 'Backend TLS and certificates', path: 'chapters/03-rest-api-private-integrations/#backend-tls-and-certificates' },
	},
	{
		id: 'no-healthy-targets',
		title: 'No healthy target behind the load balancer',
		outcome: 'fails',
		scope: { target: ['alb', 'nlb'] },
		at: ['lb'],
		blame: ['target-a', 'target-b'],
		variants: [
			{
				scope: { target: ['alb'] },
				happens:
					'The ALB has no registered target to send the request to, so it answers 503 itself. If targets are registered but all fail their health checks, it fails open and sends them the request anyway.',
				response: {
					who: CLIENT,
					status: '503 or 500',
					note: 'The ALB answers 503 itself when the target group has no registered target, and $context.integration.status then holds that 503. AWS’s article on VPC link 500s also lists an unhealthy or unused registered target among the causes of a REST API’s 500. Neither page prints a body.',
				},
				traces: {
					accessLog: [
						{ variable: '$context.status', value: '503 or 500' },
						{ variable: '$context.integration.status', value: '503 when the ALB answered for an empty target group' },
					],
					executionLog: [
						'For the 500, AWS’s article shows “Execution failed due to configuration error: There was an internal error while executing your request”; AWS prints no line for the ALB’s own 503.',
					],
					metrics: ['5XXError rises', 'ALB: HTTPCode_ELB_503_Count rises when the target group is empty', 'ALB: HealthyHostCount at 0, UnHealthyHostCount up'],
					targetLogs: 'Nothing, unless the ALB fails open and sends requests to unhealthy targets.',
				},
				sources: [SOURCES.albTroubleshooting, SOURCES.albHealthChecks, SOURCES.kc500VpcLink, SOURCES.albMetrics],
			},
			{
				scope: { api: ['http'], target: ['alb'] },
				chapter: { label: 'What to check when it fails', path: 'chapters/05-http-api-endpoints-for-ecs-and-ec2/#what-to-check-when-it-fails' },
				response: {
					who: CLIENT,
					status: '5xx',
					note: 'The ALB answers 503 itself when the target group has no registered target, and $context.integration.status then holds that 503. AWS does not document what an HTTP API returns to the client, and prints no body.',
				},
				traces: httpTraces(
					[...HTTP_5XX_ACCESS_LOG, { variable: '$context.integration.status', value: '503 when the ALB answered for an empty target group' }],
					['5xx rises', 'ALB: HTTPCode_ELB_503_Count rises when the target group is empty', 'ALB: HealthyHostCount at 0, UnHealthyHostCount up'],
					'Nothing, unless the ALB fails open and sends requests to unhealthy targets.',
				),
			},
			{
				scope: { api: ['http'], target: ['nlb'] },
				chapter: { label: 'What to check when it fails', path: 'chapters/05-http-api-endpoints-for-ecs-and-ec2/#what-to-check-when-it-fails' },
				response: {
					who: CLIENT,
					status: '5xx',
					note: 'AWS documents no status for an HTTP API whose load balancer has no healthy target, and prints no body.',
				},
				traces: httpTraces(HTTP_5XX_ACCESS_LOG, ['5xx rises', 'NLB: HealthyHostCount at 0, UnHealthyHostCount up'], 'Nothing: no healthy target receives the request.'),
			},
		],
		happens:
			'The load balancer takes the connection but has no healthy target to pass it to: the target group is empty, its targets are unused, or they all fail their health checks.',
		response: {
			who: CLIENT,
			status: '500',
			note: 'AWS’s article on VPC link 500s lists a registered target that is unhealthy or not in use among the causes of a REST API’s 500. It prints no response body.',
		},
		traces: vpcLink500('Nothing: no healthy target receives the request.', ['NLB: HealthyHostCount at 0, UnHealthyHostCount up']),
		fix: 'Run aws elbv2 describe-target-health and fix what its reason codes name: a failing health check, a stopped service, or a target group not attached to the listener the integration uses.',
		sources: [SOURCES.kc500VpcLink, SOURCES.nlbMetrics],
		troubleshooting: '500-execution-failed-due-to-configuration-error-with-a-vpc-link',
		chapter: { label: 'What to check when it fails', path: 'chapters/06-rest-api-endpoints-for-ecs-and-ec2/#what-to-check-when-it-fails' },
	},
	{
		id: 'nothing-listening',
		title: 'Nothing listens on the target’s port',
		outcome: 'fails',
		scope: {},
		at: ['target-a'],
		blame: ['target-a', 'target-b'],
		variants: [
			{
				scope: { api: ['http'] },
				chapter: { label: 'What to check when it fails', path: 'chapters/05-http-api-endpoints-for-ecs-and-ec2/#what-to-check-when-it-fails' },
				response: {
					who: CLIENT,
					status: '5xx',
					note: 'AWS documents no status for an HTTP API whose target refuses the connection, and prints no body.',
				},
				traces: httpTraces(
					[...HTTP_5XX_ACCESS_LOG, NOTHING_ANSWERED],
					['5xx rises', 'Load balancer: UnHealthyHostCount rises if its health check uses the same port'],
					'Nothing: no process is there to log the request.',
				),
			},
			{
				scope: { target: ['cloudmap'] },
				troubleshooting: '503-during-ecs-deployments-with-cloud-map',
				chapter: { label: 'An AWS Cloud Map service', path: 'chapters/02-http-api-private-integrations/#an-aws-cloud-map-service' },
				happens: 'The link’s network interface connects to the address and port Cloud Map returned, but nothing listens there, so the task or instance refuses the connection.',
				response: {
					who: CLIENT,
					status: '503',
					note: 'AWS documents no status for a discovered instance that refuses the connection. 503 is what users of this setup report, in issue reports rather than AWS pages; none shows a body.',
				},
				traces: httpTraces(
					[
						{ variable: '$context.status', value: '503, as users report' },
						{ variable: '$context.integration.error', value: 'an error message; AWS does not document its wording' },
					],
					['5xx rises'],
					'Nothing: no process is there to log the request.',
				),
				fix: 'Make the application listen on the port registered for each instance in Cloud Map, or register the port it listens on.',
				sources: [SOURCES.httpPrivateIntegrations, SOURCES.discoverInstances, SOURCES.issueCloudMap503Sst, SOURCES.issueCloudMap503Sample],
			},
		],
		happens: 'The load balancer forwards the connection to the port the target is registered with, but no process listens there, so the target refuses it.',
		response: {
			who: CLIENT,
			status: '500',
			note: 'AWS’s article on VPC link 500s lists a target that does not listen on the target port among the causes of a REST API’s 500. It prints no response body.',
		},
		traces: vpcLink500('Nothing: no process is there to log the request.', ['Load balancer: UnHealthyHostCount rises if its health check uses the same port']),
		fix: 'Make the application listen on the port its targets are registered with, or register them with the port it uses. aws elbv2 describe-target-health shows a reason code for each target.',
		sources: [SOURCES.kc500VpcLink, SOURCES.albHealthChecks],
		troubleshooting: '500-execution-failed-due-to-configuration-error-with-a-vpc-link',
		chapter: { label: 'What to check when it fails', path: 'chapters/06-rest-api-endpoints-for-ecs-and-ec2/#what-to-check-when-it-fails' },
	},
	{
		id: 'stage-name-in-backend-path',
		title: 'The stage name reaches a backend that does not expect it',
		outcome: 'fails',
		scope: {},
		at: ['target-a'],
		blame: ['target-a', 'target-b'],
		variants: [
			{
				scope: { api: ['http'] },
				happens:
					'For a named stage, API Gateway keeps the stage name in the path it sends, so the backend is asked for /prod/orders rather than /orders. It serves no such path and answers 404.',
				response: {
					who: CLIENT,
					status: '404',
					note: 'AWS documents that an HTTP API keeps the stage name in the path it sends to a private integration; the $default stage adds none. The 404 and its body are your backend’s own.',
				},
				traces: httpTraces(
					[
						{ variable: '$context.status', value: '404' },
						{ variable: '$context.integration.status', value: '404, from the backend' },
					],
					['4xx rises'],
					'The access log shows the request with the stage in front, for example /prod/orders.',
				),
				fix: 'Map overwrite:path to $request.path in the integration, which sends the path without the stage name.',
				sources: [SOURCES.httpPrivateIntegrations, SOURCES.httpParameterMapping, SOURCES.httpStages],
				chapter: { label: 'The stage name in the backend path', path: 'chapters/02-http-api-private-integrations/#the-stage-name-in-the-backend-path' },
			},
		],
		happens:
			'The backend gets a path it does not serve and answers 404. AWS’s REST page says the stage name stays in the path, while a uri template such as /{proxy} builds the path itself: check what arrives.',
		response: {
			who: CLIENT,
			status: '404',
			note: 'The 404 and its body are your backend’s own, so AWS prints neither. Whether a REST backend sees the stage name depends on the uri template, and AWS’s pages do not agree: read the path the backend actually receives.',
		},
		traces: {
			accessLog: [
				{ variable: '$context.status', value: '404' },
				{ variable: '$context.integration.status', value: '404, from the backend' },
			],
			executionLog: ['With full request logging, the line that starts “Endpoint request URI” shows the path API Gateway sent to the backend.'],
			metrics: ['4XXError rises'],
			targetLogs: 'The access log shows the path the request arrived with, which the backend does not serve.',
		},
		fix: 'Write the backend path you want into the uri, with placeholders such as /{proxy} mapped from the method request, and check the backend’s log again. If you cannot change the integration, make the backend accept the prefix.',
		sources: [SOURCES.restPrivateIntegrations, SOURCES.requestOverrides, SOURCES.restHttpIntegrations, SOURCES.restExecutionLogging],
		troubleshooting: '404-from-the-backend-the-stage-name-in-the-path',
		chapter: { label: 'The stage name in the backend path', path: 'chapters/03-rest-api-private-integrations/#the-stage-name-in-the-backend-path' },
	},
	{
		id: 'backend-slower-than-timeout',
		title: 'The backend answers after the integration timeout',
		outcome: 'fails',
		scope: {},
		at: ['target-a'],
		blame: ['target-a', 'target-b'],
		variants: [
			{
				scope: { api: ['http'] },
				happens:
					'The request reaches the backend, but no answer comes back within the integration timeout, at most 30 seconds for an HTTP API, so API Gateway stops waiting and answers the client itself.',
				response: {
					who: CLIENT,
					status: '504',
					note: 'AWS’s article on 504 errors covers HTTP APIs as well as REST APIs. It prints no body for an HTTP API.',
				},
				traces: httpTraces(
					[
						{ variable: '$context.status', value: '504' },
						{ variable: '$context.integration.latency', value: 'about the timeout: at most 30,000' },
					],
					['5xx rises', 'IntegrationLatency climbs to the timeout'],
					'The request arrives and finishes late, after API Gateway has given up.',
				),
				fix: 'Make the work faster, or make it asynchronous: an HTTP API’s 30-second maximum cannot be raised.',
				sources: [SOURCES.kc504, SOURCES.httpQuotas],
			},
		],
		happens:
			'The request reaches the backend, but no answer comes back within the integration timeout, 29 seconds by default, so API Gateway stops waiting and answers the client itself.',
		response: {
			who: CLIENT,
			status: '504',
			body: '{"message": "Endpoint request timed out"}',
			note: 'AWS’s article on 504 errors describes the timeout. The body is what public issue reports show; we found no AWS page that prints it.',
		},
		traces: {
			accessLog: [
				{ variable: '$context.status', value: '504' },
				{ variable: '$context.error.responseType', value: 'INTEGRATION_TIMEOUT' },
				{ variable: '$context.integration.latency', value: 'about the timeout: about 29,000 by default' },
			],
			executionLog: ['Execution failed due to a timeout error'],
			metrics: ['5XXError rises', 'IntegrationLatency climbs to the timeout'],
			targetLogs: 'The request arrives and finishes late, after API Gateway has given up.',
		},
		fix: 'Make the work faster or asynchronous. A Regional or private REST API can ask for a timeout above 29 seconds, which may lower the account’s throttle quota, or stream the response instead.',
		sources: [SOURCES.kc504, SOURCES.issueTimeoutBody, SOURCES.gatewayResponseTypes, SOURCES.restQuotas, SOURCES.timeoutAbove29, SOURCES.responseStreaming],
		troubleshooting: '504-endpoint-request-timed-out',
		chapter: { label: 'Integration timeouts', path: 'chapters/04-scaling-private-integrations/#integration-timeouts' },
	},

	// Some requests fail, some pass.
	{
		id: 'account-throttle',
		title: 'The account’s request rate is used up, and API Gateway throttles',
		outcome: 'intermittent',
		scope: {},
		at: ['apigw'],
		variants: [
			{
				scope: { api: ['http'] },
				response: {
					who: CLIENT,
					status: '429',
					note: 'AWS’s throttling page for HTTP APIs says clients may receive 429 Too Many Requests. It prints no body.',
				},
				traces: httpTraces([{ variable: '$context.status', value: '429' }, NEVER_REACHED], ['4xx rises'], 'Nothing: throttled requests never leave API Gateway.'),
				sources: [SOURCES.quotas, SOURCES.httpThrottling],
			},
		],
		happens:
			'Every API in the account and Region draws on one token bucket. A spike has emptied it, so API Gateway turns the request away before it goes anywhere near the VPC link.',
		which: 'Requests that find a token in the bucket pass; once a spike empties it, the rest get 429 until tokens flow back at the account’s rate.',
		response: {
			who: CLIENT,
			status: '429',
			note: 'THROTTLED is the gateway response for throttling, with 429 as its default status. AWS’s article on 429 errors prints no response body.',
		},
		traces: {
			accessLog: [{ variable: '$context.status', value: '429' }, { variable: '$context.error.responseType', value: 'THROTTLED' }, NEVER_REACHED],
			executionLog: [
				'AWS prints no line for the account throttle. The “exceeded throttle limit” lines in its article on 429 errors name a usage plan, so they point to that plan’s limit instead.',
			],
			metrics: ['4XXError rises'],
			targetLogs: 'Nothing: throttled requests never leave API Gateway.',
		},
		fix: 'Ask for a higher requests-per-second quota in Service Quotas (AWS sets the burst from it), smooth the spike with client retries that back off with jitter, or move noisy workloads to another account.',
		sources: [SOURCES.quotas, SOURCES.gatewayResponseTypes, SOURCES.kc429, SOURCES.restThrottling],
		troubleshooting: '429-too-many-requests-account-stage-or-route-throttling',
		chapter: { label: 'The account throttle', path: 'chapters/04-scaling-private-integrations/#the-quota-that-every-api-shares-the-account-throttle' },
	},
	{
		id: 'nlb-idle-flow-timeout',
		title: 'An idle connection outlives the NLB’s idle timeout',
		outcome: 'intermittent',
		scope: { target: ['nlb'] },
		at: ['lb'],
		variants: [
			{
				scope: { api: ['http'] },
				traces: httpTraces(
					HTTP_5XX_ACCESS_LOG,
					['5xx rises after quiet periods', 'NLB: TCP_ELB_Reset_Count rises with the errors'],
					'Nothing for the failed request: the NLB no longer forwards that connection.',
				),
			},
		],
		happens:
			'A reused connection sat idle longer than the NLB’s idle timeout, 350 seconds by default, so the NLB forgot its flow. A request sent later on that connection is answered with a reset.',
		which: 'Requests on connections used within the idle timeout pass; the first one sent on a connection that has been quiet for longer dies.',
		response: {
			who: CLIENT,
			status: '5xx',
			note: 'AWS does not document the status or message API Gateway returns when the NLB has dropped the flow, nor any API Gateway message that says “Connection is closed”. The troubleshooting page files it with intermittent 502s and 504s.',
		},
		traces: {
			accessLog: [
				{ variable: '$context.status', value: 'a 5xx; AWS does not document which' },
				{ variable: '$context.integration.error', value: 'an error message; AWS does not document its wording' },
			],
			executionLog: ['AWS prints no execution-log line for a flow the NLB has dropped.'],
			metrics: ['5XXError rises after quiet periods', 'NLB: TCP_ELB_Reset_Count rises with the errors'],
			targetLogs: 'Nothing for the failed request: the NLB no longer forwards that connection.',
		},
		fix: 'Our reasoning, not an AWS rule: on a TCP listener the NLB sits between the two ends, so one end should close an idle connection first. Keep the backend’s keep-alive timeout below the NLB’s idle timeout, or raise that timeout (60 to 6000 seconds on TCP listeners). A TLS listener ends the connection itself, as an ALB does, so there the backend’s keep-alive should outlast its fixed 350 seconds.',
		sources: [SOURCES.nlbIdleTimeout, SOURCES.nlbMetrics],
		troubleshooting: 'intermittent-504-or-connection-is-closed-behind-an-nlb-or-alb',
		chapter: { label: 'An NLB listener', path: 'chapters/02-http-api-private-integrations/#an-nlb-listener' },
	},
	{
		id: 'keep-alive-shorter-than-alb',
		title: 'The backend closes idle connections before the ALB does',
		outcome: 'intermittent',
		scope: { target: ['alb'] },
		at: ['target-a'],
		blame: ['target-a', 'target-b'],
		variants: [
			{
				scope: { api: ['http'] },
				response: {
					who: CLIENT,
					status: '5xx',
					note: 'The ALB answers 502, and $context.integration.status shows it. AWS does not document what status an HTTP API then returns to the client, and prints no body.',
				},
				traces: httpTraces(
					[
						{ variable: '$context.status', value: 'a 5xx; AWS does not document which' },
						{ variable: '$context.integration.status', value: '502, from the ALB' },
					],
					['5xx rises', 'ALB: HTTPCode_ELB_502_Count rises with the errors'],
					'Usually nothing for the failed request: it arrived as the target closed the connection.',
				),
			},
		],
		happens: 'The ALB reuses a pooled connection to the target, but the target’s keep-alive timer has just closed it. The request is lost on the way, and the ALB answers 502.',
		which: 'Requests on fresh or busy connections pass; one the ALB sends on a connection the target is closing for being idle dies with a 502.',
		response: {
			who: CLIENT,
			status: '502',
			note: 'The 502 is the ALB’s own answer, which AWS’s ALB page describes for this case, passed on to the client; $context.integration.status shows it. We found no page that prints its body.',
		},
		traces: {
			accessLog: [
				{ variable: '$context.status', value: '502' },
				{ variable: '$context.integration.status', value: '502, from the ALB' },
			],
			executionLog: ['AWS prints no execution-log line for this case; the access log’s integration status shows the ALB’s 502.'],
			metrics: ['5XXError rises', 'ALB: HTTPCode_ELB_502_Count rises with the errors'],
			targetLogs: 'Usually nothing for the failed request: it arrived as the target closed the connection.',
		},
		fix: 'Set the server’s keep-alive timeout above the ALB’s idle timeout, which is 60 seconds by default: 65 seconds, for example.',
		sources: [SOURCES.albIdleTimeout, SOURCES.albMetrics],
		troubleshooting: 'intermittent-504-or-connection-is-closed-behind-an-nlb-or-alb',
		chapter: { label: 'An ALB listener', path: 'chapters/02-http-api-private-integrations/#an-alb-listener' },
	},
	{
		id: 'cloud-map-stale-instances',
		title: 'Cloud Map returns tasks that cannot answer during a deployment',
		outcome: 'intermittent',
		scope: { api: ['http'], target: ['cloudmap'] },
		at: ['target-a'],
		blame: ['cloudmap', 'target-a'],
		happens:
			'With no health status to filter on, Cloud Map still lists a task that is stopping or not yet listening. API Gateway sends the request to that address, and nothing answers.',
		which: 'Requests sent to running, registered tasks pass; those sent to a task that is stopping or not yet ready die, mostly while a deployment runs.',
		response: {
			who: CLIENT,
			status: '503',
			note: '503 is what users of this setup report, in issue reports rather than AWS pages. AWS documents no status for it, and no body.',
		},
		traces: httpTraces(
			[
				{ variable: '$context.status', value: '503, as users report' },
				{ variable: '$context.integration.error', value: 'an error message; AWS does not document its wording' },
			],
			['5xx rises during deployments'],
			'Nothing on the task the request was sent to: it was gone or not yet listening.',
		),
		fix: 'Create the Cloud Map service with a custom health check so that ECS reports each task’s health, and keep old tasks until new ones are healthy (minimum healthy percent of 100). If 503s persist, put an ALB in front.',
		sources: [SOURCES.cloudMapHealthChecks, SOURCES.discoverInstances, SOURCES.issueCloudMap503Sst, SOURCES.issueCloudMap503Sample, SOURCES.issueCloudMapTiming],
		troubleshooting: '503-during-ecs-deployments-with-cloud-map',
		chapter: { label: 'An AWS Cloud Map service', path: 'chapters/02-http-api-private-integrations/#an-aws-cloud-map-service' },
	},

	// Rejected before any request flows.
	{
		id: 'link-subnet-unsupported-zone',
		title: 'A VPC link subnet is in an unsupported Availability Zone',
		outcome: 'rejected',
		scope: { link: ['v2'] },
		at: ['eni-a'],
		blame: ['eni-b'],
		happens:
			'Creating the V2 link fails: one of its subnets is in an Availability Zone where VPC links are not available in this Region, so the link and its network interfaces never exist.',
		response: {
			who: DEPLOYER,
			status: '400 BadRequestException',
			body: "Subnet '…' is in Availability Zone '…' where service is not available",
			note: 'The message comes from issue reports (driftctl, aws-cdk), not from AWS; they show status 400 and a zone ID such as use1-az3 in the second quotes. AWS lists the supported zone IDs for each Region but prints no message.',
		},
		traces: rejectedTraces('the link is never created'),
		fix: 'Create the link with subnets in supported zones only. Compare zone IDs, which aws ec2 describe-subnets shows as AvailabilityZoneId, not zone names: in accounts created before November 2025 a name can map to a different zone.',
		sources: [SOURCES.vpcLinksV2, SOURCES.azIds, SOURCES.issueZoneDriftctl, SOURCES.issueZoneCdk],
		troubleshooting: 'vpc-link-v2-creation-fails-unsupported-availability-zone',
		chapter: { label: 'Availability Zones and subnets', path: 'chapters/04-scaling-private-integrations/#availability-zones-and-subnets' },
	},
	{
		id: 'integration-target-missing',
		title: 'A REST integration names a V2 link but no integrationTarget',
		outcome: 'rejected',
		scope: { api: ['rest'], link: ['v2'] },
		at: ['eni-a'],
		blame: ['apigw'],
		happens: 'API Gateway refuses the integration: its connectionId is a V2 link, which names no load balancer, and integrationTarget, which would name one, is missing.',
		response: {
			who: DEPLOYER,
			status: '400 BadRequestException',
			body: 'IntegrationTarget is required for VpcLinkV2',
			note: 'The message comes from issue reports by tools that did not yet know the field (Terraform, AWS Controllers for Kubernetes), not from AWS; some show the link’s ID after it. AWS’s PutIntegration reference lists BadRequestException as a 400.',
		},
		traces: rejectedTraces('the integration is never created'),
		fix: 'Set integrationTarget to the ALB’s or NLB’s load balancer ARN, not a listener ARN. If your tool lacks the field, use CloudFormation, the CLI or an OpenAPI import for that method.',
		sources: [SOURCES.restSetUpV2, SOURCES.putIntegration, SOURCES.issueIntegrationTargetTerraform, SOURCES.issueIntegrationTargetAck],
		troubleshooting: 'integrationtarget-is-required-for-vpclinkv2',
		chapter: { label: 'IntegrationTarget is required for VpcLinkV2', path: 'chapters/03-rest-api-private-integrations/#integrationtarget-is-required-for-vpclinkv2' },
	},
	{
		id: 'load-balancer-arn-not-listener',
		title: 'An HTTP API integration names a load balancer, not a listener',
		outcome: 'rejected',
		scope: { api: ['http'], target: ['alb', 'nlb'] },
		at: ['eni-a'],
		blame: ['apigw'],
		happens:
			'API Gateway refuses the integration: with a VPC link, an HTTP API’s integration URI must be a listener ARN or a Cloud Map service ARN, and this one is the load balancer’s own ARN.',
		response: {
			who: DEPLOYER,
			status: '400 BadRequestException',
			body: 'For VpcLink VPC_LINK, integration uri should be a valid ELB listener ARN or a valid Cloud Map service ARN.',
			note: 'The message comes from an issue report (SST), not from AWS; it shows status 400. AWS documents only that the URI must be a listener ARN or a Cloud Map service ARN.',
		},
		traces: rejectedTraces('the integration is never created'),
		fix: 'Look the listener up with aws elbv2 describe-listeners --load-balancer-arn and put its ARN in the integration URI. REST APIs are the other way round: the load balancer’s ARN goes in integrationTarget.',
		sources: [SOURCES.httpPrivateIntegrations, SOURCES.issueListenerArn],
		troubleshooting: 'http-api-given-a-load-balancer-arn-instead-of-a-listener-arn',
		chapter: { label: 'An ALB listener', path: 'chapters/02-http-api-private-integrations/#an-alb-listener' },
	},
];
