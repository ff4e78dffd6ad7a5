import { ACCOUNTS, type Area, type Configuration, type Diagram, type DiagramEdge, type DiagramNode, type Orientation } from './model.ts';
import { shownConfiguration } from './rules.ts';

/**
 * Where everything goes in the drawing of a supported path, in two orientations of the same
 * picture, both small enough to sit on screen with the step panel: `wide` (1,000 units across)
 * puts the consumer account on the left and the provider account on the right; `tall` (560 units
 * across, for a phone) keeps them side by side in two narrow columns, each path running down one
 * column and up the other. Text is 21 units, as in the topology explorer (see
 * explorer/geometry.ts). A connection's label sits on or beside its line where nothing else is;
 * layout.test.ts checks that no box or label overlaps another and that no line runs through a label.
 */

export const PORT = 80;
export const ENDPOINT_ID = 'vpce-0fedcba9876543210';
export const ENDPOINT_SERVICE_NAME = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

type NodeSpec = Omit<DiagramNode, 'x' | 'y'>;
type Anchor = NonNullable<DiagramEdge['labelAt']>['anchor'];

interface Placement {
	width: number;
	height: number;
	areas: Area[];
	/** Centre and, where it differs from the usual 150 units, width of each component. */
	at: Record<string, readonly [x: number, y: number, width?: number]>;
	/** Where the label of the connection `from>to` goes. */
	labels: Record<string, readonly [x: number, y: number, anchor?: Anchor]>;
}

const consumerId = `ID ${ACCOUNTS.consumer.id}`;
const providerId = `ID ${ACCOUNTS.provider.id}`;

export const apiName = (config: Configuration) => (config.via === 'rest-api' ? 'REST API' : 'HTTP API');

/** Where TLS ends: API Gateway, in both patterns; behind it the integrations speak plain HTTP. */
const TLS_ENDS = 'TLS ends here';

function backendNodes(config: Configuration): NodeSpec[] {
	const api = apiName(config);
	return [
		{ id: 'client', zone: 'internet', owner: 'client', label: 'Client', description: 'A caller on the public internet, such as a partner service or a mobile app.' },
		{
			id: 'apigw',
			zone: 'consumer',
			owner: 'aws',
			label: `API Gateway: ${api}`,
			note: TLS_ENDS,
			description: `The ${api} in account ${ACCOUNTS.consumer.id}. API Gateway runs it in AWS-managed infrastructure, outside the consumer VPC, and reaches that VPC only through the VPC link.`,
		},
		{
			id: 'link',
			zone: 'consumer',
			owner: 'vpc',
			label: 'VPC link V2 ENI',
			description: `A network interface that API Gateway manages for the VPC link V2 in a private subnet of the consumer VPC, account ${ACCOUNTS.consumer.id}.`,
		},
		{
			id: 'alb',
			zone: 'consumer',
			owner: 'vpc',
			label: 'Internal ALB',
			description: `An internal Application Load Balancer in account ${ACCOUNTS.consumer.id}. Its listener on port ${PORT} forwards to a target group of type IP whose targets are the interface endpoint's addresses.`,
		},
		{
			id: 'vpce',
			zone: 'consumer',
			owner: 'vpc',
			label: 'Interface endpoint',
			description: `The interface VPC endpoint ${ENDPOINT_ID} that account ${ACCOUNTS.consumer.id} created for the provider's endpoint service: network interfaces with private IP addresses in the consumer VPC's subnets.`,
		},
		{
			id: 'eps',
			zone: 'provider',
			owner: 'other',
			label: 'Endpoint service',
			description: `The VPC endpoint service in account ${ACCOUNTS.provider.id} that offers the provider's Network Load Balancer over AWS PrivateLink. It allows the principal ${ACCOUNTS.consumer.principal}.`,
		},
		{
			id: 'nlb',
			zone: 'provider',
			owner: 'other',
			label: 'Internal NLB',
			description: `An internal Network Load Balancer in the provider VPC, account ${ACCOUNTS.provider.id}, with a TCP listener on port ${PORT}.`,
		},
		{
			id: 'task',
			zone: 'provider',
			owner: 'other',
			label: 'ECS tasks',
			description: `The provider's Amazon ECS service on AWS Fargate, in private subnets of account ${ACCOUNTS.provider.id}, serving HTTP on port ${PORT}.`,
		},
	];
}

function privateApiNodes(): NodeSpec[] {
	return [
		{ id: 'client', zone: 'consumer', owner: 'vpc', label: 'Client app', description: `An application in the consumer VPC of account ${ACCOUNTS.consumer.id}.` },
		{
			id: 'vpce',
			zone: 'consumer',
			owner: 'vpc',
			label: 'execute-api endpoint',
			description: `The consumer's own interface VPC endpoint ${ENDPOINT_ID} for the execute-api service, in account ${ACCOUNTS.consumer.id}, with private DNS turned on.`,
		},
		{
			id: 'apigw',
			zone: 'provider',
			owner: 'aws',
			label: 'Private REST API',
			note: TLS_ENDS,
			description: `The provider's private REST API in account ${ACCOUNTS.provider.id}, run by API Gateway in AWS-managed infrastructure. Its resource policy allows the consumer's endpoint.`,
		},
		{
			id: 'link',
			zone: 'provider',
			owner: 'other',
			label: 'VPC link V2 ENI',
			description: `A network interface that API Gateway manages for the provider's VPC link V2 in a private subnet of the provider VPC.`,
		},
		{
			id: 'alb',
			zone: 'provider',
			owner: 'other',
			label: 'Internal ALB',
			description: `An internal Application Load Balancer in the provider VPC, account ${ACCOUNTS.provider.id}, with an HTTP listener on port ${PORT}.`,
		},
		{
			id: 'task',
			zone: 'provider',
			owner: 'other',
			label: 'ECS tasks',
			description: `The provider's Amazon ECS service on AWS Fargate, in private subnets of account ${ACCOUNTS.provider.id}, serving HTTP on port ${PORT}.`,
		},
	];
}

/** The connections, each with what it carries where that changes: HTTPS to API Gateway, plain HTTP behind it, and AWS PrivateLink between the accounts. */
const HTTPS = 'HTTPS :443';
const HTTP = `HTTP :${PORT}`;
const PRIVATELINK = 'AWS PrivateLink';

const BACKEND_EDGES: Array<Omit<DiagramEdge, 'labelAt'>> = [
	{ from: 'client', to: 'apigw', label: HTTPS },
	{ from: 'apigw', to: 'link', label: HTTP },
	{ from: 'link', to: 'alb' },
	{ from: 'alb', to: 'vpce' },
	{ from: 'vpce', to: 'eps', label: PRIVATELINK, crossing: true },
	{ from: 'eps', to: 'nlb' },
	{ from: 'nlb', to: 'task' },
];

const PRIVATE_API_EDGES: Array<Omit<DiagramEdge, 'labelAt'>> = [
	{ from: 'client', to: 'vpce', label: HTTPS },
	{ from: 'vpce', to: 'apigw', label: PRIVATELINK, crossing: true },
	{ from: 'apigw', to: 'link', label: HTTP },
	{ from: 'link', to: 'alb' },
	{ from: 'alb', to: 'task' },
];

/** The edge that crosses from one account to the other, over AWS PrivateLink in both patterns. */
export const CROSSING_EDGE = { backend: { from: 'vpce', to: 'eps' }, 'private-api': { from: 'vpce', to: 'apigw' } } as const;

const area = (id: string, kind: Area['kind'], label: string, x: number, y: number, width: number, height: number, more: Partial<Area> = {}): Area => ({
	id,
	kind,
	label,
	x,
	y,
	width,
	height,
	...more,
});

const BACKEND: Record<Orientation, Placement> = {
	wide: {
		width: 1000,
		height: 520,
		areas: [
			area('internet', 'internet', 'Internet', 6, 6, 594, 80, { owner: 'client' }),
			area('consumer-account', 'account', 'API account (consumer)', 6, 96, 594, 414, { sublabel: consumerId }),
			area('consumer-managed', 'managed', 'AWS-managed', 20, 166, 566, 120, { owner: 'aws' }),
			area('consumer-vpc', 'vpc', 'Consumer VPC', 20, 298, 566, 202, { owner: 'vpc' }),
			area('provider-account', 'account', 'Provider account', 620, 96, 374, 414, { sublabel: providerId }),
			area('provider-vpc', 'vpc', 'Provider VPC', 634, 166, 346, 258, { owner: 'other' }),
		],
		at: {
			client: [420, 46, 120],
			apigw: [420, 230, 190],
			link: [420, 375],
			alb: [200, 375, 170],
			vpce: [200, 460, 228],
			eps: [820, 460, 210],
			nlb: [820, 350, 170],
			task: [820, 240],
		},
		labels: { 'client>apigw': [420, 130], 'apigw>link': [420, 308], 'vpce>eps': [515, 460] },
	},
	tall: {
		width: 560,
		height: 566,
		areas: [
			area('internet', 'internet', 'Internet', 6, 6, 306, 64, { owner: 'client' }),
			area('consumer-account', 'account', 'API account', 6, 78, 306, 482, { sublabel: consumerId }),
			// Named in three letters: the full name would not leave API Gateway room beside it.
			area('consumer-managed', 'managed', 'AWS', 18, 146, 282, 117, { owner: 'aws' }),
			area('consumer-vpc', 'vpc', 'Consumer VPC', 18, 271, 282, 265, { owner: 'vpc' }),
			area('provider-account', 'account', 'Provider account', 320, 6, 234, 554, { sublabel: providerId }),
			area('provider-vpc', 'vpc', 'Provider VPC', 332, 271, 210, 187, { owner: 'other' }),
		],
		at: {
			client: [200, 38, 120],
			apigw: [200, 204.5, 170],
			link: [200, 345],
			alb: [200, 425, 170],
			vpce: [160, 498, 228],
			eps: [437, 498, 210],
			nlb: [437, 425, 170],
			task: [437, 345],
		},
		labels: { 'client>apigw': [212, 110, 'start'], 'apigw>link': [212, 282, 'start'], 'vpce>eps': [303, 538] },
	},
};

const PRIVATE_API: Record<Orientation, Placement> = {
	wide: {
		width: 1000,
		height: 500,
		areas: [
			area('consumer-account', 'account', 'Consumer account', 6, 6, 394, 488, { sublabel: consumerId }),
			area('consumer-vpc', 'vpc', 'Consumer VPC', 20, 76, 366, 404, { owner: 'vpc' }),
			area('provider-account', 'account', 'Provider account (owns the private API)', 420, 6, 574, 488, { sublabel: providerId }),
			area('provider-managed', 'managed', 'AWS-managed', 434, 76, 546, 186, { owner: 'aws', labelCorner: 'right' }),
			area('provider-vpc', 'vpc', 'Provider VPC', 434, 276, 546, 204, { owner: 'other', labelCorner: 'right' }),
		],
		at: {
			vpce: [270, 200, 170],
			client: [270, 340],
			apigw: [640, 200, 170],
			link: [640, 350],
			alb: [820, 350, 170],
			task: [820, 440],
		},
		labels: { 'client>vpce': [270, 276], 'vpce>apigw': [455, 170], 'apigw>link': [640, 281] },
	},
	tall: {
		width: 560,
		height: 556,
		areas: [
			area('consumer-account', 'account', 'Consumer account', 6, 6, 262, 544, { sublabel: consumerId }),
			area('consumer-vpc', 'vpc', 'Consumer VPC', 18, 76, 238, 462, { owner: 'vpc' }),
			area('provider-account', 'account', 'Provider account', 276, 6, 278, 544, { sublabel: providerId }),
			area('provider-managed', 'managed', 'AWS-managed', 288, 76, 254, 150, { owner: 'aws' }),
			area('provider-vpc', 'vpc', 'Provider VPC', 288, 240, 254, 298, { owner: 'other' }),
		],
		at: {
			vpce: [137, 165, 170],
			client: [137, 340],
			apigw: [458, 165, 166],
			link: [458, 346],
			alb: [458, 425, 166],
			task: [458, 500],
		},
		labels: { 'client>vpce': [149, 275, 'start'], 'vpce>apigw': [298.5, 229], 'apigw>link': [446, 295, 'end'] },
	},
};

function place(specs: NodeSpec[], edges: Array<Omit<DiagramEdge, 'labelAt'>>, placement: Placement): Diagram {
	return {
		width: placement.width,
		height: placement.height,
		areas: placement.areas,
		nodes: specs.map((spec) => {
			const [x, y, width] = placement.at[spec.id]!;
			return { ...spec, x, y, ...(width ? { width } : {}) };
		}),
		edges: edges.map((edge) => {
			const at = placement.labels[`${edge.from}>${edge.to}`];
			return edge.label && at ? { ...edge, labelAt: { x: at[0], y: at[1], anchor: at[2] ?? 'middle' } } : { ...edge };
		}),
	};
}

/** The drawing of the path a configuration shows (for an impossible one, its alternative). */
export function buildDiagram(config: Configuration, orientation: Orientation): Diagram {
	const shown = shownConfiguration(config);
	return shown.pattern === 'private-api'
		? place(privateApiNodes(), PRIVATE_API_EDGES, PRIVATE_API[orientation])
		: place(backendNodes(shown), BACKEND_EDGES, BACKEND[orientation]);
}

/** The drawing of the connection AWS does not allow, with where to mark it as refused. */
export interface BlockedDiagram extends Diagram {
	blocked: { from: string; to: string; label: string; x: number; y: number };
}

export function buildBlockedDiagram(): BlockedDiagram {
	return {
		width: 560,
		height: 330,
		areas: [
			area('consumer-account', 'account', 'API account', 6, 6, 268, 318, { sublabel: consumerId }),
			area('provider-account', 'account', 'Provider account', 286, 6, 268, 318, { sublabel: providerId }),
		],
		nodes: [
			{ id: 'apigw', zone: 'consumer', owner: 'aws', label: 'REST or HTTP API', description: `An API in account ${ACCOUNTS.consumer.id}.`, x: 140, y: 130, width: 170 },
			{ id: 'link', zone: 'consumer', owner: 'vpc', label: 'VPC link V2', description: `A VPC link in account ${ACCOUNTS.consumer.id}.`, x: 140, y: 250, width: 170 },
			{ id: 'nlb', zone: 'provider', owner: 'other', label: 'Internal NLB', description: `A load balancer in account ${ACCOUNTS.provider.id}.`, x: 420, y: 250, width: 170 },
		],
		edges: [{ from: 'apigw', to: 'link' }],
		blocked: { from: 'link', to: 'nlb', label: 'Not allowed', x: 280, y: 300 },
	};
}
