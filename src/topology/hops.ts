import { withBase } from '../utils/base.ts';
import { hop, journey, type HopDraft, type ReplyWords } from '../utils/hop-journey.ts';
import { REST_BACKEND_PATH, REST_PATH_CAVEAT, REST_PATH_NOTE } from '../utils/rest-backend-path.ts';
import type { Configuration, Hop, Packet } from './model.ts';
import { SOURCES } from './sources.ts';
import { APP_PORT, LISTENER_PORT, loadBalancerName, targetName } from './topology.ts';

/**
 * The journey of one request and its response through a supported configuration, hop by hop,
 * with what the traffic looks like on each. Example values: API id a1b2c3d4e5 in us-east-1,
 * stage `prod`, route `/orders`, and (REST) an integration uri on orders.internal.example.com.
 */

const API_HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const STAGE_PATH = '/prod/orders';
const BACKEND_HOST = 'orders.internal.example.com';
/**
 * A private API's TLS, with what "by default" leaves out. The client's TLS session runs through the
 * interface endpoint to API Gateway, so both hops there, and both back, show the same.
 */
const PRIVATE_API_TLS = 'TLS 1.2 or 1.3 by default';
const PRIVATE_API_TLS_NOTE = 'An enhanced SecurityPolicy_ policy on the API can require TLS 1.3.';

const CHAPTER_1 = withBase('chapters/01-mastering-private-integrations/');
const CHAPTER_2 = withBase('chapters/02-http-api-private-integrations/');
const CHAPTER_3 = withBase('chapters/03-rest-api-private-integrations/');
/** A link to the section that explains a hop in depth: chapter 1 for concepts, 2 and 3 for each API type's details. */
const learn = (anchor: string, label: string, chapter = CHAPTER_1) => ({ label, href: `${chapter}#${anchor}` });

/** What every hop inside your VPC has in common for this configuration. */
function backendLeg(config: Configuration) {
	const rest = config.api === 'rest';
	return {
		// HTTP APIs: no AWS page states which Host header reaches the backend, so none is shown.
		host: rest ? BACKEND_HOST : undefined,
		path: rest ? REST_BACKEND_PATH : STAGE_PATH,
		/** The path's caveat, on every hop that shows the path. */
		note: rest ? REST_PATH_CAVEAT : 'The stage name stays in the path; map overwrite:path to $request.path to send /orders.',
		/** The path's caveat in full, for the detail of the hop into the VPC. */
		stageNote: rest ? REST_PATH_NOTE : 'The stage name stays in the backend path: to send /orders instead, map overwrite:path to $request.path in the integration.',
		/** How HTTPS would change this plain-HTTP leg, for the same detail. */
		tlsNote: rest
			? 'The request is plain HTTP by default. For HTTPS, give the integration an https:// uri whose host name matches the certificate; API Gateway speaks only TLS 1.2 to backends, so the listener must accept TLS 1.2.'
			: 'The request is plain HTTP by default. For HTTPS, set tlsConfig.serverNameToVerify; API Gateway checks it against the certificate and sends it as SNI.',
		sources: rest ? [SOURCES.restPrivateIntegrations, SOURCES.restHttpIntegrations, SOURCES.securityPoliciesList] : [SOURCES.httpPrivateIntegrations, SOURCES.httpParameterMapping],
	};
}

function clientHops(config: Configuration): HopDraft[] {
	if (config.client === 'public') {
		return [
			hop(
				'request',
				'client',
				'apigw',
				'The client calls the API',
				'The client sends its HTTPS request for /prod/orders to the API’s public execute-api endpoint on port 443.',
				'The request goes over HTTPS to the API’s execute-api endpoint. The path starts with the stage name. API Gateway authorizes and throttles the request before it goes anywhere near your VPC.',
				{
					source: 'Client (public IP address)',
					destination: 'API Gateway endpoint',
					port: '443',
					protocol: 'HTTPS',
					host: API_HOST,
					path: STAGE_PATH,
					tls: 'Yes: HTTPS to API Gateway',
				},
				learn('what-is-a-private-integration', 'What is a private integration?'),
				[config.api === 'rest' ? SOURCES.restPrivateIntegrations : SOURCES.httpPrivateIntegrations],
			),
		];
	}
	return [
		hop(
			'request',
			'client',
			'vpce',
			'The client calls the private API through its VPC endpoint',
			'The client app’s HTTPS request goes to a private IP address of the execute-api endpoint in its own VPC.',
			'With private DNS turned on for the endpoint, the API’s usual execute-api host name resolves to the endpoint’s private IP addresses, so the request never leaves private addresses. The API’s default TLS_1_2 security policy accepts TLS 1.2 or 1.3; an enhanced SecurityPolicy_ policy can require TLS 1.3.',
			{
				source: 'Client app (private IP, consumer VPC)',
				destination: 'execute-api endpoint (private IP)',
				port: '443',
				protocol: 'HTTPS',
				host: API_HOST,
				path: STAGE_PATH,
				tls: PRIVATE_API_TLS,
				note: PRIVATE_API_TLS_NOTE,
			},
			learn('private-api-rules', 'Private API rules'),
			[SOURCES.privateApis, SOURCES.securityPoliciesList, SOURCES.securityPolicies],
		),
		hop(
			'request',
			'vpce',
			'apigw',
			'Over AWS PrivateLink to API Gateway',
			'The endpoint carries the request over AWS PrivateLink to API Gateway, where the API’s resource policy must allow it.',
			'The endpoint carries the request over PrivateLink to API Gateway. The API’s resource policy decides whether calls through this endpoint are allowed, usually with the aws:SourceVpce or aws:SourceVpc condition key.',
			{
				source: 'execute-api endpoint',
				destination: 'Private REST API',
				port: '443',
				protocol: 'HTTPS',
				host: API_HOST,
				path: STAGE_PATH,
				tls: PRIVATE_API_TLS,
				note: PRIVATE_API_TLS_NOTE,
			},
			learn('private-apis-versus-private-integrations', 'Private APIs versus private integrations'),
			[SOURCES.privateApis],
		),
	];
}

function cloudMapHops(): HopDraft[] {
	// A call API Gateway makes to another AWS service: no listener or TLS setting of yours is involved.
	const aws = { port: 'Not applicable', protocol: 'AWS API', tls: 'Not applicable' } as const;
	return [
		hop(
			'request',
			'apigw',
			'cloudmap',
			'API Gateway asks Cloud Map for instances',
			'API Gateway calls Cloud Map’s DiscoverInstances to learn the address and port of each instance registered in the service.',
			'The integration’s IntegrationUri is the ARN of the Cloud Map service. API Gateway calls DiscoverInstances, filtered by any query parameters in that URI, to learn the IP address and port of each registered instance. This is a call API Gateway makes to another AWS service, so no listener port or TLS setting of yours applies to it.',
			{ source: 'API Gateway', destination: 'AWS Cloud Map: DiscoverInstances', ...aws },
			learn('an-aws-cloud-map-service', 'An AWS Cloud Map service', CHAPTER_2),
			[SOURCES.httpPrivateIntegrations, SOURCES.discoverInstances],
		),
		hop(
			'request',
			'cloudmap',
			'apigw',
			'Cloud Map returns the instances',
			'Cloud Map answers with the matching instances in random order, and API Gateway picks one to send the request to.',
			'DiscoverInstances returns the matching instances in random order, which spreads requests across them. API Gateway picks one and sends the request to its address through the VPC link.',
			{ source: 'AWS Cloud Map', destination: 'API Gateway', ...aws },
			learn('an-aws-cloud-map-service', 'An AWS Cloud Map service', CHAPTER_2),
			[SOURCES.discoverInstances],
		),
	];
}

function integrationSummary(config: Configuration): string {
	if (config.link === 'v1') {
		return 'The integration has connection type VPC_LINK and the V1 link’s ID as connectionId. That link is a VPC endpoint service that API Gateway created in front of your NLB, so the request crosses AWS PrivateLink into your VPC.';
	}
	if (config.api === 'rest') {
		return 'The method’s integration is HTTP_PROXY with connection type VPC_LINK: connectionId is the V2 link’s ID, and integrationTarget is the ARN of the load balancer itself, not of a listener. The uri does not choose the load balancer, but it still supplies the scheme, port and path template of the backend request, with {proxy} and other placeholders filled in, and its host name becomes the Host header and, for HTTPS, the TLS server name.';
	}
	if (config.target === 'cloudmap') {
		return 'The request goes through the VPC link V2 named by the integration’s ConnectionId, to the instance address Cloud Map returned.';
	}
	return 'The route’s integration is HTTP_PROXY with connection type VPC_LINK: ConnectionId is the V2 link’s ID, and IntegrationUri is the ARN of the load balancer’s listener.';
}

/** The load balancer's usual abbreviation, where its full name would not fit a short packet field or summary. */
const shortLoadBalancerName = (config: Configuration) => (config.target === 'alb' ? 'ALB' : 'NLB');

/** The hop into a V2 link in one sentence: what API Gateway sends, and where the integration points it. */
function intoLinkSummary(config: Configuration): string {
	if (config.target === 'cloudmap') {
		return `API Gateway sends the plain HTTP request into the VPC link, addressed to the ${targetName(config)} that Cloud Map returned.`;
	}
	const lb = shortLoadBalancerName(config);
	return config.api === 'rest'
		? `API Gateway builds the backend request from the uri and sends it into the VPC link, toward the ${lb} in integrationTarget.`
		: `API Gateway sends the plain HTTP request into the VPC link, toward the ${lb} listener named in the integration’s IntegrationUri.`;
}

function vpcHops(config: Configuration): HopDraft[] {
	const leg = backendLeg(config);
	const target = targetName(config);
	const onWire = (source: string, destination: string, port: number): Packet => ({
		source,
		destination,
		port: String(port),
		protocol: 'HTTP',
		host: leg.host,
		path: leg.path,
		tls: 'None: plain HTTP',
		note: leg.note,
	});
	const lbName = loadBalancerName(config);
	const lbShort = shortLoadBalancerName(config);
	const listener = `${lbName} ${config.target === 'alb' ? 'HTTP' : 'TCP'} listener`;
	const hops: HopDraft[] = [];

	if (config.link === 'v1') {
		hops.push(
			hop(
				'request',
				'apigw',
				'eps',
				'Over AWS PrivateLink to your endpoint service',
				'API Gateway sends the request over AWS PrivateLink to the endpoint service that the V1 link put in front of your NLB.',
				`${integrationSummary(config)} ${leg.stageNote} ${leg.tlsNote}`,
				onWire('API Gateway (AWS-managed)', 'VPC endpoint service of your NLB', LISTENER_PORT),
				learn('the-legacy-path-vpc-link-v1', 'The legacy path: VPC link V1', CHAPTER_3),
				[SOURCES.whitepaperRest, SOURCES.createVpcLinkV1, ...leg.sources],
			),
			hop(
				'request',
				'eps',
				'lb',
				'The endpoint service delivers to the NLB',
				`The endpoint service hands the connection to the NLB’s TCP listener on port ${LISTENER_PORT}.`,
				`Traffic through the endpoint service arrives at the Network Load Balancer's TCP listener. The NLB forwards the connection to its target group without reading the HTTP inside.`,
				onWire('AWS PrivateLink (the endpoint service)', listener, LISTENER_PORT),
				learn('aws-privatelink-endpoints-and-endpoint-services', 'AWS PrivateLink'),
				[SOURCES.whitepaperRest],
			),
		);
	} else {
		hops.push(
			hop(
				'request',
				'apigw',
				'eni-a',
				'API Gateway hands the request to the VPC link',
				intoLinkSummary(config),
				`${integrationSummary(config)} ${leg.stageNote} ${leg.tlsNote}`,
				config.target === 'cloudmap'
					? onWire('API Gateway (AWS-managed)', `${target}, via the VPC link`, APP_PORT)
					: onWire('API Gateway (AWS-managed)', `${lbShort} listener, via the VPC link`, LISTENER_PORT),
				config.api === 'rest'
					? learn('the-integration-integrationtarget-and-uri', 'The integration: integrationTarget and uri', CHAPTER_3)
					: learn('fields-of-an-http_proxy-private-integration', 'Fields of an HTTP_PROXY private integration', CHAPTER_2),
				[...(config.api === 'rest' ? [SOURCES.restSetUpV2, SOURCES.putIntegration] : [SOURCES.httpPrivateIntegrations]), ...leg.sources],
			),
		);
		if (config.target === 'cloudmap') {
			hops.push(
				hop(
					'request',
					'eni-a',
					'target-a',
					`The link’s network interface connects to the ${target}`,
					`The VPC link’s network interface opens a connection straight to the ${target} on port ${APP_PORT}, with no load balancer in between.`,
					`The connection starts at the VPC link’s network interface in your subnet and goes straight to the instance, with no load balancer in between. The ${target}’s security group must allow the link’s security group.`,
					onWire('VPC link ENI (private IP in subnet A)', `${target} in subnet A`, APP_PORT),
					learn('an-aws-cloud-map-service', 'An AWS Cloud Map service', CHAPTER_2),
					[SOURCES.vpcLinksV2, SOURCES.sampleRestV2],
				),
			);
		} else {
			hops.push(
				hop(
					'request',
					'eni-a',
					'lb',
					'The link’s network interface connects to the listener',
					`The VPC link’s network interface opens a connection to the ${lbShort}’s listener on port ${LISTENER_PORT}.`,
					config.target === 'alb'
						? 'The connection to the load balancer starts at the VPC link’s network interface in your subnet, so the ALB’s security group must allow the link’s security group. The ALB reads the request and matches its listener rules (path, host, headers) to pick a target group.'
						: 'The connection to the load balancer starts at the VPC link’s network interface in your subnet. The NLB forwards the TCP connection to its target group without reading the HTTP inside.',
					onWire('VPC link ENI (private IP in subnet A)', listener, LISTENER_PORT),
					learn('security-groups-which-rules-matter', 'Security groups: which rules matter', CHAPTER_2),
					[SOURCES.vpcLinksV2, SOURCES.sampleRestV2],
				),
			);
		}
	}

	if (config.target !== 'cloudmap') {
		// Why this leg's TLS is what it is: the ALB ends the link's connection and opens its own to
		// the target; an NLB's TCP listener passes the link's bytes through.
		const onward =
			config.target === 'alb'
				? 'The ALB ends the connection the link opened and opens a new one to the target, in plain HTTP because the target group uses HTTP; with an HTTPS target group, that new connection uses TLS.'
				: 'The NLB’s TCP listener passes the link’s connection through as it is, so if the integration used HTTPS, its TLS would run on to the target. Whether the target sees the NLB’s address or the caller’s depends on client IP preservation.';
		hops.push(
			hop(
				'request',
				'lb',
				'target-a',
				`The load balancer forwards to an ${target}`,
				config.target === 'alb'
					? `The ALB matches its listener rules and sends the request on to a healthy ${target} on port ${APP_PORT}.`
					: `The NLB passes the TCP connection on to a healthy ${target} on port ${APP_PORT}.`,
				`${config.compute === 'ecs' ? 'The ECS service registers its tasks in the target group' : 'The EC2 instances are registered in the target group'}, with the application port. The load balancer picks a healthy target in either Availability Zone; this walk-through follows zone A. The target’s security group should allow only the load balancer’s security group. ${onward}`,
				onWire(config.target === 'alb' ? 'Application Load Balancer (private IP)' : 'Network Load Balancer', `${target} in subnet A`, APP_PORT),
				learn('security-groups-which-rules-matter', 'Security groups: which rules matter', CHAPTER_2),
				[config.target === 'alb' ? SOURCES.albSecurityGroups : SOURCES.nlbSecurityGroups],
			),
		);
	}
	return hops;
}

/** What each response hop says, by the component that sends it: the one its request hop reached. */
const REPLIES: Record<string, ReplyWords> = {
	'target-a': [
		'The application responds',
		'The application sends its HTTP response back over the connection the request came in on.',
		'The response goes back over the same connection it arrived on.',
	],
	lb: [
		'The load balancer returns the response',
		'The load balancer passes the response back along the connection the VPC link opened.',
		'The load balancer sends the response back over the connection the VPC link opened.',
	],
	'eni-a': [
		'Back through the VPC link',
		'The response leaves your VPC through the VPC link’s network interface and returns to API Gateway.',
		'The response leaves your VPC through the VPC link, back to API Gateway.',
	],
	eps: [
		'Back over AWS PrivateLink',
		'The response goes back through the endpoint service and over AWS PrivateLink to API Gateway.',
		'The response returns through the endpoint service, over PrivateLink, to API Gateway.',
	],
	// The client's own connection: for a private API, the TLS policy note still holds on the way back.
	apigw: [
		'API Gateway answers the client',
		'API Gateway sends the response back to the client on the client’s original HTTPS connection.',
		'API Gateway returns the response on the client’s original HTTPS connection.',
		{ keepNote: true },
	],
	vpce: [
		'Back to the client app',
		'The endpoint hands the response back to the client app inside the consumer VPC.',
		'The endpoint hands the response to the client in the consumer VPC.',
		{ keepNote: true },
	],
};

/** Every hop of a request and its response through a supported configuration, in order. */
export function buildHops(config: Configuration): Hop[] {
	const requests = [...clientHops(config), ...(config.target === 'cloudmap' ? cloudMapHops() : []), ...vpcHops(config)];
	// The response retraces the request's data path, backwards, hop by hop; Cloud Map lookups are not part of it.
	return journey(
		requests,
		REPLIES,
		requests.filter((h) => h.from !== 'cloudmap' && h.to !== 'cloudmap'),
	);
}
