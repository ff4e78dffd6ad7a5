import { boxesOf, FONT_SIZE, labelRect, linesThrough, overlappingPairs, rectOf, textRect, type Box, type Obstacle, type Rect } from '../explorer/geometry.ts';
import type { Area, Topology, TopologyEdge } from './model.ts';

/**
 * The sizes of what the topology drawing shows, for the view that draws it and for layout.test.ts,
 * which checks that nothing overlaps and no line runs through a label. Where things go is
 * layout.ts's business.
 */

type Anchor = NonNullable<TopologyEdge['labelAt']>['anchor'];

/** Room between a component and an outline drawn around it: its security group's, or the mark of a component at fault. */
export const HALO = 7;

/** Every component's box in a drawing, sized with the topology's text metrics. */
export const topologyBoxes = (topology: Topology): Map<string, Box> => boxesOf(topology.nodes);

/** What may not be overlapped or crossed: component boxes, connection labels and area labels. */
function obstacles(topology: Topology): Obstacle[] {
	const things: Obstacle[] = [];
	for (const [id, box] of topologyBoxes(topology)) things.push([`node ${id}`, rectOf(box), id]);
	for (const edge of topology.edges) {
		const rect = labelRect(edge);
		if (rect) things.push([`label ${edge.from}>${edge.to}`, rect]);
	}
	for (const a of topology.areas) things.push([`area label ${a.id}`, areaLabelRect(a)]);
	return things;
}

/** Pairs of things that overlap in a drawing (component boxes, edge labels and area labels), named for a test's message. */
export const overlapsIn = (topology: Topology): string[] => overlappingPairs(obstacles(topology));

/** Lines that run through a box or a label they do not belong to, named for a test's message (see linesThrough). */
export const linesThroughLabels = (topology: Topology): string[] => linesThrough(topology.edges, topologyBoxes(topology), obstacles(topology));

/**
 * Where an area's label goes: zones and subnets at the top left; Availability Zones at the top
 * right, since the components on the line between the two zones (the load balancer, the
 * endpoint service) stand at the left; or the corner the layout names.
 */
export function areaLabelAt(a: Area): { x: number; y: number; anchor: Anchor } {
	const corner = a.labelCorner ?? (a.kind === 'az' ? 'right' : 'left');
	const inset = a.kind === 'az' ? 20 : 22;
	const y = corner === 'bottom-left' ? a.y + a.height - inset : a.y + inset;
	return corner === 'right' ? { x: a.x + a.width - 12, y, anchor: 'end' } : { x: a.x + 12, y, anchor: 'start' };
}

/** Zone names are bold and partly capitals (AWS, VPC), so wider a character than node labels; the others are regular. */
const AREA_CHAR_WIDTH = { zone: 13.5, az: 10.5, subnet: 10.5 };

export function areaLabelRect(a: Area): Rect {
	const { x, y, anchor } = areaLabelAt(a);
	return textRect(a.label, x, y, anchor, FONT_SIZE, AREA_CHAR_WIDTH[a.kind]);
}

/** Whether every component and label lies inside the drawing. */
export function insideDrawing(topology: Topology): boolean {
	const within = (r: Rect) => r.left >= 0 && r.top >= 0 && r.right <= topology.width && r.bottom <= topology.height;
	return [...topologyBoxes(topology).values()].every((box) => within(rectOf(box))) && topology.edges.every((edge) => !labelRect(edge) || within(labelRect(edge)!));
}
