import { useCallback, useDeferredValue, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { LazyModule } from '../../explorer/lazy-module.ts';
import type { Hop } from '../../topology/model.ts';
import type { PlayerAction } from '../../topology/player.ts';
import { useJourney } from './usePlayer.ts';
import { useSetupView } from './useSetupView.tsx';
import { useStageInView } from './useStageInView.ts';

/** What an explorer's core works out for one setup: at least the journey to step through. */
export interface JourneyView {
	hops: Hop[];
}

export interface ExplorerOptions<M, R, V extends JourneyView> {
	/** The core that works out any setup's view, loaded on demand (see explorer/lazy-module.ts). */
	module: LazyModule<M>;
	compute: (module: M, request: R) => V;
	/** What the reader asked for. */
	request: R;
	/** Names a request: requests with the same name get the same view. */
	keyOf: (request: R) => string;
	/** The requests one click away from this one, whose views are worked out ahead in idle time. */
	around: (request: R) => R[];
	/** Names the path a view steps through: a new view on the same path keeps the player's place. */
	pathOf: (view: V) => string;
	/** The hops a view steps through, where the island changes them (a fault ends the journey where the request dies); the view's own otherwise. */
	hopsOf?: (view: V) => Hop[];
	idPrefix: string;
}

const ownHops = (view: JourneyView) => view.hops;

/**
 * The state both explorers share: the view of the setup the reader asked for (the last one stays,
 * marked as loading, while a new one is on its way), the player on its journey, and the stage
 * kept in view when the reader steps (see useStageInView). What follows the stage (the full hop
 * list, and each island's own sections) follows a change a moment later, in the background, so
 * that a choice or a step redraws what is on screen first: `list` and `below` are deferred, and
 * the components that render them are memoised, so the urgent render skips them. That includes
 * taking the hop list away for a setup that cannot be built, and building it again.
 */
export function useExplorer<M, R, V extends JourneyView>({ module, compute, request, keyOf, around, pathOf, hopsOf = ownHops, idPrefix }: ExplorerOptions<M, R, V>) {
	const named = useCallback((next: R) => around(next).map((each) => ({ key: keyOf(each), request: each })), [around, keyOf]);
	const { view: shown, loading, failed, prefetch, pageData } = useSetupView(module, compute, request, keyOf(request), `${idPrefix}-view`, named);
	const hops = hopsOf(shown);
	const { player, dispatch, onKeyDown } = useJourney(pathOf(shown), hops.length);
	/** The view for what follows the stage: a change reaches it a moment later, in the background. */
	const below = useDeferredValue(shown);
	const { stage, reveal: revealNow } = useStageInView();
	// A step taken while a new setup is on its way is shown again once it arrives, since its
	// drawing may be taller than the one the stage was scrolled to.
	const revealOnArrival = useRef(false);
	const reveal = useCallback(() => {
		revealOnArrival.current = loading;
		revealNow();
	}, [loading, revealNow]);
	useEffect(() => {
		if (loading || !revealOnArrival.current) return;
		revealOnArrival.current = false;
		revealNow();
	}, [loading, revealNow]);

	// Stepping from the player or the drawing keeps the drawing and the step panel on screen together.
	const step = useCallback(
		(action: PlayerAction) => {
			dispatch(action);
			reveal();
		},
		[dispatch, reveal],
	);
	const onStageKeyDown = useMemo(
		() => (event: KeyboardEvent<Element>) => {
			onKeyDown(event);
			if (event.defaultPrevented) reveal();
		},
		[onKeyDown, reveal],
	);
	const seek = useCallback((index: number) => dispatch({ type: 'seek', step: index }), [dispatch]);

	return {
		view: shown,
		loading,
		failed,
		prefetch,
		pageData,
		player,
		dispatch,
		step,
		onKeyDown,
		onStageKeyDown,
		seek,
		hops,
		hop: hops[player.step],
		list: { hops: hopsOf(below), step: useDeferredValue(player.step) },
		below,
		stage,
		/** Brings the whole stage into view, as a step does. */
		reveal,
	};
}
