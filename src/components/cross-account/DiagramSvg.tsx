import { useMemo, type CSSProperties, type KeyboardEventHandler } from 'react';
import { diagramBoxes } from '../../cross-account/drawing.ts';
import type { Diagram, Hop, Orientation } from '../../cross-account/model.ts';
import { ArrowMarker, carries, Connection, ConnectionLabel, CurrentLine, DiagramNode, Packet, type Explain } from '../shared/svg-parts.tsx';
import { AreaShape } from './svg-parts.tsx';

interface Props {
	diagram: Diagram;
	orientation: Orientation;
	/** The current hop: its two components and the line between them are highlighted. */
	hop: Hop;
	/** Unique within the page: the arrow marker's id is built from it. */
	svgId: string;
	/** The id of the text that describes the drawing in words. */
	describedBy: string;
	onKeyDown: KeyboardEventHandler<SVGSVGElement>;
	/** Which component the pointer or the focus is on, for the caption under the drawing. */
	onExplain: Explain;
}

/**
 * One orientation of the drawing: accounts, VPCs and API Gateway's managed side behind, coloured
 * by who runs them; connections with what they carry; components; and the travelling packet.
 */
export default function DiagramSvg({ diagram, orientation, hop, svgId, describedBy, onKeyDown, onExplain }: Props) {
	const boxes = useMemo(() => diagramBoxes(diagram), [diagram]);
	const from = boxes.get(hop.from);
	const to = boxes.get(hop.to);
	const arrowId = `${svgId}-arrow`;

	return (
		<svg
			data-diagram=""
			data-orientation={orientation}
			className={`explorer-svg explorer-svg--${orientation} cross-account-diagram__svg`}
			viewBox={`0 0 ${diagram.width} ${diagram.height}`}
			style={{ '--ratio': diagram.width / diagram.height } as CSSProperties}
			role="group"
			aria-label="Diagram of the two AWS accounts and the path between them"
			aria-describedby={describedBy}
			tabIndex={0}
			onKeyDown={onKeyDown}
		>
			<ArrowMarker id={arrowId} />
			{diagram.areas.map((area) => (
				<AreaShape key={area.id} area={area} />
			))}
			{diagram.edges.map((edge) => {
				const a = boxes.get(edge.from);
				const b = boxes.get(edge.to);
				return a && b ? <Connection key={`${edge.from}-${edge.to}`} edge={edge} a={a} b={b} /> : null;
			})}
			{from && to && from !== to && <CurrentLine from={from} to={to} markerId={arrowId} />}
			{/* The label class and data-node are what the end-to-end tests find components by. */}
			{diagram.nodes.map((node) => (
				<DiagramNode
					key={node.id}
					node={node}
					box={boxes.get(node.id)!}
					hop={hop}
					onExplain={onExplain}
					labelClassName="cross-account-diagram__label"
					dataNode={node.id}
				/>
			))}
			{diagram.edges.map((edge) => (
				<ConnectionLabel key={`${edge.from}-${edge.to}`} edge={edge} current={carries(edge, hop)} />
			))}
			{to && <Packet box={to} direction={hop.direction} />}
		</svg>
	);
}
