import { useCallback, useRef } from 'react';

/**
 * Keeps an explorer's stage (player, drawing and step panel) on screen when the reader steps: if
 * any of it is out of view after a step, the page scrolls just enough to show all of it below the
 * sticky header (the stage's scroll-margin-top says how much room that takes). The stage is sized
 * never to be taller than that, so all of it fits. The page is scrolled by hand rather than with
 * scrollIntoView, which adds the page's own scroll-padding (Starlight's, for headings) and would
 * leave a stage that just fits partly out of view. Smooth unless the reader asks for less motion.
 */
export function useStageInView() {
	const stage = useRef<HTMLDivElement>(null);
	const reveal = useCallback(() => {
		requestAnimationFrame(() => {
			const element = stage.current;
			if (!element) return;
			const inset = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
			const { top, bottom, height } = element.getBoundingClientRect();
			const above = top - inset;
			const below = bottom - window.innerHeight;
			if (above >= 0 && below <= 0) return;
			// Taller than the room (a very short window): show its top, where the player is.
			const by = above < 0 || height > window.innerHeight - inset ? above : below;
			const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
			window.scrollBy({ top: by, behavior: smooth ? 'smooth' : 'auto' });
		});
	}, []);
	return { stage, reveal };
}
