import { useCallback, useMemo, useState, type KeyboardEventHandler } from 'react';
import { describeDiagram } from '../../cross-account/describe.ts';
import { buildDiagram } from '../../cross-account/layout.ts';
import { ORIENTATIONS, type Configuration, type Hop } from '../../cross-account/model.ts';
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
	const [hovered, setHovered] = useState<string>();
	const [focused, setFocused] = useState<string>();
	const onExplain = useCallback((nodeId: string | undefined, source: 'hover' | 'focus') => (source === 'hover' ? setHovered : setFocused)(nodeId), []);
	const summaryId = `${idPrefix}-diagram-summary`;
	const explained = diagrams[0]!.diagram.nodes.find((node) => node.id === (hovered ?? focused));

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
				<li>
					<span className="legend-swatch cross-account-legend--crossing" aria-hidden="true" /> Dashed: the connection between the accounts, over AWS PrivateLink
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
