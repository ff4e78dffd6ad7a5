import type { Dispatch } from 'react';
import { PLAY_SPEEDS, type PlayerAction, type PlayerState, type PlaySpeed } from '../../topology/player.ts';
import { useAnnouncement } from './useAnnouncement.ts';

interface Props {
	player: PlayerState;
	dispatch: Dispatch<PlayerAction>;
	/** The current hop's title, for the slider's value and the announcement. */
	title: string;
	/** Announcements start after hydration, so the page does not speak when it loads. */
	hydrated: boolean;
	idPrefix: string;
}

const SPEED_NAMES: Record<PlaySpeed, string> = { 0.5: 'Slow', 1: 'Normal', 2: 'Fast' };

/** Previous, Play or Pause, Next, the speed of play, a slider over the hops, and a polite announcement of each step. */
export default function PlayerControls({ player, dispatch, title, hydrated, idPrefix }: Props) {
	const { step, total, playing } = player;
	const position = `Hop ${step + 1} of ${total}`;
	const announcement = useAnnouncement(`${position}: ${title}`, hydrated);
	const sliderId = `${idPrefix}-hop`;
	const speedId = `${idPrefix}-speed`;

	return (
		<div className="player" role="group" aria-label="Step through the hops">
			<div className="player__buttons">
				<button type="button" className="player__button" aria-disabled={step === 0 || undefined} onClick={() => dispatch({ type: 'previous' })}>
					<span className="player__icon player__icon--previous" aria-hidden="true" />
					<span className="player__word">Previous</span>
				</button>
				<button
					type="button"
					className="player__button player__button--primary"
					aria-disabled={total < 2 || undefined}
					onClick={() => dispatch({ type: 'toggle-play' })}
				>
					<span className={`player__icon player__icon--${playing ? 'pause' : 'play'}`} aria-hidden="true" />
					{playing ? 'Pause' : 'Play'}
				</button>
				<button type="button" className="player__button" aria-disabled={step === total - 1 || undefined} onClick={() => dispatch({ type: 'next' })}>
					<span className="player__word">Next</span>
					<span className="player__icon player__icon--next" aria-hidden="true" />
				</button>
				<span className="player__speed">
					<label htmlFor={speedId} className="player__word">
						Speed
					</label>
					<select id={speedId} value={player.speed} onChange={(event) => dispatch({ type: 'speed', speed: Number(event.currentTarget.value) as PlaySpeed })}>
						{PLAY_SPEEDS.map((speed) => (
							<option key={speed} value={speed}>
								{SPEED_NAMES[speed]}
							</option>
						))}
					</select>
				</span>
			</div>
			<div className="player__scrubber">
				<label htmlFor={sliderId}>Hop</label>
				<input
					id={sliderId}
					type="range"
					min={1}
					max={total}
					step={1}
					value={step + 1}
					aria-valuetext={`${position}: ${title}`}
					onChange={(event) => dispatch({ type: 'seek', step: Number(event.currentTarget.value) - 1 })}
				/>
				<span className="player__counter">{position}</span>
			</div>
			<p className="sr-only" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
