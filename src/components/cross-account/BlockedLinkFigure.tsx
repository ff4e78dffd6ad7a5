import type { BlockedDiagram } from '../../cross-account/layout.ts';
import { ACCOUNTS } from '../../cross-account/model.ts';
import type { CSSProperties } from 'react';
import { diagramBoxes } from '../../cross-account/drawing.ts';
import { entryPoint } from '../../explorer/geometry.ts';
import { NodeBody } from '../shared/svg-parts.tsx';
import { AreaShape } from './svg-parts.tsx';

/**
 * The connection AWS does not allow, drawn in the stage where a path would be: a dashed line
 * marked with a cross and the words "Not allowed".
 */
export default function BlockedLinkFigure({ diagram, idPrefix }: { diagram: BlockedDiagram; idPrefix: string }) {
	const boxes = diagramBoxes(diagram);
	const captionId = `${idPrefix}-not-possible-figure`;
	const from = boxes.get(diagram.blocked.from)!;
	const to = boxes.get(diagram.blocked.to)!;
	const start = entryPoint(to, from);
	const end = entryPoint(from, to);
	const middle = { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
	return (
		<figure className="explorer-diagram cross-account__blocked-figure">
			<div className="explorer-diagram__canvas">
			<svg
				className="explorer-svg"
				data-diagram=""
				viewBox={`0 0 ${diagram.width} ${diagram.height}`}
				style={{ '--ratio': diagram.width / diagram.height } as CSSProperties}
				role="img"
				aria-labelledby={captionId}
			>
				{diagram.areas.map((area) => (
					<AreaShape key={area.id} area={area} />
				))}
				{diagram.edges.map((edge) => {
					const a = boxes.get(edge.from)!;
					const b = boxes.get(edge.to)!;
					return <line key={`${edge.from}-${edge.to}`} className="edge" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />;
				})}
				<line className="cross-account-blocked__line" x1={start.x} y1={start.y} x2={end.x} y2={end.y} />
				{diagram.nodes.map((node) => (
					<g key={node.id} className={`node node--${node.owner}`}>
						<NodeBody box={boxes.get(node.id)!} labelClassName="cross-account-diagram__label" />
					</g>
				))}
				<g className="cross-account-blocked__cross">
					<circle cx={middle.x} cy={middle.y} r={15} />
					<path d={`M${middle.x - 7},${middle.y - 7} L${middle.x + 7},${middle.y + 7} M${middle.x + 7},${middle.y - 7} L${middle.x - 7},${middle.y + 7}`} />
				</g>
				<text className="cross-account-blocked__label" x={diagram.blocked.x} y={diagram.blocked.y} textAnchor="middle">
					{diagram.blocked.label}
				</text>
			</svg>
			</div>
			<figcaption id={captionId}>
				The connection that cannot exist: a VPC link in account {ACCOUNTS.consumer.id} pointing at a Network Load Balancer in account{' '}
				{ACCOUNTS.provider.id}, crossed out.
			</figcaption>
		</figure>
	);
}
