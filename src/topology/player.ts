/**
 * Stepping along the hop list: which hop is current and whether auto-play runs. A pure reducer,
 * so the React binding only dispatches actions and runs the timer.
 */

export interface PlayerState {
	/** Index of the current hop, 0-based. */
	step: number;
	/** Number of hops in the current path. */
	total: number;
	playing: boolean;
}

export type PlayerAction =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'seek'; step: number }
	| { type: 'toggle-play' }
	| { type: 'pause' }
	/** The path changed (another configuration): keep the step where it still exists. */
	| { type: 'reset'; total: number; step?: number }
	/** The auto-play timer fired. */
	| { type: 'tick' };

/** How long auto-play stays on each hop. */
export const PLAY_INTERVAL_MS = 2500;

const clamp = (step: number, total: number) => Math.min(Math.max(0, Math.trunc(step) || 0), Math.max(0, total - 1));

export function initialPlayer(total: number, step = 0): PlayerState {
	return { step: clamp(step, total), total, playing: false };
}

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
	const last = state.total - 1;
	switch (action.type) {
		case 'next':
			return { ...state, step: clamp(state.step + 1, state.total), playing: false };
		case 'previous':
			return { ...state, step: clamp(state.step - 1, state.total), playing: false };
		case 'seek':
			return { ...state, step: clamp(action.step, state.total), playing: false };
		case 'toggle-play':
			if (state.playing) return { ...state, playing: false };
			// Playing from the last hop starts the journey again.
			return { ...state, step: state.step >= last ? 0 : state.step, playing: state.total > 1 };
		case 'pause':
			return { ...state, playing: false };
		case 'reset':
			return { step: clamp(action.step ?? state.step, action.total), total: action.total, playing: false };
		case 'tick':
			if (!state.playing) return state;
			// Auto-play stops on the last hop rather than looping, so it never runs unattended.
			return state.step >= last ? { ...state, playing: false } : { ...state, step: state.step + 1, playing: state.step + 1 < last };
	}
}
