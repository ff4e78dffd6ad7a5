import { boxesOf, FONT_SIZE, labelRect, overlappingPairs, rectOf, textRect, type Box, type Rect } from '../explorer/geometry.ts';
import type { Area, Topology, TopologyEdge } from './model.ts';

/**
 * The sizes of what the topology drawing shows, for the view that draws it and for layout.test.ts,
 * which checks that nothing overlaps. Where things go is layout.ts's business.
 */

type Anchor = NonNullable<TopologyEdge['labelAt']>['anchor'];

/** Every component's box in a drawing, sized with the topology's text metrics. */
export const topologyBoxes = (topology: Topology): Map<string, Box> => boxesOf(topology.nodes);

/** Pairs of things that overlap in a drawing (component boxes, edge labels and area labels), named for a test's message. */
export function overlapsIn(topology: Topology): string[] {
	const things: Array<[string, Rect]> = [];
	for (const [id, box] of topologyBoxes(topology)) things.push([`node ${id}`, rectOf(box)]);
	for (const edge of topology.edges) {
		const rect = labelRect(edge);
		if (rect) things.push([`label ${edge.from}>${edge.to}`, rect]);
	}
	for (const a of topology.areas) things.push([`area label ${a.id}`, areaLabelRect(a)]);
	return overlappingPairs(things);
}

/**
 * Where an area's label goes: zones and subnets at the top left; Availability Zones at the top
 * right, since the components on the line between the two zones (the load balancer, the
 * endpoint service) stand at the left.
 */
export function areaLabelAt(a: Area): { x: number; y: number; anchor: Anchor } {
	return a.kind === 'az' ? { x: a.x + a.width - 12, y: a.y + 20, anchor: 'end' } : { x: a.x + 12, y: a.y + 22, anchor: 'start' };
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
