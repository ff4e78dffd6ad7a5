import { ENI_R, FONT } from './drawing.ts';
import type { Plan } from './model.ts';

/**
 * Where everything goes in the planner's drawing, in the SVG's own coordinates. The width is
 * fixed, so the drawing scales with the page the same way for every plan; the height grows with
 * the number of subnets per zone. No layout library: rows and columns are simple arithmetic.
 *
 * Top to bottom: the APIs, fanning into the one VPC link V2; a line from the link down into
 * the VPC, where a bus feeds one column per Availability Zone; in each column, the subnets the
 * link uses, each marked once for the network interfaces API Gateway manages for the link. AWS
 * does not publish how many interfaces there are, or how they are spread, so the drawing never
 * shows a count.
 */

export const WIDTH = 480;
const PAD = 12;

const API_Y = 12;
const API_H = 34;
const API_GAP = 8;
const API_MAX_W = 84;
/**
 * Up to this many APIs are drawn one by one. With more, the row holds one box fewer, so the
 * last box, which stands for the rest ("+46 more"), has room for its label.
 */
export const MAX_API_BOXES = 6;

const LINK_W = 168;
const LINK_H = 38;
const LINK_Y = 82;

const VPC_Y = 142;
const BUS_Y = VPC_Y + 36;
const ZONE_Y = VPC_Y + 46;
const ZONE_INSET = 8;
const ZONE_GAP = 8;
const ZONE_HEADER = 28;
const ZONE_FOOTER = 10;
/** The spine runs down the zone's left edge; the subnets sit to its right. */
const SPINE_INSET = 6;
const SUBNET_INSET = 12;
const SUBNET_RIGHT = 4;
const SUBNET_H = 54;
const SUBNET_GAP = 8;
const VPC_FOOTER = 12;

/** A generous average glyph width, as a share of the font size, for estimating text width. */
const GLYPH = 0.6;

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface Point {
	x: number;
	y: number;
}

export interface Line {
	from: Point;
	to: Point;
}

export interface ApiBox extends Rect {
	label: string;
	/** True for the box that stands for the APIs not drawn one by one. */
	more: boolean;
}

export interface SubnetBox extends Rect {
	/** One line when it fits, else two ("Subnet" above "2"). */
	label: string[];
	/** Centre of the managed-ENI marker. */
	eni: Point;
	/** From the zone's spine to the marker. */
	stub: Line;
}

export interface ZoneColumn extends Rect {
	label: string;
	/** From the bus down to the last marker. */
	spine: Line;
	subnets: SubnetBox[];
}

export interface Layout {
	width: number;
	height: number;
	apis: ApiBox[];
	/** One line from each API box to the link. */
	fan: Line[];
	link: Rect & { label: string };
	/** From the link down to the bus inside the VPC. */
	drop: Line;
	vpc: Rect & { label: string };
	bus: Line;
	zones: ZoneColumn[];
}

/** Roughly how wide a label is at a font size. */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * GLYPH;

function apiBoxes(count: number): ApiBox[] {
	const shown = count > MAX_API_BOXES ? MAX_API_BOXES - 1 : count;
	const width = Math.min(API_MAX_W, (WIDTH - 2 * PAD - (shown - 1) * API_GAP) / shown);
	const row = shown * width + (shown - 1) * API_GAP;
	const left = (WIDTH - row) / 2;
	return Array.from({ length: shown }, (_, index) => {
		const more = count > MAX_API_BOXES && index === shown - 1;
		return {
			x: left + index * (width + API_GAP),
			y: API_Y,
			width,
			height: API_H,
			label: more ? `+${count - (shown - 1)} more` : `API ${index + 1}`,
			more,
		};
	});
}

function subnetLabel(index: number, width: number): string[] {
	const full = `Subnet ${index + 1}`;
	return textWidth(full, FONT.subnet) <= width - 6 ? [full] : ['Subnet', String(index + 1)];
}

export function layoutPlan(plan: Pick<Plan, 'apis' | 'azs' | 'subnetsPerAz'>): Layout {
	const apis = apiBoxes(plan.apis);
	const centre = WIDTH / 2;
	const link = { x: centre - LINK_W / 2, y: LINK_Y, width: LINK_W, height: LINK_H, label: 'VPC link V2' };
	const fan = apis.map((box) => ({ from: { x: box.x + box.width / 2, y: box.y + box.height }, to: { x: centre, y: LINK_Y } }));
	const drop = { from: { x: centre, y: LINK_Y + LINK_H }, to: { x: centre, y: BUS_Y } };

	const perZone = plan.subnetsPerAz;
	const zoneHeight = ZONE_HEADER + perZone * SUBNET_H + (perZone - 1) * SUBNET_GAP + ZONE_FOOTER;
	const inner = WIDTH - 2 * PAD - 2 * ZONE_INSET;
	const zoneWidth = (inner - (plan.azs - 1) * ZONE_GAP) / plan.azs;

	const zones: ZoneColumn[] = Array.from({ length: plan.azs }, (_, zoneIndex) => {
		const x = PAD + ZONE_INSET + zoneIndex * (zoneWidth + ZONE_GAP);
		const spineX = x + SPINE_INSET;
		const subnetWidth = zoneWidth - SUBNET_INSET - SUBNET_RIGHT;
		const subnets: SubnetBox[] = Array.from({ length: perZone }, (_, index) => {
			const y = ZONE_Y + ZONE_HEADER + index * (SUBNET_H + SUBNET_GAP);
			const sx = x + SUBNET_INSET;
			const eni = { x: sx + subnetWidth / 2, y: y + SUBNET_H - 14 };
			return {
				x: sx,
				y,
				width: subnetWidth,
				height: SUBNET_H,
				label: subnetLabel(index, subnetWidth),
				eni,
				stub: { from: { x: spineX, y: eni.y }, to: { x: eni.x - ENI_R - 1, y: eni.y } },
			};
		});
		return {
			x,
			y: ZONE_Y,
			width: zoneWidth,
			height: zoneHeight,
			label: `AZ ${zoneIndex + 1}`,
			spine: { from: { x: spineX, y: BUS_Y }, to: { x: spineX, y: subnets.at(-1)!.eni.y } },
			subnets,
		};
	});

	const spines = zones.map((zone) => zone.spine.from.x);
	const bus = { from: { x: Math.min(centre, ...spines), y: BUS_Y }, to: { x: Math.max(centre, ...spines), y: BUS_Y } };
	const vpc = { x: PAD, y: VPC_Y, width: WIDTH - 2 * PAD, height: ZONE_Y - VPC_Y + zoneHeight + VPC_FOOTER, label: 'VPC' };
	return { width: WIDTH, height: vpc.y + vpc.height + PAD, apis, fan, link, drop, vpc, bus, zones };
}
