import type { Configuration, Validity } from '../../topology/model.ts';
import { describeConfiguration } from '../../topology/describe.ts';
import Heading, { type HeadingLevel } from '../shared/Heading.tsx';
import { withBase } from '../../utils/base.ts';

interface Props {
	validity: Extract<Validity, { valid: false }>;
	/** Where the templates of the nearest supported setup are, relative to the site's base. */
	templates: string;
	onApply: (config: Configuration) => void;
	headingLevel: HeadingLevel;
	idPrefix: string;
}

/** Why the chosen combination cannot be built, with sources, and the nearest one that can (the drawing beside it crosses out the impossible connection). */
export default function UnsupportedPanel({ validity, templates, onApply, headingLevel, idPrefix }: Props) {
	const headingId = `${idPrefix}-unsupported-heading`;
	return (
		<section className="unsupported" id={`${idPrefix}-unsupported`} aria-labelledby={headingId}>
			<Heading level={headingLevel} id={headingId} className="unsupported__heading">
				This combination is not supported
			</Heading>
			<ul className="unsupported__problems">
				{validity.problems.map((problem, index) => (
					<li key={index}>
						{problem.message}
						<span className="unsupported__source">
							Source: <a href={problem.source.url}>{problem.source.title}</a>
						</span>
					</li>
				))}
			</ul>
			<button type="button" className="island-button island-button--primary unsupported__switch" onClick={() => onApply(validity.alternative)}>
				Switch to the nearest supported setup: {describeConfiguration(validity.alternative)}
			</button>
			<p className="unsupported__build">
				There is no template for this combination. <a href={withBase(templates)}>Build the nearest supported setup</a> instead.
			</p>
		</section>
	);
}
