import { boxesOf, FONT_SIZE, labelRect, linesThrough, overlappingPairs, rectOf, textRect, type Box, type Obstacle, type Rect } from '../explorer/geometry.ts';
import type { Area, Diagram } from './model.ts';

/**
 * The sizes of what the cross-account drawing shows, for the view that draws it and for
 * layout.test.ts, which checks that nothing overlaps and no line runs through a label. Where
 * things go is layout.ts's business.
 */

/** An account's ID, under its name: smaller, in figures of one width. */
export const SUBLABEL_SIZE = 17;
/**
 * Upper bounds on a character's width: area names are semibold or bold at FONT_SIZE; the
 * sublabel is mostly digits.
 */
const LABEL_CHAR_WIDTH = 13;
const SUBLABEL_CHAR_WIDTH = 10.5;

export interface AreaText {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'end';
	/** The account ID under an account's name. */
	sub?: boolean;
}

/** An area's name in a top corner, and for an account its ID on a second line. Drawn with dominant-baseline: central. */
export function areaTexts(area: Area): AreaText[] {
	const right = area.labelCorner === 'right';
	const x = right ? area.x + area.width - 12 : area.x + 12;
	const anchor = right ? 'end' : 'start';
	const texts: AreaText[] = [{ text: area.label, x, y: area.y + 24, anchor }];
	if (area.sublabel) texts.push({ text: area.sublabel, x, y: area.y + 50, anchor, sub: true });
	return texts;
}

const areaTextRect = (t: AreaText): Rect =>
	t.sub ? textRect(t.text, t.x, t.y, t.anchor, SUBLABEL_SIZE, SUBLABEL_CHAR_WIDTH) : textRect(t.text, t.x, t.y, t.anchor, FONT_SIZE, LABEL_CHAR_WIDTH);

/** Every component's box in a drawing. */
export const diagramBoxes = (diagram: Diagram): Map<string, Box> => boxesOf(diagram.nodes);

/** What may not be overlapped or crossed: component boxes, connection labels, area names. */
function labelledThings(diagram: Diagram, boxes: Map<string, Box>): Obstacle[] {
	const things: Obstacle[] = [];
	for (const [id, box] of boxes) things.push([`node ${id}`, rectOf(box), id]);
	for (const edge of diagram.edges) {
		const rect = labelRect(edge);
		if (rect) things.push([`label ${edge.from}>${edge.to}`, rect]);
	}
	for (const a of diagram.areas) for (const t of areaTexts(a)) things.push([`${t.sub ? 'sublabel' : 'name'} of ${a.id}`, areaTextRect(t)]);
	return things;
}

/** Pairs of things that overlap in a drawing (component boxes, connection labels, area names), named for a test's message. */
export const overlapsIn = (diagram: Diagram): string[] => overlappingPairs(labelledThings(diagram, diagramBoxes(diagram)));

/** Lines that run through a box or a label they do not belong to, named for a test's message (see linesThrough). */
export function linesThroughLabels(diagram: Diagram): string[] {
	const boxes = diagramBoxes(diagram);
	return linesThrough(diagram.edges, boxes, labelledThings(diagram, boxes));
}

/** Whether every box, label and area lies inside the drawing. */
export function insideDrawing(diagram: Diagram): boolean {
	const within = (r: Rect) => r.left >= 0 && r.top >= 0 && r.right <= diagram.width && r.bottom <= diagram.height;
	return (
		labelledThings(diagram, diagramBoxes(diagram)).every(([, rect]) => within(rect)) &&
		diagram.areas.every((a) => within({ left: a.x, top: a.y, right: a.x + a.width, bottom: a.y + a.height }))
	);
}
