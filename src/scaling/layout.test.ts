import { describe, expect, test } from 'vitest';
import { ENI_R, FONT } from './drawing.ts';
import { layoutPlan, MAX_API_BOXES, textWidth, WIDTH, type Rect } from './layout.ts';
import { NUMBER_SPECS } from './model.ts';

const inside = (inner: Rect, outer: Rect) =>
	inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const apart = (a: Rect, b: Rect) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

const { min: minZones, max: maxZones } = NUMBER_SPECS.azs;
const { min: minSubnets, max: maxSubnets } = NUMBER_SPECS.subnetsPerAz;
const shapes: Array<[number, number]> = [];
for (let azs = minZones; azs <= maxZones; azs++) for (let per = minSubnets; per <= maxSubnets; per++) shapes.push([azs, per]);

describe('layout', () => {
	test.each(shapes)('%i zones × %i subnets: one column per zone, one marker per subnet, all inside the drawing', (azs, subnetsPerAz) => {
		const layout = layoutPlan({ apis: 3, azs, subnetsPerAz });
		const canvas = { x: 0, y: 0, width: layout.width, height: layout.height };
		expect(layout.width).toBe(WIDTH);
		expect(layout.zones).toHaveLength(azs);
		expect(inside(layout.vpc, canvas)).toBe(true);
		expect(inside(layout.link, canvas)).toBe(true);
		expect(layout.link.y + layout.link.height).toBeLessThan(layout.vpc.y);

		layout.zones.forEach((zone, index) => {
			expect(zone.label).toBe(`AZ ${index + 1}`);
			expect(inside(zone, layout.vpc)).toBe(true);
			if (index > 0) expect(apart(layout.zones[index - 1]!, zone)).toBe(true);
			expect(zone.subnets).toHaveLength(subnetsPerAz);
			// The spine runs from the bus to the last marker, left of every subnet.
			expect(zone.spine.from.y).toBe(layout.bus.from.y);
			expect(zone.spine.to.y).toBe(zone.subnets.at(-1)!.eni.y);
			zone.subnets.forEach((subnet, s) => {
				expect(inside(subnet, zone)).toBe(true);
				if (s > 0) expect(apart(zone.subnets[s - 1]!, subnet)).toBe(true);
				expect(zone.spine.from.x).toBeLessThan(subnet.x);
				// The marker sits inside its subnet, below the label.
				expect(subnet.eni.x - ENI_R).toBeGreaterThan(subnet.x);
				expect(subnet.eni.x + ENI_R).toBeLessThan(subnet.x + subnet.width);
				expect(subnet.eni.y + ENI_R).toBeLessThan(subnet.y + subnet.height);
				expect(subnet.stub.to.x).toBeLessThan(subnet.eni.x);
				// Every label line fits its box.
				for (const line of subnet.label) expect(textWidth(line, FONT.subnet)).toBeLessThanOrEqual(subnet.width);
			});
		});
		expect(layout.zones.flatMap((zone) => zone.subnets)).toHaveLength(azs * subnetsPerAz);
		// The bus reaches the link's drop and every spine.
		expect(layout.bus.from.x).toBeLessThanOrEqual(Math.min(layout.drop.to.x, ...layout.zones.map((z) => z.spine.from.x)));
		expect(layout.bus.to.x).toBeGreaterThanOrEqual(Math.max(layout.drop.to.x, ...layout.zones.map((z) => z.spine.from.x)));
	});

	test('subnet labels use one line where they fit and two where the columns are narrow', () => {
		expect(layoutPlan({ apis: 1, azs: 3, subnetsPerAz: 2 }).zones[0]!.subnets[1]!.label).toEqual(['Subnet 2']);
		expect(layoutPlan({ apis: 1, azs: 6, subnetsPerAz: 2 }).zones[0]!.subnets[1]!.label).toEqual(['Subnet', '2']);
	});

	test('the height grows with subnets per zone, never with the number of zones', () => {
		const heights = [1, 2, 3].map((per) => layoutPlan({ apis: 3, azs: 2, subnetsPerAz: per }).height);
		expect(heights[1]).toBeGreaterThan(heights[0]!);
		expect(heights[2]).toBeGreaterThan(heights[1]!);
		expect(layoutPlan({ apis: 3, azs: 6, subnetsPerAz: 1 }).height).toBe(layoutPlan({ apis: 3, azs: 1, subnetsPerAz: 1 }).height);
	});
});

describe('APIs fanning into the link', () => {
	test.each([1, 2, 6])('%i APIs are drawn one by one, each with a line to the link', (apis) => {
		const layout = layoutPlan({ apis, azs: 2, subnetsPerAz: 1 });
		expect(layout.apis.map((a) => a.label)).toEqual(Array.from({ length: apis }, (_, i) => `API ${i + 1}`));
		expect(layout.fan).toHaveLength(apis);
		for (const line of layout.fan) expect(line.to).toEqual({ x: WIDTH / 2, y: layout.link.y });
	});

	test.each([
		[7, '+3 more'],
		[50, '+46 more'],
	])('%i APIs: the last box stands for the rest, and the count stays right', (apis, label) => {
		const layout = layoutPlan({ apis, azs: 2, subnetsPerAz: 1 });
		expect(layout.apis).toHaveLength(MAX_API_BOXES - 1);
		expect(layout.apis.at(-1)).toMatchObject({ label, more: true });
		const drawn = layout.apis.filter((a) => !a.more);
		expect(drawn).toHaveLength(MAX_API_BOXES - 2);
		expect(drawn.length + Number(label.match(/\d+/)![0])).toBe(apis);
		for (const box of layout.apis) {
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
			// Bold labels run wider than the estimate: keep a margin.
			expect(textWidth(box.label, FONT.api) * 1.1).toBeLessThanOrEqual(box.width - 8);
		}
	});
});
