import { describe, expect, test } from 'vitest';
import { initialPlayer, playerReducer, type PlayerAction, type PlayerState } from './player.ts';

const run = (state: PlayerState, ...actions: PlayerAction[]) => actions.reduce(playerReducer, state);

describe('player', () => {
	test('steps forward and back within the path', () => {
		const start = initialPlayer(3);
		expect(run(start, { type: 'next' }, { type: 'next' }, { type: 'next' }).step).toBe(2);
		expect(run(start, { type: 'previous' }).step).toBe(0);
		expect(run(start, { type: 'seek', step: 9 }).step).toBe(2);
	});

	test('auto-play advances on each tick and stops by itself on the last hop', () => {
		let state = run(initialPlayer(3), { type: 'toggle-play' });
		expect(state.playing).toBe(true);
		state = run(state, { type: 'tick' });
		expect(state).toMatchObject({ step: 1, playing: true });
		state = run(state, { type: 'tick' });
		expect(state).toMatchObject({ step: 2, playing: false });
		expect(run(state, { type: 'tick' })).toBe(state);
	});

	test('play from the last hop starts again from the first; any manual step pauses', () => {
		expect(run(initialPlayer(3, 2), { type: 'toggle-play' })).toMatchObject({ step: 0, playing: true });
		expect(run(initialPlayer(3), { type: 'toggle-play' }, { type: 'next' }).playing).toBe(false);
	});

	test('a new path keeps the step where it still exists', () => {
		expect(run(initialPlayer(10, 7), { type: 'reset', total: 5 }).step).toBe(4);
		expect(run(initialPlayer(10, 3), { type: 'reset', total: 5 }).step).toBe(3);
	});
});
