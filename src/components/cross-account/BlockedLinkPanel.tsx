import type { Configuration } from '../../cross-account/model.ts';
import type { Verdict } from '../../cross-account/rules.ts';
import Heading, { type HeadingLevel } from '../shared/Heading.tsx';
import SourceLinks from '../shared/SourceLinks.tsx';

interface Props {
	verdict: Extract<Verdict, { status: 'impossible' }>;
	/** The way that works, in words (see cross-account/setup-view.ts). */
	alternative: string;
	onApply: (config: Configuration) => void;
	headingLevel: HeadingLevel;
	idPrefix: string;
}

/** Why the direct link cannot exist, with the rule's pages, the inference drawn from it, and the way that works. The stage's figure draws the refused connection (BlockedLinkFigure). */
export default function BlockedLinkPanel({ verdict, alternative, onApply, headingLevel, idPrefix }: Props) {
	const headingId = `${idPrefix}-not-possible`;
	return (
		<section className="unsupported cross-account__blocked" aria-labelledby={headingId}>
			<Heading level={headingLevel} id={headingId} className="unsupported__heading">
				Not possible: a VPC link cannot reach a load balancer in another account
			</Heading>
			<p>{verdict.rule}</p>
			<p className="unsupported__source">
				Sources:{' '}
				<SourceLinks sources={verdict.sources} />
			</p>
			<p>
				<span className="cross-account__badge">Inference</span> {verdict.inference.text}{' '}
				<span className="unsupported__source">
					See{' '}
					<SourceLinks sources={verdict.inference.sources} />.
				</span>
			</p>
			<button type="button" className="island-button island-button--primary unsupported__switch" onClick={() => onApply(verdict.alternative)}>
				Show what works instead: {alternative}
			</button>
		</section>
	);
}
