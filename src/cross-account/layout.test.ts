import { describe, expect, test } from 'vitest';
import { rectOf, type Rect } from '../explorer/geometry.ts';
import { diagramBoxes, insideDrawing, linesThroughLabels, overlapsIn } from './drawing.ts';
import { buildBlockedDiagram, buildDiagram, CROSSING_EDGE } from './layout.ts';
import { ORIENTATIONS, type Area, type Diagram, type DiagramNode } from './model.ts';
import { allConfigurations } from './rules.ts';

const inside = (inner: Rect, outer: Area) =>
	inner.left >= outer.x && inner.right <= outer.x + outer.width && inner.top >= outer.y && inner.bottom <= outer.y + outer.height;

const zoneArea = (diagram: Diagram, zone: DiagramNode['zone']) =>
	diagram.areas.find((a) => (zone === 'internet' ? a.kind === 'internet' : a.kind === 'account' && a.id.startsWith(zone)));

const cases = allConfigurations().flatMap((config) => ORIENTATIONS.map((orientation) => [`${config.pattern}/${config.via}/${orientation}`, config, orientation] as const));

describe('drawings', () => {
	test.each(cases)('%s: nothing overlaps, no line runs through a label, and everything is inside', (_, config, orientation) => {
		const diagram = buildDiagram(config, orientation);
		expect(overlapsIn(diagram)).toEqual([]);
		expect(linesThroughLabels(diagram)).toEqual([]);
		expect(insideDrawing(diagram)).toBe(true);
	});

	test.each(cases)('%s: every component sits in its account, and every connection joins two of them', (_, config, orientation) => {
		const diagram = buildDiagram(config, orientation);
		const ids = diagram.nodes.map((n) => n.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const edge of diagram.edges) {
			expect(ids).toContain(edge.from);
			expect(ids).toContain(edge.to);
		}
		const boxes = diagramBoxes(diagram);
		for (const node of diagram.nodes) {
			const home = zoneArea(diagram, node.zone);
			expect(home, node.id).toBeDefined();
			expect(inside(rectOf(boxes.get(node.id)!), home!), `${node.id} inside ${home!.id}`).toBe(true);
		}
	});

	test.each(cases)('%s: one connection crosses between the accounts, and it is labelled AWS PrivateLink', (_, config, orientation) => {
		const diagram = buildDiagram(config, orientation);
		const zone = (id: string) => diagram.nodes.find((n) => n.id === id)!.zone;
		const crossing = diagram.edges.filter((e) => e.crossing);
		expect(crossing).toHaveLength(1);
		expect(crossing[0]!.label).toBe('AWS PrivateLink');
		expect(new Set([zone(crossing[0]!.from), zone(crossing[0]!.to)])).toEqual(new Set(['consumer', 'provider']));
		const expected = config.pattern === 'private-api' ? CROSSING_EDGE['private-api'] : CROSSING_EDGE.backend;
		expect(crossing[0]).toMatchObject(expected);
		// No other connection joins the two accounts.
		for (const edge of diagram.edges.filter((e) => !e.crossing)) {
			const zones = new Set([zone(edge.from), zone(edge.to)]);
			expect(zones.has('consumer') && zones.has('provider'), `${edge.from} -> ${edge.to}`).toBe(false);
		}
	});

	test('the consumer account is on the left, and on a phone the path runs down its column', () => {
		for (const config of allConfigurations()) {
			const wide = buildDiagram(config, 'wide');
			const tall = buildDiagram(config, 'tall');
			const account = (d: Diagram, side: string) => d.areas.find((a) => a.id === `${side}-account`)!;
			expect(account(wide, 'consumer').x).toBeLessThan(account(wide, 'provider').x);
			expect(account(tall, 'consumer').x).toBeLessThan(account(tall, 'provider').x);
			expect(account(wide, 'consumer').sublabel).toContain('111111111111');
			expect(account(wide, 'provider').sublabel).toContain('222222222222');
			// A phone's drawing is narrow enough that its 21-unit text stays near 13 px on a 358px screen.
			expect(tall.width).toBeLessThanOrEqual(560);
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
		const boxes = diagramBoxes(diagram);
		for (const node of diagram.nodes) expect(inside(rectOf(boxes.get(node.id)!), zoneArea(diagram, node.zone)!)).toBe(true);
		expect(overlapsIn(diagram)).toEqual([]);
	});
});
