import { useMemo, type KeyboardEventHandler } from 'react';
import { describeDiagram } from '../../cross-account/describe.ts';
import { buildDiagram } from '../../cross-account/layout.ts';
import { ORIENTATIONS, type Configuration, type Hop } from '../../cross-account/model.ts';
import { DiagramCaption, DiagramLegend, useExplained } from '../shared/DiagramKey.tsx';
import DiagramSvg from './DiagramSvg.tsx';

interface Props {
	config: Configuration;
	hop: Hop;
	idPrefix: string;
	onKeyDown: KeyboardEventHandler<SVGSVGElement>;
}

/**
 * The drawing in both orientations. The stylesheet shows one of them by the width available (side
 * by side when there is room, stacked on a phone), so the server-rendered page is right before
 * any script runs. The other is display: none, hence out of the tab order and the accessibility tree.
 */
export default function CrossAccountDiagram({ config, hop, idPrefix, onKeyDown }: Props) {
	const diagrams = useMemo(() => ORIENTATIONS.map((orientation) => ({ orientation, diagram: buildDiagram(config, orientation) })), [config]);
	// Both orientations draw the same components, so either one names what is explained.
	const [explained, onExplain] = useExplained(diagrams[0]!.diagram.nodes);
	const summaryId = `${idPrefix}-diagram-summary`;

	return (
		<figure className="cross-account-diagram">
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
				{describeDiagram(config)}
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
