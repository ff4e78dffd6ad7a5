import type { Status } from '../../scaling/limits.ts';

/**
 * A shape for each status, so status never rests on colour alone: a circle with a tick (within),
 * a triangle with an exclamation mark (binds), an octagon with a cross (not allowed) and a
 * diamond with an "i" (advice). Decorative: the status is always written next to it.
 */
export default function StatusIcon({ status }: { status: Status }) {
	return (
		<svg className={`scaling-status-icon scaling-status-icon--${status}`} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
			{status === 'within' && (
				<>
					<circle className="scaling-status-icon__shape" cx="10" cy="10" r="9" />
					<path className="scaling-status-icon__glyph" d="M5.5 10.5 L8.5 13.5 L14.5 7" />
				</>
			)}
			{status === 'binds' && (
				<>
					<path className="scaling-status-icon__shape" d="M10 1.5 L19 18 L1 18 Z" />
					<path className="scaling-status-icon__glyph" d="M10 7 L10 12.5 M10 15.2 L10 15.4" />
				</>
			)}
			{status === 'blocked' && (
				<>
					<path className="scaling-status-icon__shape" d="M6.3 1 L13.7 1 L19 6.3 L19 13.7 L13.7 19 L6.3 19 L1 13.7 L1 6.3 Z" />
					<path className="scaling-status-icon__glyph" d="M6.5 6.5 L13.5 13.5 M13.5 6.5 L6.5 13.5" />
				</>
			)}
			{status === 'advice' && (
				<>
					<path className="scaling-status-icon__shape" d="M10 0.5 L19.5 10 L10 19.5 L0.5 10 Z" />
					<path className="scaling-status-icon__glyph" d="M10 9 L10 14 M10 5.8 L10 6" />
				</>
			)}
		</svg>
	);
}
