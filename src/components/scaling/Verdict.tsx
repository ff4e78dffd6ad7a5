import type { Verdict as VerdictData } from '../../scaling/limits.ts';
import Heading, { type HeadingLevel } from '../shared/Heading.tsx';
import SourceLinks from '../shared/SourceLinks.tsx';
import { useAnnouncement } from '../shared/useAnnouncement.ts';
import StatusIcon from './StatusIcon.tsx';

interface Props {
	verdict: VerdictData;
	/** The number of the check the verdict names, as the list of checks shows it. */
	checkNumber: number;
	/** Announcements start after hydration, so the page does not speak when it loads. */
	hydrated: boolean;
	headingLevel: HeadingLevel;
	idPrefix: string;
}

/** How long the headline must stay the same before it is announced: typing "12000" speaks once. */
export const ANNOUNCE_DELAY_MS = 700;

/** The first limit the plan meets, with its source, or that everything fits. */
export default function Verdict({ verdict, checkNumber, hydrated, headingLevel, idPrefix }: Props) {
	const headingId = `${idPrefix}-verdict`;
	const { first } = verdict;
	const announcement = useAnnouncement(verdict.headline, hydrated, ANNOUNCE_DELAY_MS);
	return (
		<section className={`scaling-verdict scaling-verdict--${first ? first.status : 'within'}`} aria-labelledby={headingId} data-verdict={first?.id ?? 'fits'}>
			<Heading level={headingLevel} id={headingId} className="scaling-verdict__heading">
				Verdict
			</Heading>
			<p className="scaling-verdict__headline">
				<StatusIcon status={first ? first.status : 'within'} />
				<span>{verdict.headline}</span>
			</p>
			{/* What the comparison found is on the limit's bar and in its check: here, where to read it. */}
			{first ? (
				<p className="scaling-verdict__more">
					<a href={`#${idPrefix}-check-${first.id}`}>
						Read check {checkNumber}, {first.title}
					</a>
					{' · Source: '}
					<SourceLinks sources={first.sources} />
				</p>
			) : (
				<p>
					Every check below is within the published defaults for this type of API and Region.
					{verdict.advice > 0 && ' One of them has advice worth reading.'}
				</p>
			)}
			<p className="sr-only" aria-live="polite">
				{announcement}
			</p>
		</section>
	);
}
