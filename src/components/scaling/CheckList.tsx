import type { Check } from '../../scaling/limits.ts';
import Heading, { type HeadingLevel } from '../shared/Heading.tsx';
import SourceLinks from '../shared/SourceLinks.tsx';
import StatusIcon from './StatusIcon.tsx';

interface Props {
	checks: Check[];
	/** The level of each check's own heading. */
	headingLevel: HeadingLevel;
	idPrefix: string;
}

/** Every check, in the fixed order the verdict reads them: value, limit, whether it can be raised, status, sources. */
export default function CheckList({ checks, headingLevel, idPrefix }: Props) {
	return (
		<ol className="scaling-checks">
			{checks.map((check, index) => {
				const id = `${idPrefix}-check-${check.id}`;
				return (
					<li key={check.id} id={id} className={`scaling-check scaling-check--${check.status}`} data-check={check.id} data-status={check.status} tabIndex={-1}>
						<div className="scaling-check__head">
							<Heading level={headingLevel} className="scaling-check__title">
								<span className="scaling-check__number">{index + 1}.</span> {check.title}
							</Heading>
							<p className="scaling-check__status">
								<StatusIcon status={check.status} />
								<span>
									<span className="sr-only">Status: </span>
									{check.statusLabel}
								</span>
							</p>
						</div>
						<dl className="scaling-check__facts">
							<div>
								<dt>Your plan</dt>
								<dd>{check.value}</dd>
							</div>
							<div>
								<dt>Limit</dt>
								<dd>{check.limit}</dd>
							</div>
							<div>
								<dt>Can it be raised?</dt>
								<dd>{check.raise}</dd>
							</div>
						</dl>
						<p className="scaling-check__finding">{check.finding}</p>
						{check.notes.length > 0 && (
							<ul className="scaling-check__notes">
								{check.notes.map((note) => (
									<li key={note}>{note}</li>
								))}
							</ul>
						)}
						<p className="scaling-check__sources">
							{check.sources.length === 1 ? 'Source: ' : 'Sources: '}
							<SourceLinks sources={check.sources} />
						</p>
					</li>
				);
			})}
		</ol>
	);
}
