import { useEffect, useMemo, useRef, type KeyboardEventHandler } from 'react';
import type { Hop, Topology } from '../../topology/model.ts';
import { boxesOf } from '../shared/diagram-geometry.ts';
import { DiagramCaption, DiagramLegend, useExplained } from '../shared/DiagramKey.tsx';
import { ArrowMarker, CurrentLine, DiagramNode, Packet } from '../shared/svg-parts.tsx';

interface Props {
	topology: Topology;
	/** The current hop: its two nodes and the line between them are highlighted. */
	hop: Hop;
	/** The id of the hop list, the diagram's text alternative. */
	describedBy: string;
	idPrefix: string;
	onKeyDown: KeyboardEventHandler<SVGSVGElement>;
}

/** The drawing of one topology: areas behind, connections, components, and the travelling packet. */
export default function TopologyDiagram({ topology, hop, describedBy, idPrefix, onKeyDown }: Props) {
	const boxes = useMemo(() => boxesOf(topology.nodes), [topology]);
	const [explained, onExplain] = useExplained(topology.nodes);
	const canvas = useRef<HTMLDivElement>(null);

	const from = boxes.get(hop.from);
	const to = boxes.get(hop.to);
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
					data-diagram=""
					viewBox={`0 0 ${topology.width} ${topology.height}`}
					width="100%"
					role="group"
					aria-label="Topology diagram"
					aria-describedby={describedBy}
					tabIndex={0}
					onKeyDown={onKeyDown}
				>
					<ArrowMarker id={arrowId} />
					{topology.areas.map((area) => (
						<g key={area.id} className={`area area--${area.kind}`}>
							<rect x={area.x} y={area.y} width={area.width} height={area.height} rx={area.kind === 'zone' ? 14 : 10} />
							{/* Zone labels sit at the right: the left edge is where the endpoint service and the
							    load balancer, which span both zones, cross from one zone into the other. */}
							<text
								x={area.kind === 'az' ? area.x + area.width - 12 : area.x + 12}
								y={area.y + (area.kind === 'zone' ? 26 : 22)}
								textAnchor={area.kind === 'az' ? 'end' : undefined}
							>
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
					{topology.nodes.map((node) => (
						<DiagramNode key={node.id} node={node} box={boxes.get(node.id)!} hop={hop} onExplain={onExplain} />
					))}
					{to && <Packet box={to} direction={hop.direction} />}
				</svg>
			</div>
			<p className="topology-diagram__scroll-hint">The drawing is wider than the screen: scroll it sideways to see all of it.</p>
			<DiagramLegend />
			<DiagramCaption explained={explained} />
		</figure>
	);
}
