import {
	ACCOUNTS,
	type Area,
	type Configuration,
	type Diagram,
	type DiagramEdge,
	type DiagramNode,
	type DiagramNote,
	type Orientation,
} from './model.ts';
import { shownConfiguration } from './rules.ts';

/**
 * Where everything goes in the drawing of a supported path. Two orientations of the same drawing:
 * `wide` puts the consumer account on the left and the provider account on the right; `tall`
 * stacks them, consumer above provider, so the labels stay readable on a phone.
 */

export const PORT = 80;
export const ENDPOINT_ID = 'vpce-0fedcba9876543210';
export const ENDPOINT_SERVICE_NAME = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';

type NodeSpec = Omit<DiagramNode, 'x' | 'y'>;
type Point = readonly [number, number];

interface Placement {
	width: number;
	height: number;
	areas: Area[];
	at: Record<string, Point>;
	crossing: NonNullable<DiagramEdge['crossing']>;
	notes: DiagramNote[];
}

const consumerId = `Account ID ${ACCOUNTS.consumer.id}`;
const providerId = `Account ID ${ACCOUNTS.provider.id}`;

export const apiName = (config: Configuration) => (config.via === 'rest-api' ? 'REST API' : 'HTTP API');

function backendNodes(config: Configuration): NodeSpec[] {
	const api = apiName(config);
	return [
		{ id: 'client', zone: 'internet', label: 'Client', description: 'A caller on the public internet, such as a partner service or a mobile app.' },
		{
			id: 'apigw',
			zone: 'consumer',
			label: `API Gateway: ${api}`,
			description: `The ${api} in account ${ACCOUNTS.consumer.id}. API Gateway runs it in AWS-managed infrastructure, outside the consumer VPC, and reaches that VPC only through the VPC link.`,
		},
		{
			id: 'link',
			zone: 'consumer',
			label: 'VPC link V2 ENI',
			description: `A network interface that API Gateway manages for the VPC link V2 in a private subnet of the consumer VPC, account ${ACCOUNTS.consumer.id}.`,
		},
		{
			id: 'alb',
			zone: 'consumer',
			label: 'Internal ALB',
			description: `An internal Application Load Balancer in account ${ACCOUNTS.consumer.id}. Its listener on port ${PORT} forwards to a target group of type IP whose targets are the interface endpoint's addresses.`,
		},
		{
			id: 'vpce',
			zone: 'consumer',
			label: 'Interface endpoint ENIs',
			description: `The interface VPC endpoint ${ENDPOINT_ID} that account ${ACCOUNTS.consumer.id} created for the provider's endpoint service: network interfaces with private IP addresses in the consumer VPC's subnets.`,
		},
		{
			id: 'eps',
			zone: 'provider',
			label: 'Endpoint service',
			description: `The VPC endpoint service in account ${ACCOUNTS.provider.id} that offers the provider's Network Load Balancer over AWS PrivateLink. It allows the principal ${ACCOUNTS.consumer.principal}.`,
		},
		{
			id: 'nlb',
			zone: 'provider',
			label: 'Internal NLB',
			description: `An internal Network Load Balancer in the provider VPC, account ${ACCOUNTS.provider.id}, with a TCP listener on port ${PORT}.`,
		},
		{
			id: 'task',
			zone: 'provider',
			label: 'ECS tasks',
			description: `The provider's Amazon ECS service on AWS Fargate, in private subnets of account ${ACCOUNTS.provider.id}, serving HTTP on port ${PORT}.`,
		},
	];
}

function privateApiNodes(): NodeSpec[] {
	return [
		{ id: 'client', zone: 'consumer', label: 'Client app', description: `An application in the consumer VPC of account ${ACCOUNTS.consumer.id}.` },
		{
			id: 'vpce',
			zone: 'consumer',
			label: 'execute-api endpoint',
			description: `The consumer's own interface VPC endpoint ${ENDPOINT_ID} for the execute-api service, in account ${ACCOUNTS.consumer.id}, with private DNS turned on.`,
		},
		{
			id: 'apigw',
			zone: 'provider',
			label: 'Private REST API',
			description: `The provider's private REST API in account ${ACCOUNTS.provider.id}, run by API Gateway in AWS-managed infrastructure. Its resource policy allows the consumer's endpoint.`,
		},
		{
			id: 'link',
			zone: 'provider',
			label: 'VPC link V2 ENI',
			description: `A network interface that API Gateway manages for the provider's VPC link V2 in a private subnet of the provider VPC.`,
		},
		{
			id: 'alb',
			zone: 'provider',
			label: 'Internal ALB',
			description: `An internal Application Load Balancer in the provider VPC, account ${ACCOUNTS.provider.id}, with an HTTP listener on port ${PORT}.`,
		},
		{
			id: 'task',
			zone: 'provider',
			label: 'ECS tasks',
			description: `The provider's Amazon ECS service on AWS Fargate, in private subnets of account ${ACCOUNTS.provider.id}, serving HTTP on port ${PORT}.`,
		},
	];
}

const BACKEND_EDGES: Array<Omit<DiagramEdge, 'crossing'>> = [
	{ from: 'client', to: 'apigw' },
	{ from: 'apigw', to: 'link' },
	{ from: 'link', to: 'alb' },
	{ from: 'alb', to: 'vpce' },
	{ from: 'vpce', to: 'eps' },
	{ from: 'eps', to: 'nlb' },
	{ from: 'nlb', to: 'task' },
];

const PRIVATE_API_EDGES: Array<Omit<DiagramEdge, 'crossing'>> = [
	{ from: 'client', to: 'vpce' },
	{ from: 'vpce', to: 'apigw' },
	{ from: 'apigw', to: 'link' },
	{ from: 'link', to: 'alb' },
	{ from: 'alb', to: 'task' },
];

/** The edge that crosses from one account to the other, over AWS PrivateLink in both patterns. */
export const CROSSING_EDGE = { backend: { from: 'vpce', to: 'eps' }, 'private-api': { from: 'vpce', to: 'apigw' } } as const;

const area = (id: string, kind: Area['kind'], label: string, x: number, y: number, width: number, height: number, sublabel?: string): Area => ({
	id,
	kind,
	label,
	x,
	y,
	width,
	height,
	...(sublabel ? { sublabel } : {}),
});

const BACKEND: Record<Orientation, Placement> = {
	wide: {
		width: 1000,
		height: 700,
		areas: [
			area('internet', 'internet', 'Internet', 10, 10, 480, 100),
			area('consumer-account', 'account', 'API account (consumer)', 10, 125, 480, 565, consumerId),
			area('consumer-managed', 'managed', 'AWS-managed', 25, 185, 450, 95),
			area('consumer-vpc', 'vpc', 'Consumer VPC', 25, 295, 450, 380),
			area('provider-account', 'account', 'Provider account', 510, 125, 480, 565, providerId),
			area('provider-vpc', 'vpc', 'Provider VPC', 525, 295, 450, 250),
		],
		at: { client: [250, 60], apigw: [250, 232], link: [250, 370], alb: [250, 490], vpce: [250, 615], eps: [750, 615], nlb: [750, 490], task: [750, 370] },
		crossing: { label: 'AWS PrivateLink', x: 500, y: 598, anchor: 'middle' },
		notes: [{ x: 750, y: 222, lines: ['The endpoint service allows', ACCOUNTS.consumer.principal] }],
	},
	tall: {
		width: 420,
		height: 1120,
		areas: [
			area('internet', 'internet', 'Internet', 10, 10, 400, 90),
			area('consumer-account', 'account', 'API account (consumer)', 10, 115, 400, 565, consumerId),
			area('consumer-managed', 'managed', 'AWS-managed', 25, 180, 370, 90),
			area('consumer-vpc', 'vpc', 'Consumer VPC', 25, 285, 370, 380),
			area('provider-account', 'account', 'Provider account', 10, 700, 400, 410, providerId),
			area('provider-vpc', 'vpc', 'Provider VPC', 25, 855, 370, 240),
		],
		at: { client: [255, 55], apigw: [255, 225], link: [255, 360], alb: [255, 470], vpce: [255, 590], eps: [255, 800], nlb: [255, 925], task: [255, 1030] },
		crossing: { label: 'AWS PrivateLink', x: 245, y: 694, anchor: 'end' },
		notes: [],
	},
};

const PRIVATE_API: Record<Orientation, Placement> = {
	wide: {
		width: 1000,
		height: 600,
		areas: [
			area('consumer-account', 'account', 'Consumer account', 10, 10, 480, 580, consumerId),
			area('consumer-vpc', 'vpc', 'Consumer VPC', 25, 75, 450, 500),
			area('provider-account', 'account', 'Provider account (owns the private API)', 510, 10, 480, 580, providerId),
			area('provider-managed', 'managed', 'AWS-managed', 525, 75, 450, 150),
			area('provider-vpc', 'vpc', 'Provider VPC', 525, 240, 450, 335),
		],
		at: { vpce: [250, 130], client: [250, 400], apigw: [750, 130], link: [750, 320], alb: [750, 430], task: [750, 530] },
		crossing: { label: 'AWS PrivateLink', x: 500, y: 152, anchor: 'middle' },
		notes: [{ x: 750, y: 192, lines: ['Its resource policy allows', ENDPOINT_ID] }],
	},
	tall: {
		width: 420,
		height: 920,
		areas: [
			area('consumer-account', 'account', 'Consumer account', 10, 10, 400, 335, consumerId),
			area('consumer-vpc', 'vpc', 'Consumer VPC', 25, 75, 370, 255),
			area('provider-account', 'account', 'Provider account', 10, 365, 400, 545, providerId),
			area('provider-managed', 'managed', 'AWS-managed', 25, 430, 370, 100),
			area('provider-vpc', 'vpc', 'Provider VPC', 25, 545, 370, 350),
		],
		at: { client: [255, 150], vpce: [255, 265], apigw: [255, 480], link: [255, 620], alb: [255, 735], task: [255, 845] },
		crossing: { label: 'AWS PrivateLink', x: 245, y: 359, anchor: 'end' },
		notes: [],
	},
};

function place(specs: NodeSpec[], edges: Array<Omit<DiagramEdge, 'crossing'>>, crossingEdge: { from: string; to: string }, placement: Placement): Diagram {
	return {
		width: placement.width,
		height: placement.height,
		areas: placement.areas,
		nodes: specs.map((spec) => {
			const [x, y] = placement.at[spec.id]!;
			return { ...spec, x, y };
		}),
		edges: edges.map((edge) =>
			edge.from === crossingEdge.from && edge.to === crossingEdge.to ? { ...edge, crossing: placement.crossing } : { ...edge },
		),
		notes: placement.notes,
	};
}

/** The drawing of the path a configuration shows (for an impossible one, its alternative). */
export function buildDiagram(config: Configuration, orientation: Orientation): Diagram {
	const shown = shownConfiguration(config);
	return shown.pattern === 'private-api'
		? place(privateApiNodes(), PRIVATE_API_EDGES, CROSSING_EDGE['private-api'], PRIVATE_API[orientation])
		: place(backendNodes(shown), BACKEND_EDGES, CROSSING_EDGE.backend, BACKEND[orientation]);
}

/** The small drawing of the connection AWS does not allow, with where to mark it as refused. */
export interface BlockedDiagram extends Diagram {
	blocked: { from: string; to: string; label: string; x: number; y: number };
}

export function buildBlockedDiagram(): BlockedDiagram {
	return {
		width: 420,
		height: 300,
		areas: [
			area('consumer-account', 'account', 'API account', 10, 10, 195, 280, ACCOUNTS.consumer.id),
			area('provider-account', 'account', 'Provider account', 215, 10, 195, 280, ACCOUNTS.provider.id),
		],
		nodes: [
			{ id: 'apigw', zone: 'consumer', label: 'REST or HTTP API', description: `An API in account ${ACCOUNTS.consumer.id}.`, x: 107.5, y: 125 },
			{ id: 'link', zone: 'consumer', label: 'VPC link V2', description: `A VPC link in account ${ACCOUNTS.consumer.id}.`, x: 107.5, y: 225 },
			{ id: 'nlb', zone: 'provider', label: 'Internal NLB', description: `A load balancer in account ${ACCOUNTS.provider.id}.`, x: 312.5, y: 225 },
		],
		edges: [{ from: 'apigw', to: 'link' }],
		notes: [],
		blocked: { from: 'link', to: 'nlb', label: 'Not allowed', x: 210, y: 278 },
	};
}
