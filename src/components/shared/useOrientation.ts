import { useEffect, useState, type RefObject } from 'react';
import type { Orientation } from '../../topology/model.ts';

/**
 * Which orientation of a drawing fits the width of `ref`'s element: `tall` below `tallBelow` CSS
 * pixels, else `wide`. Undefined on the server and in the first client render, where the page
 * carries both drawings and the stylesheet's container query shows the one that fits; from then
 * on only the fitting one is rendered, so a change of choice redraws one drawing, not two. The
 * stylesheet's threshold must be the same number (see topology.css).
 */
export function useOrientation(ref: RefObject<HTMLElement | null>, tallBelow: number): Orientation | undefined {
	const [orientation, setOrientation] = useState<Orientation>();
	useEffect(() => {
		const element = ref.current;
		if (!element) return;
		const observer = new ResizeObserver(([entry]) => {
			const width = entry!.contentBoxSize[0]?.inlineSize ?? entry!.contentRect.width;
			setOrientation(width < tallBelow ? 'tall' : 'wide');
		});
		observer.observe(element);
		return () => observer.disconnect();
	}, [ref, tallBelow]);
	return orientation;
}
