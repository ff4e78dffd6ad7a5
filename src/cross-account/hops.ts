import { withBase } from '../utils/base.ts';
import { hop, journey, type HopDraft, type ReplyWords } from '../utils/hop-journey.ts';
import { apiName, ENDPOINT_ID, ENDPOINT_SERVICE_NAME, PORT } from './layout.ts';
import { ACCOUNTS, type Configuration, type Hop, type Packet } from './model.ts';
import { shownConfiguration } from './rules.ts';
import { SOURCES } from './sources.ts';
import { REST_BACKEND_PATH, REST_PATH_CAVEAT, REST_PATH_NOTE } from '../utils/rest-backend-path.ts';

/**
 * The journey of one request and its response across the two accounts, hop by hop, with what the
 * traffic looks like on each. Example values: Region us-east-1; the consumer's API a1b2c3d4e5
 * (HTTP API on its `$default` stage, or REST API on stage `prod`); the provider's private API
 * b2c3d4e5f6 on stage `prod`; route `/orders`; port 80 behind API Gateway, as in the site's samples.
 */

const CONSUMER_API_HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const PROVIDER_API_HOST = 'b2c3d4e5f6.execute-api.us-east-1.amazonaws.com';

export const CHAPTER_7 = withBase('chapters/07-cross-account-private-integrations/');
export const CHAPTER_1 = withBase('chapters/01-mastering-private-integrations/');

/** A section of chapter 7, the chapter this explorer sits in, so the link moves the reader within the page. */
const chapter7 = (anchor: string, label: string): Hop['learnMore'] => ({ label, href: `${CHAPTER_7}#${anchor}` });
const chapter1 = (anchor: string, label: string): Hop['learnMore'] => ({ label: `Chapter 1: ${label}`, href: `${CHAPTER_1}#${anchor}` });

/** Behind API Gateway the request is plain HTTP on every hop: private integrations use it unless you configure HTTPS. */
const PLAIN_HTTP = 'None: plain HTTP';
const PLAIN_HTTP_WHY = 'Private integrations use plain HTTP unless you configure HTTPS.';
const consumerAccount = `account ${ACCOUNTS.consumer.id}`;
const providerAccount = `account ${ACCOUNTS.provider.id}`;
/** A REST API's Host header: the host name in the integration uri (in this design, the ALB's DNS name; the hop's detail says so). */
const ALB_HOST = 'The host name in the uri';

function backendRequests(config: Configuration): HopDraft[] {
	const rest = config.via === 'rest-api';
	const api = apiName(config);
	const clientPath = rest ? '/prod/orders' : '/orders';
	const path = rest ? REST_BACKEND_PATH : '/orders';
	// HTTP APIs: no AWS page states which Host header reaches the backend, so none is shown.
	const host = rest ? ALB_HOST : undefined;
	// The $default stage adds nothing to an HTTP API's path, so only REST's path needs a caveat.
	const wire = (source: string, destination: string): Packet => ({
		source,
		destination,
		port: String(PORT),
		protocol: 'HTTP',
		host,
		path,
		tls: PLAIN_HTTP,
		note: rest ? REST_PATH_CAVEAT : undefined,
	});

	const integration = rest
		? 'The method’s integration has type HTTP_PROXY and connection type VPC_LINK: connectionId names the VPC link V2, integrationTarget holds the ARN of the internal ALB in this same account, and the uri gives the scheme, port, Host header and path template. ' + REST_PATH_NOTE
		: 'The route’s integration has type HTTP_PROXY and connection type VPC_LINK: ConnectionId names the VPC link V2, and IntegrationUri is the listener ARN of the internal ALB in this same account.';

	return [
		hop(
			'request',
			'client',
			'apigw',
			`The client calls the ${api}`,
			`The client sends its HTTPS request for ${clientPath} to the ${api}’s execute-api endpoint in the API account.`,
			`The request travels over HTTPS to the ${api}’s execute-api endpoint in the API account. Authorization and throttling happen here, once, for every provider behind this API: keeping those concerns in one account is what the design is for.`,
			{
				source: 'Client (public IP address)',
				destination: `${api} endpoint (${consumerAccount})`,
				port: '443',
				protocol: 'HTTPS',
				host: CONSUMER_API_HOST,
				path: clientPath,
				tls: 'Yes: HTTPS to API Gateway',
			},
			chapter7('the-privatelink-pattern', 'The PrivateLink pattern'),
			[SOURCES.crossAccountBlog],
		),
		hop(
			'request',
			'apigw',
			'link',
			'API Gateway hands the request to the VPC link',
			'API Gateway sends the plain HTTP request into the VPC link, toward the internal ALB in the API account.',
			`${integration} The integration cannot name the provider’s load balancer instead: the API, the VPC link and the load balancer must belong to one account. ${PLAIN_HTTP_WHY}`,
			wire('API Gateway (AWS-managed)', 'ALB listener, via the VPC link'),
			rest
				? chapter1('following-one-request-through-a-v2-private-integration', 'Following one request through a V2 private integration')
				: chapter1('vpc-link-v2-current', 'VPC link V2 (current)'),
			rest
				? [SOURCES.restSetUpV2, SOURCES.restOpenApiVpcLink, SOURCES.restPrivateIntegrations, SOURCES.restHttpIntegrations]
				: [SOURCES.httpPrivateIntegrations],
		),
		hop(
			'request',
			'link',
			'alb',
			'The link’s network interface connects to the ALB',
			`The VPC link’s network interface in the consumer VPC opens a connection to the ALB’s HTTP listener on port ${PORT}.`,
			`The connection to the load balancer starts at a network interface that API Gateway manages for the VPC link in the consumer VPC. So the ALB’s security group has to allow the link’s security group on port ${PORT}, and the link’s security group needs an outbound rule to the ALB.`,
			wire('VPC link ENI (private IP, consumer VPC)', 'ALB’s HTTP listener (consumer VPC)'),
			chapter1('vpc-link-v2-current', 'VPC link V2 (current)'),
			[SOURCES.vpcLinksV2, SOURCES.sampleRestV2, SOURCES.albSecurityGroups],
		),
		hop(
			'request',
			'alb',
			'vpce',
			'The ALB forwards to the interface endpoint',
			'The ALB sends the request on to a private IP address of the interface endpoint, which it treats as an ordinary backend.',
			`The ALB’s target group has target type IP, and its targets are the private IP addresses of the network interfaces of interface endpoint ${ENDPOINT_ID} in the consumer VPC’s subnets. To the ALB the endpoint is simply a backend in its own VPC. The endpoint’s security group has to allow the ALB on port ${PORT}.`,
			wire('Internal ALB (private IP, consumer VPC)', 'Interface endpoint ENI (private IP)'),
			chapter1('aws-privatelink-endpoints-and-endpoint-services', 'AWS PrivateLink: endpoints and endpoint services'),
			[SOURCES.crossAccountBlog, SOURCES.crossAccountSample, SOURCES.privateLinkConnectivity],
		),
		hop(
			'request',
			'vpce',
			'eps',
			'Across AWS PrivateLink into the provider account',
			'The interface endpoint carries the connection over AWS PrivateLink to the provider’s endpoint service.',
			`This is the only place where traffic passes from one account to the other. The interface endpoint carries the connection over AWS PrivateLink to the endpoint service whose name the provider shared (${ENDPOINT_SERVICE_NAME}). No VPC peering, transit gateway or internet path is involved, and the two VPCs may even use overlapping IP ranges. Connections only start on the consumer side: the provider cannot open one back into the consumer VPC this way.`,
			wire(`Interface endpoint (${ACCOUNTS.consumer.id})`, `Endpoint service (${ACCOUNTS.provider.id})`),
			chapter7('who-may-connect-allowed-principals-and-acceptance', 'Who may connect: allowed principals and acceptance'),
			[SOURCES.privateLinkConcepts, SOURCES.privateLinkConnectivity, SOURCES.privateLinkMultiVpc],
		),
		hop(
			'request',
			'eps',
			'nlb',
			'The endpoint service hands the connection to the provider’s NLB',
			`The endpoint service delivers the connection to the TCP listener of the provider’s NLB on port ${PORT}.`,
			`The connection exists because the provider allowed the principal ${ACCOUNTS.consumer.principal} on the endpoint service and accepted the endpoint’s connection request; acceptance is manual unless the provider turns on automatic acceptance. Traffic arrives at the Network Load Balancer’s TCP listener on port ${PORT}. If the NLB has security groups, they must admit this traffic, or the provider turns off their evaluation for PrivateLink traffic.`,
			wire('AWS PrivateLink (the endpoint service)', 'NLB’s TCP listener (provider VPC)'),
			chapter1('aws-privatelink-endpoints-and-endpoint-services', 'AWS PrivateLink: endpoints and endpoint services'),
			[SOURCES.endpointServiceOverview, SOURCES.createEndpointService],
		),
		hop(
			'request',
			'nlb',
			'task',
			'The NLB forwards to an ECS task',
			`The NLB passes the connection on to a healthy ECS task, which receives the request on its container port, ${PORT}.`,
			`The ECS service registers its Fargate tasks in the NLB’s target group by IP address, as tasks in the awsvpc network mode require, and the request arrives on the container port, ${PORT}. The task sees a private IP address of the NLB as the source, not an address from the consumer account. To learn the consumer’s address and endpoint ID, the provider can turn on proxy protocol on the NLB.`,
			wire('Internal NLB (private IP, provider VPC)', 'ECS task (private IP, provider VPC)'),
			chapter7('provider-side-the-nlb-and-the-endpoint-service', 'Provider side: the NLB and the endpoint service'),
			[SOURCES.ecsNlb, SOURCES.createEndpointService],
		),
	];
}

const BACKEND_REPLIES: Record<string, ReplyWords> = {
	task: [
		'The task responds',
		'The application sends its HTTP response back to the NLB on the same TCP connection.',
		'The application answers on the same TCP connection, back to the NLB.',
	],
	nlb: [
		'The NLB returns the response',
		'The NLB sends the response back on the connection that came in through the endpoint service.',
		'The Network Load Balancer sends the response back on the connection that arrived through the endpoint service.',
	],
	eps: [
		'Back across AWS PrivateLink',
		'The response crosses back over AWS PrivateLink to the interface endpoint in the API account.',
		'The response returns over PrivateLink to the interface endpoint in the API account, on the connection the consumer side opened.',
	],
	vpce: [
		'The endpoint answers the ALB',
		'The interface endpoint hands the response to the ALB that connected to it.',
		'The interface endpoint hands the response to the ALB that connected to it, on that same connection.',
	],
	alb: [
		'The ALB answers the VPC link',
		'The ALB returns the response to the VPC link’s network interface that opened the connection.',
		'The ALB returns the response on the connection that the VPC link’s network interface opened.',
	],
	link: [
		'Back through the VPC link',
		'The response leaves the consumer VPC through the VPC link and returns to API Gateway.',
		'The response leaves the consumer VPC through the VPC link, back to API Gateway.',
	],
	apigw: [
		'API Gateway answers the client',
		'API Gateway sends the response back to the client on the client’s original HTTPS connection.',
		'API Gateway returns the response on the client’s original HTTPS connection.',
	],
};

function privateApiRequests(): HopDraft[] {
	const path = '/prod/orders';
	// Private APIs accept no TLS version older than 1.2.
	const front = { port: '443', protocol: 'HTTPS', host: PROVIDER_API_HOST, path, tls: 'TLS 1.2 or later' } as const;
	const back = (source: string, destination: string): Packet => ({
		source,
		destination,
		port: String(PORT),
		protocol: 'HTTP',
		host: ALB_HOST,
		path: REST_BACKEND_PATH,
		tls: PLAIN_HTTP,
		note: REST_PATH_CAVEAT,
	});
	return [
		hop(
			'request',
			'client',
			'vpce',
			'The client calls the private API through its own endpoint',
			'The client app’s HTTPS request goes to a private IP address of the execute-api endpoint in its own VPC.',
			`The client app runs in the consumer VPC of account ${ACCOUNTS.consumer.id}. That VPC’s own execute-api interface endpoint, ${ENDPOINT_ID}, has private DNS turned on, so the provider API’s usual host name resolves to the endpoint’s private IP addresses and no Host or x-apigw-api-id header is needed. One execute-api endpoint can reach private APIs in any account that allows it. Private APIs accept no TLS version older than 1.2.`,
			{ source: 'Client app (private IP, consumer VPC)', destination: 'execute-api endpoint (consumer VPC)', ...front },
			chapter1('private-api-rules', 'Private API rules'),
			[SOURCES.privateApis, SOURCES.crossAccountPrivateApiBlog],
		),
		hop(
			'request',
			'vpce',
			'apigw',
			'Over AWS PrivateLink to the provider’s private API',
			'The endpoint carries the request over AWS PrivateLink to the provider’s private API, whose resource policy must allow it.',
			`The endpoint carries the request over AWS PrivateLink to API Gateway and the private REST API of account ${ACCOUNTS.provider.id}, with no peering or transit gateway between the two VPCs. The API’s resource policy decides: it has to allow this endpoint, typically with an aws:SourceVpce condition naming ${ENDPOINT_ID}. If the provider shares a private custom domain name instead, the consumer associates its endpoint with that name (a domain name access association), and the domain name’s own policy must allow the endpoint too.`,
			{ source: 'Consumer’s execute-api endpoint', destination: `Private REST API, ${providerAccount}`, ...front },
			chapter1('private-apis-versus-private-integrations', 'Private APIs versus private integrations'),
			[SOURCES.crossAccountPrivateApiBlog, SOURCES.invokePrivateApi, SOURCES.privateCustomDomainShare],
		),
		hop(
			'request',
			'apigw',
			'link',
			'The private API uses its own private integration',
			'API Gateway sends the plain HTTP request into the provider’s own VPC link, toward the internal ALB in integrationTarget.',
			`From here on everything is in the provider account, where the usual same-account rule holds. The method’s integration is HTTP_PROXY over the provider’s VPC link V2, with the ARN of the provider’s internal ALB in integrationTarget. The two doors are independent: the endpoint decided who may call the API, and the VPC link decides how the API reaches its backend. ${REST_PATH_NOTE} ${PLAIN_HTTP_WHY}`,
			back('API Gateway (AWS-managed)', 'ALB listener, via the VPC link'),
			chapter1('both-doors-private', 'Both doors private'),
			[SOURCES.restSetUpV2, SOURCES.restPrivateIntegrations, SOURCES.restHttpIntegrations],
		),
		hop(
			'request',
			'link',
			'alb',
			'The link’s network interface connects to the ALB',
			`The VPC link’s network interface in the provider VPC opens a connection to the ALB’s HTTP listener on port ${PORT}.`,
			`The connection starts at a network interface that API Gateway manages for the VPC link in the provider VPC, so the ALB’s security group has to allow the link’s security group on port ${PORT}.`,
			back('VPC link ENI (private IP, provider VPC)', 'ALB’s HTTP listener (provider VPC)'),
			chapter1('vpc-link-v2-current', 'VPC link V2 (current)'),
			[SOURCES.vpcLinksV2, SOURCES.sampleRestV2],
		),
		hop(
			'request',
			'alb',
			'task',
			'The ALB forwards to an ECS task',
			`The ALB matches its listener rules and sends the request on to a healthy ECS task on its container port, ${PORT}.`,
			`The ALB matches its listener rules and forwards the request to a healthy task in its target group, on the container port, ${PORT}. The tasks’ security group should allow only the ALB’s security group.`,
			back('Internal ALB (private IP, provider VPC)', 'ECS task (private IP, provider VPC)'),
			chapter7('calling-a-private-api-from-another-account', 'Calling a private API from another account'),
			[SOURCES.albSecurityGroups],
		),
	];
}

const PRIVATE_API_REPLIES: Record<string, ReplyWords> = {
	task: [
		'The task responds',
		'The application sends its HTTP response back to the ALB on the same connection.',
		'The application answers on the same connection, back to the ALB.',
	],
	alb: [
		'The ALB returns the response',
		'The ALB returns the response to the VPC link’s network interface that connected to it.',
		'The ALB returns the response to the VPC link’s network interface that connected to it, on that same connection.',
	],
	link: [
		'Back through the VPC link',
		'The response leaves the provider VPC through the VPC link and returns to API Gateway.',
		'The response leaves the provider VPC through the VPC link, back to API Gateway.',
	],
	apigw: [
		'Back across AWS PrivateLink',
		'API Gateway sends the response back over AWS PrivateLink to the consumer’s execute-api endpoint.',
		'API Gateway returns the response over PrivateLink to the consumer’s execute-api endpoint.',
	],
	vpce: [
		'Back to the client app',
		'The endpoint hands the response back to the client app on its original HTTPS connection.',
		'The endpoint hands the response to the client app in the consumer VPC, on its original HTTPS connection.',
	],
};

/** Every hop of a request and its response along the path a configuration shows, in order. */
export function buildHops(config: Configuration): Hop[] {
	const shown = shownConfiguration(config);
	const requests = shown.pattern === 'private-api' ? privateApiRequests() : backendRequests(shown);
	const replies = shown.pattern === 'private-api' ? PRIVATE_API_REPLIES : BACKEND_REPLIES;
	// The response retraces the whole request, backwards, hop by hop.
	return journey(requests, replies);
}
