import { useMemo, useRef, type KeyboardEventHandler } from 'react';
import { ORIENTATIONS, type Diagram, type Hop, type Orientation } from '../../cross-account/model.ts';
import { DiagramCaption, DiagramLegend, useExplained } from '../shared/DiagramKey.tsx';
import { useOrientation } from '../shared/useOrientation.ts';
import DiagramSvg from './DiagramSvg.tsx';

interface Props {
	/** The path drawn, in each orientation, and in sentences (see cross-account/setup-view.ts). */
	drawings: Record<Orientation, Diagram>;
	/** What each component is, by id: the same in both orientations, so carried once. */
	descriptions: Record<string, string>;
	summary: string;
	hop: Hop;
	idPrefix: string;
	onKeyDown: KeyboardEventHandler<SVGSVGElement>;
}

/**
 * Below this width (CSS px) the drawing stacks the accounts: the wide one is 1,000 units across, and
 * narrower its labels would drop under 60% of their size. cross-account.css uses the same number.
 */
const TALL_BELOW = 600;

/**
 * The drawing in both orientations. The stylesheet shows one of them by the width available (side
 * by side when there is room, stacked on a phone), so the server-rendered page is right before
 * any script runs; the other is display: none, hence out of the tab order and the accessibility
 * tree. Once the island has measured its width, only the drawing that fits is rendered, so a
 * change of choice redraws one drawing, not two.
 */
export default function CrossAccountDiagram({ drawings, descriptions, summary, hop, idPrefix, onKeyDown }: Props) {
	const figure = useRef<HTMLElement>(null);
	const fits = useOrientation(figure, TALL_BELOW);
	const diagrams = useMemo(
		() =>
			(fits ? [fits] : ORIENTATIONS).map((orientation) => {
				const diagram = drawings[orientation];
				return { orientation, diagram: { ...diagram, nodes: diagram.nodes.map((node) => ({ ...node, description: descriptions[node.id] })) } };
			}),
		[drawings, descriptions, fits],
	);
	// Both orientations draw the same components, so either one names what is explained.
	const [explained, onExplain] = useExplained(diagrams[0]!.diagram.nodes);
	const summaryId = `${idPrefix}-diagram-summary`;

	return (
		<figure className="cross-account-diagram" ref={figure}>
			{diagrams.map(({ orientation, diagram }) => (
				<div key={orientation} className={`cross-account-diagram__canvas cross-account-diagram__canvas--${orientation}`}>
					<DiagramSvg
						diagram={diagram}
						hop={hop}
						svgId={`${idPrefix}-${orientation}`}
						describedBy={summaryId}
						onKeyDown={onKeyDown}
						onExplain={onExplain}
					/>
				</div>
			))}
			<p className="cross-account-diagram__summary" id={summaryId}>
				{summary}
			</p>
			<DiagramLegend>
				<li>
					<span className="legend-swatch cross-account-legend--crossing" aria-hidden="true" /> Dashed: the connection between the accounts, over AWS PrivateLink
				</li>
			</DiagramLegend>
			<DiagramCaption explained={explained} />
		</figure>
	);
}
