import { describe, expect, test } from 'vitest';
import { nodeBox } from '../explorer/geometry.ts';
import { buildBlockedDiagram, buildDiagram, CROSSING_EDGE } from './layout.ts';
import { ORIENTATIONS, type Area, type Diagram, type DiagramNode } from './model.ts';
import { allConfigurations } from './rules.ts';

interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

const boxOf = (node: DiagramNode): Rect => {
	const box = nodeBox(node);
	return { left: box.x - box.halfWidth, top: box.y - box.halfHeight, right: box.x + box.halfWidth, bottom: box.y + box.halfHeight };
};
const inside = (inner: Rect, outer: Area) =>
	inner.left >= outer.x && inner.right <= outer.x + outer.width && inner.top >= outer.y && inner.bottom <= outer.y + outer.height;
const overlap = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
/** Where an area's label is drawn (see CrossAccountDiagram): generous, about 11 user units per character. */
const labelRects = (area: Area): Rect[] => {
	const rects = [{ left: area.x + 12, top: area.y + 8, right: area.x + 12 + area.label.length * 11, bottom: area.y + 32 }];
	if (area.sublabel) rects.push({ left: area.x + 12, top: area.y + 34, right: area.x + 12 + area.sublabel.length * 9, bottom: area.y + 54 });
	return rects;
};

const zoneArea = (diagram: Diagram, zone: DiagramNode['zone']) =>
	diagram.areas.find((a) => (zone === 'internet' ? a.kind === 'internet' : a.kind === 'account' && a.id.startsWith(zone)));

const cases = allConfigurations().flatMap((config) => ORIENTATIONS.map((orientation) => [`${config.pattern}/${config.via}/${orientation}`, config, orientation] as const));

describe('drawings', () => {
	test.each(cases)('%s: every component fits its account, and nothing overlaps', (_, config, orientation) => {
		const diagram = buildDiagram(config, orientation);
		const ids = diagram.nodes.map((n) => n.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const edge of diagram.edges) {
			expect(ids).toContain(edge.from);
			expect(ids).toContain(edge.to);
		}

		for (const node of diagram.nodes) {
			const box = boxOf(node);
			expect(box.left).toBeGreaterThan(0);
			expect(box.right).toBeLessThan(diagram.width);
			expect(box.top).toBeGreaterThan(0);
			expect(box.bottom).toBeLessThan(diagram.height);
			const home = zoneArea(diagram, node.zone);
			expect(home, node.id).toBeDefined();
			expect(inside(box, home!), `${node.id} inside ${home!.id}`).toBe(true);
			for (const other of diagram.nodes) if (other !== node) expect(overlap(box, boxOf(other)), `${node.id} / ${other.id}`).toBe(false);
			for (const area of diagram.areas) {
				for (const rect of labelRects(area)) expect(overlap(box, rect), `${node.id} over the label of ${area.id}`).toBe(false);
			}
		}
		for (const area of diagram.areas) {
			expect(area.x + area.width).toBeLessThanOrEqual(diagram.width);
			expect(area.y + area.height).toBeLessThanOrEqual(diagram.height);
		}
	});

	test.each(cases)('%s: one connection crosses between the accounts, and it is labelled AWS PrivateLink', (_, config, orientation) => {
		const diagram = buildDiagram(config, orientation);
		const zone = (id: string) => diagram.nodes.find((n) => n.id === id)!.zone;
		const crossing = diagram.edges.filter((e) => e.crossing);
		expect(crossing).toHaveLength(1);
		expect(crossing[0]!.crossing!.label).toBe('AWS PrivateLink');
		expect(new Set([zone(crossing[0]!.from), zone(crossing[0]!.to)])).toEqual(new Set(['consumer', 'provider']));
		const expected = config.pattern === 'private-api' ? CROSSING_EDGE['private-api'] : CROSSING_EDGE.backend;
		expect(crossing[0]).toMatchObject(expected);
		// No other connection joins the two accounts.
		for (const edge of diagram.edges.filter((e) => !e.crossing)) {
			const zones = new Set([zone(edge.from), zone(edge.to)]);
			expect(zones.has('consumer') && zones.has('provider'), `${edge.from} -> ${edge.to}`).toBe(false);
		}
	});

	test('side by side, the consumer account is on the left; stacked, it is on top', () => {
		for (const config of allConfigurations()) {
			const wide = buildDiagram(config, 'wide');
			const tall = buildDiagram(config, 'tall');
			const account = (d: Diagram, side: string) => d.areas.find((a) => a.id === `${side}-account`)!;
			expect(account(wide, 'consumer').x).toBeLessThan(account(wide, 'provider').x);
			expect(account(tall, 'consumer').y).toBeLessThan(account(tall, 'provider').y);
			expect(account(wide, 'consumer').sublabel).toContain('111111111111');
			expect(account(wide, 'provider').sublabel).toContain('222222222222');
			expect(tall.width).toBeLessThan(wide.width / 2);
			expect(tall.nodes.map((n) => n.id).sort()).toEqual(wide.nodes.map((n) => n.id).sort());
		}
	});

	test('the refused direct link joins a VPC link in one account to a load balancer in the other', () => {
		const diagram = buildBlockedDiagram();
		const from = diagram.nodes.find((n) => n.id === diagram.blocked.from)!;
		const to = diagram.nodes.find((n) => n.id === diagram.blocked.to)!;
		expect(from.label).toMatch(/VPC link/);
		expect(to.label).toMatch(/NLB/);
		expect([from.zone, to.zone]).toEqual(['consumer', 'provider']);
		for (const node of diagram.nodes) expect(inside(boxOf(node), zoneArea(diagram, node.zone)!)).toBe(true);
	});
});
