import { useMemo, type KeyboardEventHandler } from 'react';
import type { Diagram, Hop } from '../../cross-account/model.ts';
import { entryPoint, nodeBox, type Box } from '../topology/diagram-geometry.ts';
import { AreaShape, NodeBody, NoteText } from './svg-parts.tsx';

interface Props {
	diagram: Diagram;
	/** The current hop: its two components and the line between them are highlighted. */
	hop: Hop;
	/** Unique within the page: the arrow marker's id is built from it. */
	svgId: string;
	/** The id of the text that describes the drawing in words. */
	describedBy: string;
	onKeyDown: KeyboardEventHandler<SVGSVGElement>;
	/** Which component the pointer or the focus is on, for the caption under the drawing. */
	onExplain: (nodeId: string | undefined, source: 'hover' | 'focus') => void;
}

/** Room between the arrow's tip and the box it points at. */
const ARROW_GAP = 4;
/** How far above a box's top edge the packet marker sits. */
const PACKET_LIFT = 4;

/** One orientation of the drawing: accounts and VPCs behind, connections, components, and the travelling packet. */
export default function DiagramSvg({ diagram, hop, svgId, describedBy, onKeyDown, onExplain }: Props) {
	const boxes = useMemo(() => new Map(diagram.nodes.map((node) => [node.id, nodeBox(node)])), [diagram]);
	const from = boxes.get(hop.from);
	const to = boxes.get(hop.to);
	const arrowId = `${svgId}-arrow`;

	return (
		<svg
			className="cross-account-diagram__svg"
			viewBox={`0 0 ${diagram.width} ${diagram.height}`}
			width="100%"
			role="group"
			aria-label="Diagram of the two AWS accounts and the path between them"
			aria-describedby={describedBy}
			tabIndex={0}
			onKeyDown={onKeyDown}
		>
			<defs>
				<marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
					<path className="topology-diagram__arrow" d="M0,0 L10,5 L0,10 z" />
				</marker>
			</defs>
			{diagram.areas.map((area) => (
				<AreaShape key={area.id} area={area} />
			))}
			{diagram.notes.map((note, index) => (
				<NoteText key={index} note={note} />
			))}
			{diagram.edges.map((edge) => {
				const a = boxes.get(edge.from);
				const b = boxes.get(edge.to);
				if (!a || !b) return null;
				return (
					<line
						key={`${edge.from}-${edge.to}`}
						className={edge.crossing ? 'edge cross-account-edge--crossing' : 'edge'}
						x1={a.x}
						y1={a.y}
						x2={b.x}
						y2={b.y}
					/>
				);
			})}
			{from && to && from !== to && <CurrentLine from={from} to={to} markerId={arrowId} />}
			{diagram.edges
				.filter((edge) => edge.crossing)
				.map(({ from: a, to: b, crossing }) => (
					<text key={`${a}-${b}-label`} className="cross-account-edge__label" x={crossing!.x} y={crossing!.y} textAnchor={crossing!.anchor}>
						{crossing!.label}
					</text>
				))}
			{diagram.nodes.map((node) => {
				const box = boxes.get(node.id)!;
				const role = node.id === hop.to ? 'is-to' : node.id === hop.from ? 'is-from' : '';
				return (
					<g
						key={node.id}
						className={`node ${role}`}
						data-node={node.id}
						role="img"
						aria-label={`${node.label}: ${node.description}`}
						tabIndex={0}
						onFocus={() => onExplain(node.id, 'focus')}
						onBlur={() => onExplain(undefined, 'focus')}
						onMouseEnter={() => onExplain(node.id, 'hover')}
						onMouseLeave={() => onExplain(undefined, 'hover')}
					>
						<rect
							className="node__ring"
							x={box.x - box.halfWidth - 6}
							y={box.y - box.halfHeight - 6}
							width={2 * box.halfWidth + 12}
							height={2 * box.halfHeight + 12}
							rx={14}
						/>
						<NodeBody box={box} />
					</g>
				);
			})}
			{to && <Packet box={to} direction={hop.direction} />}
		</svg>
	);
}

/** The current hop as a thick arrow between the borders of its two boxes. */
function CurrentLine({ from, to, markerId }: { from: Box; to: Box; markerId: string }) {
	const start = entryPoint(to, from);
	const end = entryPoint(from, to, ARROW_GAP);
	return <line className="edge edge--current" x1={start.x} y1={start.y} x2={end.x} y2={end.y} markerEnd={`url(#${markerId})`} />;
}

/**
 * The packet, on top of the box it has reached: a circle for the request, a diamond for the
 * response, each with its name. It moves with a CSS transform so the browser can animate it; the
 * stylesheet turns the animation off for readers who ask for less motion.
 */
function Packet({ box, direction }: { box: Box; direction: Hop['direction'] }) {
	const y = box.y - box.halfHeight - PACKET_LIFT;
	return (
		<g className={`packet packet--${direction}`} style={{ transform: `translate(${box.x}px, ${y}px)` }} aria-hidden="true">
			{direction === 'request' ? <circle r={12} /> : <path d="M0,-14 L14,0 L0,14 L-14,0 z" />}
			<text className="packet__label" x={20} y={-10}>
				{direction}
			</text>
		</g>
	);
}
