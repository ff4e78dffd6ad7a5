import type { Area, DiagramNote } from '../../cross-account/model.ts';

/**
 * Pieces both cross-account drawings (the explorer's and the refused link's) share: the boxes
 * behind the components (accounts, VPCs, API Gateway's managed side, the internet) and notes.
 * A component's own box is the explorers' shared NodeBody (../shared/svg-parts.tsx).
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
