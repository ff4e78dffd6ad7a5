import { useEffect, useMemo, useRef, useState, type KeyboardEventHandler } from 'react';
import type { Hop, Topology } from '../../topology/model.ts';
import { entryPoint, LABEL_LINE_HEIGHT, nodeBox, type Box } from './diagram-geometry.ts';

interface Props {
	topology: Topology;
	/** The current hop: its two nodes and the line between them are highlighted. */
	hop: Hop;
	/** The id of the hop list, the diagram's text alternative. */
	describedBy: string;
	idPrefix: string;
	onKeyDown: KeyboardEventHandler<SVGSVGElement>;
}

/** Room between the arrow's tip and the box it points at. */
const ARROW_GAP = 4;
/** How far above a box's top edge the packet marker sits. */
const PACKET_LIFT = 4;

/** The drawing of one topology: areas behind, connections, components, and the travelling packet. */
export default function TopologyDiagram({ topology, hop, describedBy, idPrefix, onKeyDown }: Props) {
	const boxes = useMemo(() => new Map(topology.nodes.map((node) => [node.id, nodeBox(node)])), [topology]);
	const [hovered, setHovered] = useState<string>();
	const [focused, setFocused] = useState<string>();
	const canvas = useRef<HTMLDivElement>(null);

	const from = boxes.get(hop.from);
	const to = boxes.get(hop.to);
	const explained = topology.nodes.find((node) => node.id === (hovered ?? focused));
	const arrowId = `${idPrefix}-arrow`;

	// On a narrow screen the drawing scrolls sideways; keep the packet in view as it moves.
	useEffect(() => {
		const element = canvas.current;
		if (!element || !to || element.scrollWidth <= element.clientWidth) return;
		const x = (to.x / topology.width) * element.scrollWidth;
		const margin = element.clientWidth / 5;
		if (x < element.scrollLeft + margin || x > element.scrollLeft + element.clientWidth - margin) {
			element.scrollTo({ left: x - element.clientWidth / 2 });
		}
	}, [to, topology.width]);

	return (
		<figure className="topology-diagram">
			<div className="topology-diagram__canvas" ref={canvas}>
				<svg
					viewBox={`0 0 ${topology.width} ${topology.height}`}
					width="100%"
					role="group"
					aria-label="Topology diagram"
					aria-describedby={describedBy}
					tabIndex={0}
					onKeyDown={onKeyDown}
				>
					<defs>
						<marker id={arrowId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
							<path className="topology-diagram__arrow" d="M0,0 L10,5 L0,10 z" />
						</marker>
					</defs>
					{topology.areas.map((area) => (
						<g key={area.id} className={`area area--${area.kind}`}>
							<rect x={area.x} y={area.y} width={area.width} height={area.height} rx={area.kind === 'zone' ? 14 : 10} />
							<text x={area.x + 12} y={area.y + (area.kind === 'zone' ? 26 : 22)}>
								{area.label}
							</text>
						</g>
					))}
					{topology.edges.map((edge) => {
						const a = boxes.get(edge.from);
						const b = boxes.get(edge.to);
						return a && b ? <line key={`${edge.from}-${edge.to}`} className="edge" x1={a.x} y1={a.y} x2={b.x} y2={b.y} /> : null;
					})}
					{from && to && from !== to && <CurrentLine from={from} to={to} markerId={arrowId} />}
					{topology.nodes.map((node) => {
						const box = boxes.get(node.id)!;
						const role = node.id === hop.to ? 'is-to' : node.id === hop.from ? 'is-from' : '';
						return (
							<g
								key={node.id}
								className={`node ${role}`}
								role="img"
								aria-label={`${node.label}: ${node.description}`}
								tabIndex={0}
								onFocus={() => setFocused(node.id)}
								onBlur={() => setFocused(undefined)}
								onMouseEnter={() => setHovered(node.id)}
								onMouseLeave={() => setHovered(undefined)}
							>
								<rect
									className="node__ring"
									x={box.x - box.halfWidth - 6}
									y={box.y - box.halfHeight - 6}
									width={2 * box.halfWidth + 12}
									height={2 * box.halfHeight + 12}
									rx={14}
								/>
								<rect className="node__box" x={box.x - box.halfWidth} y={box.y - box.halfHeight} width={2 * box.halfWidth} height={2 * box.halfHeight} rx={10} />
								<text className="topology-diagram__label" x={box.x} y={box.y - ((box.lines.length - 1) * LABEL_LINE_HEIGHT) / 2} textAnchor="middle" dominantBaseline="central">
									{box.lines.map((line, index) => (
										<tspan key={index} x={box.x} dy={index === 0 ? 0 : LABEL_LINE_HEIGHT}>
											{/* The space keeps the words apart in the text that is read and searched. */}
											{index < box.lines.length - 1 ? `${line} ` : line}
										</tspan>
									))}
								</text>
							</g>
						);
					})}
					{to && <Packet box={to} direction={hop.direction} />}
				</svg>
			</div>
			<p className="topology-diagram__scroll-hint">The drawing is wider than the screen: scroll it sideways to see all of it.</p>
			<ul className="topology-diagram__legend">
				<li>
					<span className="legend-swatch legend-swatch--request" aria-hidden="true" /> Request
				</li>
				<li>
					<span className="legend-swatch legend-swatch--response" aria-hidden="true" /> Response
				</li>
				<li>
					<span className="legend-swatch legend-swatch--current" aria-hidden="true" /> Current hop, with thick outlines on its two ends
				</li>
			</ul>
			<figcaption className="topology-diagram__caption">
				{explained ? (
					<>
						<strong>{explained.label}:</strong> {explained.description}
					</>
				) : (
					'Point at a component, or move to it with Tab, to read what it is.'
				)}
			</figcaption>
		</figure>
	);
}

/** The current hop as a thick arrow between the borders of its two boxes. */
function CurrentLine({ from, to, markerId }: { from: Box; to: Box; markerId: string }) {
	const start = entryPoint(to, from);
	const end = entryPoint(from, to, ARROW_GAP);
	return <line className="edge edge--current" x1={start.x} y1={start.y} x2={end.x} y2={end.y} markerEnd={`url(#${markerId})`} />;
}

/**
 * The packet, on top of the box it has reached. It moves with a CSS transform so the browser can
 * animate it, and the stylesheet turns the animation off for readers who ask for less motion.
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
