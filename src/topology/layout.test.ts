import { describe, expect, test } from 'vitest';
import { rectOf } from '../explorer/geometry.ts';
import { insideDrawing, linesThroughLabels, overlapsIn, topologyBoxes } from './drawing.ts';
import { buildTopology } from './layout.ts';
import { ORIENTATIONS } from './model.ts';
import { allConfigurations, crossedConnections } from './rules.ts';

const cases = allConfigurations().flatMap((config) => ORIENTATIONS.map((orientation) => [`${Object.values(config).join('/')} ${orientation}`, config, orientation] as const));

describe('the drawing of every configuration, supported or not, in both orientations', () => {
	test.each(cases)('%s: nothing overlaps, no line runs through a label or a box, and everything is inside', (_, config, orientation) => {
		const topology = buildTopology(config, orientation);
		expect(overlapsIn(topology)).toEqual([]);
		expect(linesThroughLabels(topology)).toEqual([]);
		expect(insideDrawing(topology)).toBe(true);
	});

	test.each(cases)('%s: every component sits inside the area of who runs it', (_, config, orientation) => {
		const topology = buildTopology(config, orientation);
		const boxes = topologyBoxes(topology);
		for (const node of topology.nodes) {
			const zone = topology.areas.find((a) => a.kind === 'zone' && a.owner === node.owner)!;
			const box = rectOf(boxes.get(node.id)!);
			expect(box.left, node.id).toBeGreaterThanOrEqual(zone.x);
			expect(box.right, node.id).toBeLessThanOrEqual(zone.x + zone.width);
			expect(box.top, node.id).toBeGreaterThanOrEqual(zone.y);
			expect(box.bottom, node.id).toBeLessThanOrEqual(zone.y + zone.height);
		}
	});

	test.each(cases)('%s: every connection joins two drawn components, and the impossible ones are crossed out', (_, config, orientation) => {
		const topology = buildTopology(config, orientation);
		const ids = new Set(topology.nodes.map((n) => n.id));
		for (const edge of topology.edges) {
			expect(ids.has(edge.from) && ids.has(edge.to), `${edge.from}>${edge.to}`).toBe(true);
			if (edge.label) expect(edge.labelAt, `${edge.from}>${edge.to}`).toBeDefined();
		}
		const named = (pairs: string[][]) => pairs.map((pair) => pair.join('>')).sort();
		expect(named(topology.edges.filter((e) => e.crossed).map((e) => [e.from, e.to]))).toEqual(named(crossedConnections(config)));
	});
});
