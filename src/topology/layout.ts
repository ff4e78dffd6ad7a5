import type { Area, Configuration, Orientation, Topology, TopologyEdge, TopologyNode } from './model.ts';
import { crossedConnections } from './rules.ts';
import { edgeSpecs, nodeSpecs, type NodeSpec } from './topology.ts';

/**
 * Where the drawing of a configuration puts everything, in two orientations of the same picture:
 * `wide` runs left to right (caller, AWS-managed, your VPC with zone A above zone B) for a desktop
 * column; `tall` runs top to bottom (zone A left of zone B) so a phone never scrolls it sideways.
 * Text is 21 units: at least 13 CSS px in a 632px chapter column (wide, 1,000 units) and on a
 * 358px phone (tall, 560 units). A connection's label sits on or beside its line where no
 * component is (the middle row between the zones, wide; the middle column, tall); layout.test.ts
 * checks that no box, label or area name overlaps another.
 */

type Anchor = NonNullable<TopologyEdge['labelAt']>['anchor'];

interface Placement {
	width: number;
	height: number;
	areas: Area[];
	/** Centre and, where it differs from the usual, width of each component. */
	at: Record<string, readonly [x: number, y: number, width?: number]>;
	/** Where the label of the connection `from>to` goes. */
	labels: Record<string, readonly [x: number, y: number, anchor?: Anchor]>;
}

const zone = (id: string, label: string, owner: Area['owner'], x: number, y: number, width: number, height: number): Area => ({
	id,
	label,
	kind: 'zone',
	owner,
	x,
	y,
	width,
	height,
});
const area = (id: string, label: string, kind: 'az' | 'subnet', x: number, y: number, width: number, height: number, labelCorner?: Area['labelCorner']): Area => ({
	id,
	label,
	kind,
	x,
	y,
	width,
	height,
	...(labelCorner ? { labelCorner } : {}),
});

const callerLabel = (config: Configuration) => (config.client === 'vpc' ? 'Consumer VPC' : 'Internet');

function wide(config: Configuration): Placement {
	const vpcClient = config.client === 'vpc';
	const targetWidth = config.compute === 'ec2' ? 160 : 150;
	return {
		width: 1000,
		height: 500,
		areas: [
			zone('caller', callerLabel(config), 'client', 6, 6, 154, 488),
			zone('aws', 'AWS-managed', 'aws', 170, 6, 180, 488),
			zone('vpc', 'Your VPC', 'vpc', 360, 6, 634, 488),
			area('az-a', 'Availability Zone A', 'az', 372, 44, 610, 206),
			area('az-b', 'Availability Zone B', 'az', 372, 274, 610, 208),
			area('subnet-a', 'Private subnet A', 'subnet', 384, 78, 586, 164),
			// At the foot: the line from zone B's interface to the load balancer leaves its top corner.
			area('subnet-b', 'Private subnet B', 'subnet', 384, 308, 586, 166, 'bottom-left'),
		],
		at: {
			client: vpcClient ? [83, 120, 120] : [83, 262, 100],
			vpce: [83, 262, 140],
			apigw: [260, 262, 160],
			cloudmap: [260, 110, 150],
			'eni-a': [470, 160, 120],
			'eni-b': [470, 392, 120],
			eps: [530, 262, 150],
			lb: [690, 262, 150],
			'target-a': [895, 160, targetWidth],
			'target-b': [895, 392, targetWidth],
		},
		labels: {
			'client>apigw': [165, 327],
			'client>vpce': [83, 193],
			'vpce>apigw': [165, 345],
			'apigw>eni-a': [410, 262],
			'apigw>eps': [398, 262],
			'apigw>cloudmap': [264, 186],
			'eni-a>lb': [555, 262],
			'eni-a>target-a': [680, 262],
			'lb>target-a': [880, 262],
		},
	};
}

function tall(config: Configuration): Placement {
	const vpcClient = config.client === 'vpc';
	const cloudMap = config.target === 'cloudmap';
	const targetWidth = config.compute === 'ec2' ? 170 : 150;
	// The caller and AWS-managed side by side on top; your VPC below, from y0 down. A client in a
	// VPC stacks the app above its endpoint. Cloud Map sits above API Gateway, out of the way of
	// the lines that fan out from API Gateway into your VPC.
	const top = vpcClient ? 224 : cloudMap ? 220 : 118;
	const y0 = top + 10;
	const apigwY = vpcClient ? 164 : cloudMap ? 160 : 62;
	return {
		width: 560,
		height: y0 + 430,
		areas: [
			zone('caller', callerLabel(config), 'client', 6, 6, 170, top - 6),
			zone('aws', 'AWS-managed', 'aws', 184, 6, 370, top - 6),
			zone('vpc', 'Your VPC', 'vpc', 6, y0, 548, 424),
			// Short names, in the corners the lines from API Gateway leave free: the full ones
			// would not fit between those lines and the edges of a zone this narrow.
			area('az-a', 'Zone A', 'az', 16, y0 + 40, 258, 378, 'left'),
			area('az-b', 'Zone B', 'az', 286, y0 + 40, 258, 378, 'right'),
			area('subnet-a', 'Subnet A', 'subnet', 26, y0 + 74, 238, 334, 'left'),
			area('subnet-b', 'Subnet B', 'subnet', 296, y0 + 74, 238, 334, 'right'),
		],
		at: {
			client: vpcClient ? [91, 66, 140] : [91, cloudMap ? 160 : 70, 110],
			vpce: [91, 164, 140],
			apigw: vpcClient ? [420, apigwY, 210] : [438, apigwY, 176],
			cloudmap: vpcClient ? [424, 48, 150] : [466, 45, 150],
			'eni-a': [145, y0 + 150, 130],
			'eni-b': [415, y0 + 150, 130],
			eps: [280, y0 + 150, 170],
			lb: [280, y0 + 262, 170],
			'target-a': [135, y0 + 362, targetWidth],
			'target-b': [425, y0 + 362, targetWidth],
		},
		labels: {
			'client>apigw': [244, cloudMap ? 160 : 66],
			'client>vpce': [91, 112],
			'vpce>apigw': [238, 164],
			'apigw>eni-a': [300, y0 + 22],
			'apigw>eps': [300, y0 + 22],
			'apigw>cloudmap': vpcClient ? [424, 99.5] : [426, 96, 'end'],
			// Left of its line: the line from zone B's interface meets the load balancer beside it.
			'eni-a>lb': [185, y0 + 205, 'end'],
			'eni-a>target-a': [280, y0 + 260],
			'lb>target-a': [280, y0 + 318],
		},
	};
}

const PLACEMENTS: Record<Orientation, (config: Configuration) => Placement> = { wide, tall };

/**
 * The drawing of `config` in one orientation: supported or not, with any impossible connection
 * crossed out, and each component's sentence from `descriptions` (descriptions.ts) when given.
 */
export function buildTopology(config: Configuration, orientation: Orientation = 'wide', descriptions?: Record<string, string>): Topology {
	const placement = PLACEMENTS[orientation](config);
	const crossed = new Set(crossedConnections(config).map(([from, to]) => `${from}>${to}`));
	const nodes: TopologyNode[] = nodeSpecs(config).map((spec: NodeSpec) => {
		const [x, y, width] = placement.at[spec.id]!;
		return { ...spec, x, y, width, description: descriptions?.[spec.id] };
	});
	const edges: TopologyEdge[] = edgeSpecs(config).map((edge) => {
		const key = `${edge.from}>${edge.to}`;
		const at = placement.labels[key];
		return {
			...edge,
			...(edge.label && at ? { labelAt: { x: at[0], y: at[1], anchor: at[2] ?? 'middle' } } : {}),
			...(crossed.has(key) ? { crossed: true } : {}),
		};
	});
	return {
		orientation,
		width: placement.width,
		height: placement.height,
		areas: placement.areas,
		nodes,
		edges,
	};
}
