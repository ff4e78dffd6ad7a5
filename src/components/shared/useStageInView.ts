import { useCallback, useRef } from 'react';

/**
 * Keeps an explorer's stage (player, drawing and step panel) on screen when the reader steps: if
 * any of it is out of view after a step, the page scrolls just enough to show all of it, under
 * the sticky header (the stage's scroll-margin). The stage is never taller than the screen, so
 * all of it fits. Smooth unless the reader asks for less motion.
 */
export function useStageInView() {
	const stage = useRef<HTMLDivElement>(null);
	const reveal = useCallback(() => {
		requestAnimationFrame(() => {
			const element = stage.current;
			if (!element) return;
			const { top, bottom } = element.getBoundingClientRect();
			const header = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
			if (top >= header && bottom <= window.innerHeight) return;
			const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
			element.scrollIntoView({ block: bottom - top > window.innerHeight - header ? 'start' : 'nearest', behavior: smooth ? 'smooth' : 'auto' });
		});
	}, []);
	return { stage, reveal };
}
