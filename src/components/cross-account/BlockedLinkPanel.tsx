import { describeConfiguration } from '../../cross-account/describe.ts';
import type { Configuration } from '../../cross-account/model.ts';
import type { Verdict } from '../../cross-account/rules.ts';
import Heading, { type HeadingLevel } from '../topology/Heading.tsx';
import BlockedLinkFigure from './BlockedLinkFigure.tsx';

interface Props {
	verdict: Extract<Verdict, { status: 'impossible' }>;
	onApply: (config: Configuration) => void;
	headingLevel: HeadingLevel;
	idPrefix: string;
}

/** Why the direct link cannot exist, with the rule's pages, a drawing of the refused connection, and the way that works. */
export default function BlockedLinkPanel({ verdict, onApply, headingLevel, idPrefix }: Props) {
	const headingId = `${idPrefix}-not-possible`;
	return (
		<section className="unsupported cross-account__blocked" aria-labelledby={headingId}>
			<Heading level={headingLevel} id={headingId} className="unsupported__heading">
				Not possible: a VPC link cannot reach a load balancer in another account
			</Heading>
			<p>{verdict.rule}</p>
			<p className="unsupported__source">
				Sources:{' '}
				{verdict.sources.map((source, index) => (
					<span key={source.url}>
						{index > 0 && '; '}
						<a href={source.url}>{source.title}</a>
					</span>
				))}
			</p>
			<BlockedLinkFigure idPrefix={idPrefix} />
			<p>
				<span className="cross-account__badge">Inference</span> {verdict.inference.text}{' '}
				<span className="unsupported__source">
					See{' '}
					{verdict.inference.sources.map((source, index) => (
						<span key={source.url}>
							{index > 0 && '; '}
							<a href={source.url}>{source.title}</a>
						</span>
					))}
					.
				</span>
			</p>
			<button type="button" className="topology-button topology-button--primary unsupported__switch" onClick={() => onApply(verdict.alternative)}>
				Show what works instead: {describeConfiguration(verdict.alternative)}
			</button>
		</section>
	);
}
