/**
 * Sizes and line ends for the explorers' SVG drawings, in a drawing's own coordinates. The core
 * places node centres; how big a box is, how its label wraps and where a line meets it is
 * geometry both explorers share, kept free of any framework so layout tests can check for
 * overlaps without a browser.
 */

/** How a drawing sets its text: the label font size and what it means for boxes. */
export interface TextMetrics {
	/** Line height of a node label, in drawing units. */
	lineHeight: number;
	/** Room above and below a node's label. */
	padding: number;
	/** Width of a node when the node does not set its own. */
	nodeWidth: number;
	/** An upper bound on the width of one character of the label font (semibold), so wrapping never overflows a box. */
	charWidth: number;
}

/**
 * Both explorers' drawings set their text at 21 units: at least 13 CSS px where a drawing is shown
 * at its smallest (a 1,000-unit wide drawing in a 620px column, a 560-unit tall one on a 358px
 * phone). A label gets 11 characters to a line of a 150-unit box (see .node__label in explorer.css).
 */
export const FONT_SIZE = 21;
export const DEFAULT_METRICS: TextMetrics = { lineHeight: 25, padding: 11, nodeWidth: 150, charWidth: 12 };
/** A connection's label is drawn in a pill: its text plus this much room each side, FONT_SIZE + 8 tall. */
export const PILL_PADDING = 8;

/** A component to size: its label, centre and, optionally, its own width. */
export interface Sizable {
	label: string;
	x: number;
	y: number;
	width?: number;
	/** A remark drawn as one more line under the label. */
	note?: string;
}

/** Breaks a label into lines at spaces that fit `chars` characters, as SVG text does not wrap by itself. */
function labelLines(label: string, chars: number): string[] {
	const lines: string[] = [];
	for (const word of label.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

export interface Box {
	x: number;
	y: number;
	/** Half the width and height: the box spans x ± halfWidth, y ± halfHeight. */
	halfWidth: number;
	halfHeight: number;
	lines: string[];
	/** The remark under the label, if any: one more line. */
	note?: string;
	/** The distance between the label's lines. */
	lineHeight: number;
}

export function nodeBox(node: Sizable, metrics: TextMetrics = DEFAULT_METRICS): Box {
	const width = node.width ?? metrics.nodeWidth;
	// The label keeps a character's width of room at each side.
	const lines = labelLines(node.label, Math.floor(width / metrics.charWidth + 1e-9) - 1);
	const rows = lines.length + (node.note ? 1 : 0);
	return { x: node.x, y: node.y, halfWidth: width / 2, halfHeight: (rows * metrics.lineHeight + 2 * metrics.padding) / 2, lines, note: node.note, lineHeight: metrics.lineHeight };
}

/** Every node's box, by node id. */
export const boxesOf = (nodes: ReadonlyArray<Sizable & { id: string }>, metrics?: TextMetrics): Map<string, Box> =>
	new Map(nodes.map((node) => [node.id, nodeBox(node, metrics)]));

/** Where the line from `from`'s centre to `to`'s centre enters `to`'s box, pulled back by `gap`. */
export function entryPoint(from: Box, to: Box, gap = 0): { x: number; y: number } {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy);
	if (length === 0) return { x: to.x, y: to.y };
	const toBorder = Math.min(dx === 0 ? Infinity : to.halfWidth / Math.abs(dx), dy === 0 ? Infinity : to.halfHeight / Math.abs(dy));
	const back = toBorder + gap / length;
	return { x: to.x - dx * back, y: to.y - dy * back };
}

/** An axis-aligned rectangle, for overlap checks. */
export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export const rectOf = (box: Box): Rect => ({ left: box.x - box.halfWidth, top: box.y - box.halfHeight, right: box.x + box.halfWidth, bottom: box.y + box.halfHeight });

export const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The room a one-line text takes, drawn at (x, y) as its middle and baseline-centred (dominant-baseline: central). */
export function textRect(text: string, x: number, y: number, anchor: 'start' | 'middle' | 'end', fontSize: number, charWidth: number): Rect {
	const width = text.length * charWidth;
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return { left, top: y - fontSize * 0.6, right: left + width, bottom: y + fontSize * 0.6 };
}

/** What a connection carries ("HTTPS :443"), and where its pill is drawn. */
export interface Labelled {
	label?: string;
	labelAt?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

/** The room a connection's label takes, pill included; undefined for a connection without one. */
export function labelRect(edge: Labelled): Rect | undefined {
	if (!edge.label || !edge.labelAt) return undefined;
	const { x, y, anchor } = edge.labelAt;
	const text = textRect(edge.label, x, y, anchor, FONT_SIZE, DEFAULT_METRICS.charWidth);
	return { left: text.left - PILL_PADDING, right: text.right + PILL_PADDING, top: y - (FONT_SIZE + 8) / 2, bottom: y + (FONT_SIZE + 8) / 2 };
}

/** Whether the straight line from `a` to `b` passes through the inside of `rect` (touching its edge does not count). */
export function crossesRect(a: { x: number; y: number }, b: { x: number; y: number }, rect: Rect): boolean {
	// Clip the segment to the rectangle, one axis at a time (Liang-Barsky); what is left lies inside.
	let from = 0;
	let to = 1;
	const clip = (start: number, delta: number, low: number, high: number) => {
		if (delta === 0) return start > low && start < high;
		const [t1, t2] = [(low - start) / delta, (high - start) / delta].sort((p, q) => p - q) as [number, number];
		from = Math.max(from, t1);
		to = Math.min(to, t2);
		return from < to;
	};
	return clip(a.x, b.x - a.x, rect.left, rect.right) && clip(a.y, b.y - a.y, rect.top, rect.bottom) && to - from > 1e-9;
}

/** Something drawn that a line may not run through, by name; `node` is the component it is the box of, if any. */
export type Obstacle = readonly [name: string, rect: Rect, node?: string];

/**
 * The connections that run through a box or a label they do not belong to, as "from>to through
 * name", for a layout test's message. A line starts and ends at its two components' borders
 * (entryPoint), so their boxes never count, and its own label may sit on it, as a pill the line
 * passes under.
 */
export function linesThrough(edges: ReadonlyArray<{ from: string; to: string }>, boxes: Map<string, Box>, obstacles: readonly Obstacle[]): string[] {
	const found: string[] = [];
	for (const edge of edges) {
		const a = boxes.get(edge.from);
		const b = boxes.get(edge.to);
		if (!a || !b) continue;
		const name = `${edge.from}>${edge.to}`;
		const [start, end] = [entryPoint(b, a), entryPoint(a, b)];
		for (const [thing, rect, node] of obstacles) {
			if (node === edge.from || node === edge.to || thing === `label ${name}`) continue;
			if (crossesRect(start, end, rect)) found.push(`${name} through ${thing}`);
		}
	}
	return found;
}

/** The pairs among named rectangles that overlap, as "a / b", for a layout test's message. */
export function overlappingPairs(things: ReadonlyArray<readonly [name: string, rect: Rect, ...rest: unknown[]]>): string[] {
	const found: string[] = [];
	things.forEach(([name, rect], index) => {
		for (const [otherName, other] of things.slice(index + 1)) if (overlaps(rect, other)) found.push(`${name} / ${otherName}`);
	});
	return found;
}
