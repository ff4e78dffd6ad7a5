import type { CSSProperties } from 'react';
import type { Meter } from '../../scaling/meters.ts';
import StatusIcon from './StatusIcon.tsx';

/**
 * The plan against each limit, as bars: how far the plan reaches along a track that runs to one
 * and a half times the limit, with the limit marked. The first limit that binds, the one the
 * verdict names, says so. The words carry everything the bars show. Each bar keeps its height
 * (a line of words over the track), so nothing beside the inputs moves as they change.
 */
export default function LimitMeters({ meters }: { meters: Meter[] }) {
	return (
		<ul className="scaling-meters">
			{meters.map((meter) => (
				<li key={meter.id} className={`scaling-meter scaling-meter--${meter.status}${meter.first ? ' is-first' : ''}`} data-meter={meter.id}>
					<span className="scaling-meter__label">
						<StatusIcon status={meter.status} />
						{meter.label}
						{meter.first && (
							<span className="scaling-meter__first">
								{/* Short on screen, beside the binding icon; whole for a screen reader. */}
								<span className="sr-only">binds </span>first
							</span>
						)}
					</span>
					<span className="scaling-meter__text">{meter.text}</span>
					<span className="scaling-meter__track" aria-hidden="true" style={{ '--fill': meter.fill, '--mark': meter.mark } as CSSProperties}>
						<span className="scaling-meter__bar" />
						<span className="scaling-meter__limit" />
					</span>
				</li>
			))}
		</ul>
	);
}
