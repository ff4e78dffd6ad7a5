import { useMemo, type KeyboardEventHandler } from 'react';
import type { Diagram, Hop } from '../../cross-account/model.ts';
import { boxesOf } from '../../explorer/geometry.ts';
import { ArrowMarker, CurrentLine, DiagramNode, Packet, type Explain } from '../shared/svg-parts.tsx';
import { AreaShape, NoteText } from './svg-parts.tsx';

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
	onExplain: Explain;
}

/** One orientation of the drawing: accounts and VPCs behind, connections, components, and the travelling packet. */
export default function DiagramSvg({ diagram, hop, svgId, describedBy, onKeyDown, onExplain }: Props) {
	const boxes = useMemo(() => boxesOf(diagram.nodes), [diagram]);
	const from = boxes.get(hop.from);
	const to = boxes.get(hop.to);
	const arrowId = `${svgId}-arrow`;

	return (
		<svg
			data-diagram=""
			className="cross-account-diagram__svg"
			viewBox={`0 0 ${diagram.width} ${diagram.height}`}
			width="100%"
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
			{to && <Packet box={to} direction={hop.direction} />}
		</svg>
	);
}
