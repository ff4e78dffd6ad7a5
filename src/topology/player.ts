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
	/** How fast auto-play steps, chosen by the reader; kept across paths. */
	speed: PlaySpeed;
}

export type PlayerAction =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'seek'; step: number }
	| { type: 'toggle-play' }
	| { type: 'pause' }
	| { type: 'speed'; speed: PlaySpeed }
	/** The path changed (another configuration): keep the step where it still exists. */
	| { type: 'reset'; total: number; step?: number }
	/** The auto-play timer fired. */
	| { type: 'tick' }
	/** Play the journey from its first hop (a fault was chosen: the reader watches the request go to where it dies). */
	| { type: 'replay' };

/** The speeds a reader can choose for auto-play, as multiples of the normal pace. */
export const PLAY_SPEEDS = [0.5, 1, 2] as const;
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];

/**
 * How long auto-play stays on each hop at normal speed: time to read the hop's title and see the
 * packet arrive (its move takes 0.6 s), short enough that a whole journey plays in about 15 s.
 */
export const PLAY_STEP_MS = 1400;

/** How long auto-play stays on each hop at `speed`. */
export const playInterval = (speed: PlaySpeed) => PLAY_STEP_MS / speed;

const clamp = (step: number, total: number) => Math.min(Math.max(0, Math.trunc(step) || 0), Math.max(0, total - 1));

export function initialPlayer(total: number, step = 0): PlayerState {
	return { step: clamp(step, total), total, playing: false, speed: 1 };
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
			// Play moves at once, so the reader sees it work: from the last hop the journey starts
			// again on the first, from any other it goes on to the next.
			if (state.step >= last) return { ...state, step: 0, playing: state.total > 1 };
			return { ...state, step: state.step + 1, playing: state.step + 1 < last };
		case 'pause':
			return { ...state, playing: false };
		case 'speed':
			return { ...state, speed: action.speed };
		case 'reset':
			return { ...state, step: clamp(action.step ?? state.step, action.total), total: action.total, playing: false };
		case 'replay':
			return { ...state, step: 0, playing: state.total > 1 };
		case 'tick':
			if (!state.playing) return state;
			// Auto-play stops on the last hop rather than looping, so it never runs unattended.
			return state.step >= last ? { ...state, playing: false } : { ...state, step: state.step + 1, playing: state.step + 1 < last };
	}
}
