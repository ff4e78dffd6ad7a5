import { useCallback, useState, type ReactNode } from 'react';
import type { Owner, TopologyNode } from '../../topology/model.ts';
import type { Explain } from './svg-parts.tsx';

/**
 * What sits under an explorer's drawing: the legend, and the caption that explains the component
 * the reader points at or tabs to.
 */

/** The component under the pointer, or else the one with the focus, and the callback the drawing reports both to. */
export function useExplained<N extends TopologyNode>(nodes: readonly N[]): [N | undefined, Explain] {
	const [hovered, setHovered] = useState<string>();
	const [focused, setFocused] = useState<string>();
	const onExplain = useCallback<Explain>((nodeId, source) => (source === 'hover' ? setHovered : setFocused)(nodeId), []);
	const id = hovered ?? focused;
	return [nodes.find((node) => node.id === id), onExplain];
}

/** The marks every explorer drawing uses; `children` adds an island's own entries after them. */
export function DiagramLegend({ children }: { children?: ReactNode }) {
	return (
		<ul className="explorer-diagram__legend">
			<li>
				<span className="legend-swatch legend-swatch--request" aria-hidden="true" /> Request
			</li>
			<li>
				<span className="legend-swatch legend-swatch--response" aria-hidden="true" /> Response
			</li>
			<li>
				<span className="legend-swatch legend-swatch--current" aria-hidden="true" /> Current hop, with thick outlines on its two ends
			</li>
			{children}
		</ul>
	);
}

/** A legend entry for one colour of the owner palette (see explorer.css). */
export function OwnerKey({ owner, children }: { owner: Owner; children: ReactNode }) {
	return (
		<li>
			<span className={`legend-swatch legend-swatch--owner legend-swatch--${owner}`} aria-hidden="true" /> {children}
		</li>
	);
}

export function DiagramCaption({ explained }: { explained: TopologyNode | undefined }) {
	return (
		<figcaption className="explorer-diagram__caption">
			{explained ? (
				<>
					<strong>{explained.label}:</strong> {explained.description}
				</>
			) : (
				'Point at a component, or move to it with Tab, to read what it is.'
			)}
		</figcaption>
	);
}
