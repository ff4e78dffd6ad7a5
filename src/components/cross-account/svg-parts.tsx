import type { Area, DiagramNote } from '../../cross-account/model.ts';
import { LABEL_LINE_HEIGHT, type Box } from '../topology/diagram-geometry.ts';

/**
 * Pieces both drawings share: the boxes behind the components (accounts, VPCs, API Gateway's
 * managed side, the internet) and the text inside a component's box.
 */

/** An area with its label in the top-left corner; an account also shows its ID on a second line. */
export function AreaShape({ area }: { area: Area }) {
	const big = area.kind === 'account';
	return (
		<g className={`cross-account-area cross-account-area--${area.kind}`}>
			<rect x={area.x} y={area.y} width={area.width} height={area.height} rx={big ? 16 : 10} />
			<text className="cross-account-area__label" x={area.x + 12} y={area.y + (big ? 26 : 22)}>
				{area.label}
			</text>
			{area.sublabel && (
				<text className="cross-account-area__sublabel" x={area.x + 12} y={area.y + 48}>
					{area.sublabel}
				</text>
			)}
		</g>
	);
}

/** A component's box outline and its label, broken into lines as SVG text does not wrap. */
export function NodeBody({ box }: { box: Box }) {
	return (
		<>
			<rect className="node__box" x={box.x - box.halfWidth} y={box.y - box.halfHeight} width={2 * box.halfWidth} height={2 * box.halfHeight} rx={10} />
			<text
				className="cross-account-diagram__label"
				x={box.x}
				y={box.y - ((box.lines.length - 1) * LABEL_LINE_HEIGHT) / 2}
				textAnchor="middle"
				dominantBaseline="central"
			>
				{box.lines.map((line, index) => (
					<tspan key={index} x={box.x} dy={index === 0 ? 0 : LABEL_LINE_HEIGHT}>
						{/* The space keeps the words apart in the text that is read and searched. */}
						{index < box.lines.length - 1 ? `${line} ` : line}
					</tspan>
				))}
			</text>
		</>
	);
}

/** Words drawn in an empty part of the drawing, one centred line each. */
export function NoteText({ note }: { note: DiagramNote }) {
	return (
		<text className="cross-account-note" x={note.x} y={note.y} textAnchor="middle">
			{note.lines.map((line, index) => (
				<tspan key={index} x={note.x} dy={index === 0 ? 0 : 21}>
					{index < note.lines.length - 1 ? `${line} ` : line}
				</tspan>
			))}
		</text>
	);
}

