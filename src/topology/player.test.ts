import { describe, expect, test } from 'vitest';
import { initialPlayer, playerReducer, playInterval, type PlayerAction, type PlayerState } from './player.ts';

const run = (state: PlayerState, ...actions: PlayerAction[]) => actions.reduce(playerReducer, state);

describe('player', () => {
	test('steps forward and back within the path', () => {
		const start = initialPlayer(3);
		expect(run(start, { type: 'next' }, { type: 'next' }, { type: 'next' }).step).toBe(2);
		expect(run(start, { type: 'previous' }).step).toBe(0);
		expect(run(start, { type: 'seek', step: 9 }).step).toBe(2);
	});

	test('a replay starts on the first hop and plays to the last, where it stops', () => {
		let state = run(initialPlayer(3, 2), { type: 'replay' });
		expect(state).toMatchObject({ step: 0, playing: true });
		state = run(state, { type: 'tick' }, { type: 'tick' });
		expect(state).toMatchObject({ step: 2, playing: false });
		expect(run(initialPlayer(1), { type: 'replay' })).toMatchObject({ step: 0, playing: false });
	});

	test('play moves on at once, then on each tick, and stops by itself on the last hop', () => {
		let state = run(initialPlayer(4), { type: 'toggle-play' });
		expect(state).toMatchObject({ step: 1, playing: true });
		state = run(state, { type: 'tick' });
		expect(state).toMatchObject({ step: 2, playing: true });
		state = run(state, { type: 'tick' });
		expect(state).toMatchObject({ step: 3, playing: false });
		expect(run(state, { type: 'tick' })).toBe(state);
		// Play on the hop before the last shows the last and stops there.
		expect(run(initialPlayer(4, 2), { type: 'toggle-play' })).toMatchObject({ step: 3, playing: false });
	});

	test('play from the last hop starts again from the first; any manual step pauses', () => {
		expect(run(initialPlayer(3, 2), { type: 'toggle-play' })).toMatchObject({ step: 0, playing: true });
		expect(run(initialPlayer(3), { type: 'toggle-play' }, { type: 'next' }).playing).toBe(false);
	});

	test('the speed changes the pace without pausing, and stays on a new path', () => {
		const playing = run(initialPlayer(5), { type: 'toggle-play' }, { type: 'speed', speed: 2 });
		expect(playing).toMatchObject({ playing: true, speed: 2 });
		expect(playInterval(2)).toBe(playInterval(1) / 2);
		expect(playInterval(0.5)).toBe(playInterval(1) * 2);
		expect(run(playing, { type: 'reset', total: 3 }).speed).toBe(2);
	});

	test('a new path keeps the step where it still exists', () => {
		expect(run(initialPlayer(10, 7), { type: 'reset', total: 5 }).step).toBe(4);
		expect(run(initialPlayer(10, 3), { type: 'reset', total: 5 }).step).toBe(3);
	});
});
