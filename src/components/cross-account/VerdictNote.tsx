import { memo } from 'react';
import type { Verdict } from '../../cross-account/rules.ts';
import SourceLinks from '../shared/SourceLinks.tsx';

type Supported = Exclude<Verdict, { status: 'impossible' }>;

/** What the drawn path rests on: a pattern AWS documents, or an inference, said in words and with its pages. */
function VerdictNote({ verdict }: { verdict: Supported }) {
	const inferred = verdict.status === 'inferred';
	return (
		<div className={`cross-account__verdict cross-account__verdict--${verdict.status}`}>
			<p>
				<span className="cross-account__badge">{inferred ? 'Inferred' : 'Documented by AWS'}</span> {verdict.summary}
			</p>
			{inferred && (
				<p>
					<span className="cross-account__why">Why it is marked as inferred:</span> {verdict.reason}
				</p>
			)}
			<p className="cross-account__verdict-sources">
				Sources:{' '}
				<SourceLinks sources={verdict.sources} />
			</p>
		</div>
	);
}

/** Memoised: it renders the explorer's deferred view, so a change re-renders it only when that catches up. */
export default memo(VerdictNote);
