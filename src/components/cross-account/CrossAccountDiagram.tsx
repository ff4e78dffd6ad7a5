import { useMemo, type KeyboardEventHandler } from 'react';
import type { Diagram, Hop, Orientation } from '../../cross-account/model.ts';
import { DiagramCaption, useExplained } from '../shared/DiagramKey.tsx';
import DiagramSvg from './DiagramSvg.tsx';

interface Props {
	/** The drawings to render: both before the island has measured its width, then only the one that fits. */
	drawings: Array<{ orientation: Orientation; diagram: Diagram }>;
	/** What each component is, by id: the same in both orientations, so carried once. */
	descriptions: Record<string, string>;
	hop: Hop;
	/** The id of the drawing in words. */
	describedBy: string;
	idPrefix: string;
	onKeyDown: KeyboardEventHandler<SVGSVGElement>;
}

/**
 * The stage's figure: the two accounts side by side, in two columns on a phone. The stylesheet
 * (../shared/explorer.css) shows the orientation that fits the width, so the server-rendered page
 * is right before any script runs; the other is display: none, hence out of the tab order and the
 * accessibility tree.
 */
export default function CrossAccountDiagram({ drawings, descriptions, hop, describedBy, idPrefix, onKeyDown }: Props) {
	const described = useMemo(
		() => drawings.map(({ orientation, diagram }) => ({ orientation, diagram: { ...diagram, nodes: diagram.nodes.map((node) => ({ ...node, description: descriptions[node.id] })) } })),
		[drawings, descriptions],
	);
	// Both orientations draw the same components, so either one names what is explained.
	const [explained, onExplain] = useExplained(described[0]!.diagram.nodes);
	return (
		<figure className="explorer-diagram">
			{described.map(({ orientation, diagram }) => (
				<div key={orientation} className={`explorer-diagram__canvas explorer-diagram__canvas--${orientation}`}>
					<DiagramSvg
						diagram={diagram}
						orientation={orientation}
						hop={hop}
						svgId={`${idPrefix}-${orientation}`}
						describedBy={describedBy}
						onKeyDown={onKeyDown}
						onExplain={onExplain}
					/>
				</div>
			))}
			<DiagramCaption explained={explained} />
		</figure>
	);
}
