import type { SVGProps } from 'react';
import type { Hop, TopologyNode } from '../../topology/model.ts';
import { entryPoint, labelRect, type Box, type Labelled } from '../../explorer/geometry.ts';

/**
 * Pieces of the SVG drawings both explorers make: the arrowhead, the current hop's arrow, the
 * travelling packet, and a component's box with its label. Sizes are in the drawing's own
 * coordinates; colours and line styles are in island.css.
 */

/** Half the arms of the cross drawn on an impossible connection. */
const CROSS = 14;

/** Room between the arrow's tip and the box it points at. */
const ARROW_GAP = 4;
/** How far above a box's top edge the packet marker sits, and how far in from its left edge. */
const PACKET_LIFT = 2;
const PACKET_INSET = 16;

/** Where the pointer or the focus is, so the caption can explain that component; undefined when it leaves. */
export type Explain = (nodeId: string | undefined, source: 'hover' | 'focus') => void;

/** The arrowhead of the current hop. `id` must be unique in the page: the line refers to it with url(#…). */
export function ArrowMarker({ id }: { id: string }) {
	return (
		<defs>
			<marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
				<path className="explorer-diagram__arrow" d="M0,0 L10,5 L0,10 z" />
			</marker>
		</defs>
	);
}

/** The current hop as a thick arrow between the borders of its two boxes. */
export function CurrentLine({ from, to, markerId }: { from: Box; to: Box; markerId: string }) {
	const start = entryPoint(to, from);
	const end = entryPoint(from, to, ARROW_GAP);
	return <line className="edge edge--current" x1={start.x} y1={start.y} x2={end.x} y2={end.y} markerEnd={`url(#${markerId})`} />;
}

/**
 * The packet, at the top left corner of the box it has reached (clear of the label): a circle for
 * the request, a diamond for the response. It moves with a CSS transform so the browser can
 * animate it along the line; the stylesheet turns the animation off for readers who ask for less
 * motion. The step panel and the legend say which is which in words.
 */
export function Packet({ box, direction }: { box: Box; direction: Hop['direction'] }) {
	const x = box.x - box.halfWidth + PACKET_INSET;
	const y = box.y - box.halfHeight - PACKET_LIFT;
	return (
		<g className={`packet packet--${direction}`} style={{ transform: `translate(${x}px, ${y}px)` }} aria-hidden="true">
			{direction === 'request' ? <circle r={12} /> : <path d="M0,-14 L14,0 L0,14 L-14,0 z" />}
		</g>
	);
}

/**
 * A component's box outline and its label, broken into lines as SVG text does not wrap, with its
 * remark (if any) as one more line in italics. `labelClassName` adds a class to the label, for an
 * island's own selectors.
 */
export function NodeBody({ box, labelClassName }: { box: Box; labelClassName?: string }) {
	const rows = box.lines.length + (box.note ? 1 : 0);
	const firstY = box.y - ((rows - 1) * box.lineHeight) / 2;
	return (
		<>
			<rect className="node__box" x={box.x - box.halfWidth} y={box.y - box.halfHeight} width={2 * box.halfWidth} height={2 * box.halfHeight} rx={10} />
			<text className={labelClassName ? `node__label ${labelClassName}` : 'node__label'} x={box.x} y={firstY} textAnchor="middle" dominantBaseline="central">
				{box.lines.map((line, index) => (
					<tspan key={index} x={box.x} dy={index === 0 ? 0 : box.lineHeight}>
						{/* The space keeps the words apart in the text that is read and searched. */}
						{index < box.lines.length - 1 || box.note ? `${line} ` : line}
					</tspan>
				))}
				{box.note && (
					<tspan className="node__note" x={box.x} dy={box.lineHeight}>
						{box.note}
					</tspan>
				)}
			</text>
		</>
	);
}

/**
 * A rounded rectangle `room` outside a component's box, on every side: its focus ring, a security
 * group around it, or the mark of a component at fault. Other attributes go to the rect.
 */
export function Outline({ box, room, ...rect }: { box: Box; room: number } & SVGProps<SVGRectElement>) {
	return <rect x={box.x - box.halfWidth - room} y={box.y - box.halfHeight - room} width={2 * (box.halfWidth + room)} height={2 * (box.halfHeight + room)} rx={14} {...rect} />;
}

interface DiagramNodeProps {
	node: TopologyNode;
	box: Box;
	/** The current hop: the component it leaves and the one it reaches are outlined. */
	hop: Pick<Hop, 'from' | 'to'>;
	onExplain: Explain;
	labelClassName?: string;
	/** Set as data-node, for an island whose tests or styles pick components by id. */
	dataNode?: string;
}

/**
 * One component of the drawing: focusable, named for assistive technology by its label and
 * description, with a dashed ring that shows on keyboard focus.
 */
export function DiagramNode({ node, box, hop, onExplain, labelClassName, dataNode }: DiagramNodeProps) {
	const role = node.id === hop.to ? ' is-to' : node.id === hop.from ? ' is-from' : '';
	const owner = node.owner ? ` node--${node.owner}` : '';
	return (
		<g
			className={`node${owner}${role}`}
			data-node={dataNode}
			role="img"
			aria-label={node.description ? `${node.label}: ${node.description}` : node.label}
			tabIndex={0}
			onFocus={() => onExplain(node.id, 'focus')}
			onBlur={() => onExplain(undefined, 'focus')}
			onMouseEnter={() => onExplain(node.id, 'hover')}
			onMouseLeave={() => onExplain(undefined, 'hover')}
		>
			<Outline box={box} room={6} className="node__ring" />
			<NodeBody box={box} labelClassName={labelClassName} />
		</g>
	);
}

/** A connection of either explorer's drawing, with what it carries. */
export interface ConnectionEdge extends Labelled {
	from: string;
	to: string;
	/** A call to an AWS API (the Cloud Map lookup), not the request itself: dashed, in its own colour. */
	control?: boolean;
	/** A connection AWS does not support: crossed out. */
	crossed?: boolean;
	/** The connection between two accounts, over AWS PrivateLink: dashed. */
	crossing?: boolean;
}

/** Whether `edge` is the connection the hop travels, in either direction. */
export const carries = (edge: ConnectionEdge, hop: Pick<Hop, 'from' | 'to'>) => (edge.from === hop.from && edge.to === hop.to) || (edge.from === hop.to && edge.to === hop.from);

/** A connection between the borders of its two boxes; an impossible one is crossed out at its middle. */
export function Connection({ edge, a, b }: { edge: ConnectionEdge; a: Box; b: Box }) {
	const start = entryPoint(b, a);
	const end = entryPoint(a, b);
	const kind = edge.crossed ? ' edge--crossed' : edge.control ? ' edge--control' : edge.crossing ? ' edge--crossing' : '';
	const mx = (start.x + end.x) / 2;
	const my = (start.y + end.y) / 2;
	const line = <line className={`edge${kind}`} x1={start.x} y1={start.y} x2={end.x} y2={end.y} />;
	// Only a crossed-out connection needs a group: a chapter's DOM budget counts every element.
	return edge.crossed ? (
		<g>
			{line}
			<path className="edge__cross" d={`M${mx - CROSS},${my - CROSS} L${mx + CROSS},${my + CROSS} M${mx + CROSS},${my - CROSS} L${mx - CROSS},${my + CROSS}`} />
		</g>
	) : (
		line
	);
}

/** What a connection carries, in a pill on or beside it; the current hop's pill is marked. */
export function ConnectionLabel({ edge, current }: { edge: ConnectionEdge; current: boolean }) {
	const rect = labelRect(edge);
	if (!rect || !edge.labelAt) return null;
	const kind = edge.control ? ' edge-label--control' : edge.crossed ? ' edge-label--crossed' : '';
	return (
		<g className={`edge-label${kind}${current ? ' is-current' : ''}`}>
			<rect x={rect.left} y={rect.top} width={rect.right - rect.left} height={rect.bottom - rect.top} rx={(rect.bottom - rect.top) / 2} />
			<text x={(rect.left + rect.right) / 2} y={edge.labelAt.y} textAnchor="middle" dominantBaseline="central">
				{edge.label}
			</text>
		</g>
	);
}
