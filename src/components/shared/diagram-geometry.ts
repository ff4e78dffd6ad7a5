import type { TopologyNode } from '../../topology/model.ts';

/**
 * Sizes and line ends for the SVG drawing, in the topology's own coordinates. The core places
 * node centres; how big a box is and where a line meets it is a matter of drawing.
 */

const NODE_WIDTH = 150;
export const LABEL_LINE_HEIGHT = 23;
const LABEL_PADDING = 12;
/** What fits on one line of a node at the label's font size (see .node__label in island.css). */
const LABEL_LINE_CHARS = 13;

/** Breaks a label into lines at spaces, as SVG text does not wrap by itself. */
function labelLines(label: string): string[] {
	const lines: string[] = [];
	for (const word of label.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= LABEL_LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
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
}

export function nodeBox(node: TopologyNode): Box {
	const lines = labelLines(node.label);
	return { x: node.x, y: node.y, halfWidth: NODE_WIDTH / 2, halfHeight: (lines.length * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING) / 2, lines };
}

/** Every node's box, by node id. */
export const boxesOf = (nodes: readonly TopologyNode[]): Map<string, Box> => new Map(nodes.map((node) => [node.id, nodeBox(node)]));

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
