import { useEffect, useMemo, useReducer, useState, type Dispatch, type KeyboardEvent } from 'react';
import { initialPlayer, playerReducer, playInterval, type PlayerAction, type PlayerState } from '../../topology/player.ts';

/**
 * The player reducer bound to one path of hops. `pathKey` names the path: when it changes, the
 * player restarts on the new path, keeping its step where that hop still exists.
 */
export function usePlayer(pathKey: string, total: number): [PlayerState, Dispatch<PlayerAction>] {
	const [player, dispatch] = useReducer(playerReducer, total, (count: number) => initialPlayer(count));
	const [playerPath, setPlayerPath] = useState(pathKey);
	const pathChanged = playerPath !== pathKey;
	if (pathChanged) {
		// During render rather than in an effect, so no frame ever shows a step the new path lacks.
		setPlayerPath(pathKey);
		dispatch({ type: 'reset', total });
	}
	// React renders again at once with the reset state; this render must not use the stale step either.
	const current = pathChanged ? playerReducer(player, { type: 'reset', total }) : player;

	useEffect(() => {
		if (!player.playing) return;
		const timer = window.setInterval(() => dispatch({ type: 'tick' }), playInterval(player.speed));
		return () => window.clearInterval(timer);
	}, [player.playing, player.speed]);

	return [current, dispatch];
}

/**
 * An explorer's journey of `total` hops, ready to step through: the player (see usePlayer) and the
 * keys for the drawing and the hop list (see stepKeys). The number is enough: the hops' words may
 * still be on their way (see useSetupView).
 */
export function useJourney(pathKey: string, total: number) {
	const [player, dispatch] = usePlayer(pathKey, total);
	const onKeyDown = useMemo(() => stepKeys(dispatch), [dispatch]);
	return { player, dispatch, onKeyDown };
}

/**
 * Arrow keys and Space for the diagram and the hop list. Form fields keep their own keys: a
 * radio group, a slider and a text box all use the arrows.
 */
export function stepKeys(dispatch: Dispatch<PlayerAction>) {
	return (event: KeyboardEvent<Element>) => {
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		if ((event.target as Element).closest('input, select, textarea, [contenteditable]')) return;
		if (event.key === 'ArrowLeft') dispatch({ type: 'previous' });
		else if (event.key === 'ArrowRight') dispatch({ type: 'next' });
		// Also keeps Space from scrolling the page or pressing the focused hop button.
		else if (event.key === ' ') dispatch({ type: 'toggle-play' });
		else return;
		event.preventDefault();
	};
}
