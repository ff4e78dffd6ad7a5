import { useEffect, useState } from 'react';
import { DEFAULT_PLAN, NUMBER_FIELDS, parseNumber, type ChoiceField, type NumberField, type Plan } from '../../scaling/model.ts';
import type { PlanView } from '../../scaling/plan-view.ts';
import { parseUrlState, toSearch } from '../../scaling/url-state.ts';
import { viewModule } from '../../scaling/view-loader.ts';
import Heading, { below } from '../shared/Heading.tsx';
import IslandHeader from '../shared/IslandHeader.tsx';
import UrlNotice from '../shared/UrlNotice.tsx';
import { useIdPrefix } from '../shared/useIdPrefix.ts';
import { useSetupView } from '../shared/useSetupView.tsx';
import { useUrlSync } from '../shared/useUrlSync.ts';
import CheckList from './CheckList.tsx';
import LimitMeters from './LimitMeters.tsx';
import PlanDiagram from './PlanDiagram.tsx';
import PlanInputs from './PlanInputs.tsx';
import StatusIcon from './StatusIcon.tsx';
import TokenBucket from './TokenBucket.tsx';
import Verdict from './Verdict.tsx';
// What every island shares (headings, links, buttons, the link notice) first, then this island's own.
import '../shared/island.css';
import './scaling.css';

export interface ScalingPlannerProps {
	/** Read the plan from the address after load and keep the address up to date, so a plan can be shared. */
	syncUrl?: boolean;
	/** Prefix for the ids inside the island; React's own id is used when absent. */
	idPrefix?: string;
	/** The island's heading. */
	title?: string;
	/** The level of that heading, to fit the page's outline; the planner's own sections sit one level below. */
	headingLevel?: 1 | 2 | 3 | 4;
	/** Show the Embed button; off on the embed page itself. */
	embeddable?: boolean;
}

type ViewModule = typeof import('../../scaling/plan-view.ts');
const computeView = (module: ViewModule, plan: Plan): PlanView => module.planView(plan);
/** The verdict in a line for a phone's pinned summary: which limit, and how many more. */
function pinnedLine({ first, others }: PlanView['verdict']): string {
	if (!first) return 'Everything fits the default quotas.';
	return `${first.statusLabel}: ${first.title}${others > 0 ? ` (+${others} more)` : ''}`;
}

/** A plan is one of a million: none is worked out ahead. */
const NOTHING_AROUND = () => [];

const draftsOf = (plan: Plan) => Object.fromEntries(NUMBER_FIELDS.map((field) => [field, String(plan[field])])) as Record<NumberField, string>;

/**
 * The scaling planner: describe the traffic and the layout of a private integration through one
 * VPC link V2, and see which published quota or limit it meets first. On a wide screen the plan
 * is on the left and the verdict, the plan against each limit and the token bucket stay beside
 * it while the reader moves the sliders; on a phone a one-line verdict stays pinned above them.
 * Everything it shows comes from src/scaling/, worked out by a module that loads when the reader
 * reaches for the inputs (see scaling/plan-view.ts); this only keeps the state. The first render
 * depends on props alone, because Astro renders it on the server too.
 */
export default function ScalingPlanner({ syncUrl = false, idPrefix, title = 'Plan a VPC link against the quotas', headingLevel = 3, embeddable = true }: ScalingPlannerProps) {
	const prefix = useIdPrefix(idPrefix, 'scaling');
	const [plan, setPlan] = useState<Plan>(DEFAULT_PLAN);
	const [drafts, setDrafts] = useState(() => draftsOf(DEFAULT_PLAN));

	// While the module loads, the last view stays, marked as out of date.
	const { view, loading, failed, prefetch, pageData } = useSetupView(viewModule, computeView, plan, toSearch(plan), `${prefix}-view`, NOTHING_AROUND);
	const { checks, verdict, meters, bucket, bucketSummary, layout, picture } = view;

	// The address is read once, on mount; from then on the planner writes the plan in use, so an
	// address with values it could not use is rewritten to the ones it fell back to.
	const { hydrated, notices, dismissNotices, writeSearch } = useUrlSync(syncUrl, parseUrlState, (state) => {
		setPlan(state.plan);
		setDrafts(draftsOf(state.plan));
	});
	/** Whether the reader has changed the plan: only then does the token bucket play a new run. */
	const [changed, setChanged] = useState(false);
	const change = (next: Plan) => {
		setPlan(next);
		setChanged(true);
	};
	useEffect(() => {
		if (hydrated) writeSearch((search) => toSearch(plan, search));
	}, [hydrated, writeSearch, plan]);

	const onNumber = (field: NumberField, text: string) => {
		setDrafts((current) => ({ ...current, [field]: text }));
		const parsed = parseNumber(field, text);
		if (parsed.ok && parsed.value !== plan[field]) change({ ...plan, [field]: parsed.value });
	};
	const onSlide = (field: NumberField, value: number) => {
		setDrafts((current) => ({ ...current, [field]: String(value) }));
		if (value !== plan[field]) change({ ...plan, [field]: value });
	};
	const onChoice = <F extends ChoiceField>(field: F, value: Plan[F]) => {
		if (plan[field] !== value) change({ ...plan, [field]: value });
	};
	const onReset = () => {
		setDrafts(draftsOf(DEFAULT_PLAN));
		change(DEFAULT_PLAN);
	};

	const sub = below(headingLevel);
	// The Embed button offers the view as it is now.
	const embed = embeddable ? { kind: 'scaling', view: toSearch(plan, '') } as const : undefined;
	const headings = {
		plan: `${prefix}-plan-heading`,
		picture: `${prefix}-picture-heading`,
		limits: `${prefix}-limits-heading`,
		bucket: `${prefix}-bucket-heading`,
		checks: `${prefix}-checks-heading`,
	};

	return (
		<div className="island scaling not-content" data-scaling-planner="" data-hydrated={hydrated ? 'true' : undefined} id={prefix}>
			<IslandHeader level={headingLevel} title={title} embed={embed} />
			{syncUrl && <UrlNotice notices={notices} onDismiss={dismissNotices} />}
			{/* For a phone, where the verdict is below the inputs: the verdict in a line, pinned. The verdict itself is announced. */}
			<p className={`scaling-pinned scaling-pinned--${verdict.first?.status ?? 'within'}`} aria-hidden="true">
				<StatusIcon status={verdict.first?.status ?? 'within'} />
				<span>{pinnedLine(verdict)}</span>
			</p>
			<div className="scaling__columns">
				{/* The first sign that the reader is about to change the plan loads the code that works it out. */}
				<section
					className="scaling__section scaling__plan island__controls"
					aria-labelledby={headings.plan}
					onPointerEnter={prefetch}
					onFocus={prefetch}
					onTouchStart={prefetch}
				>
					<Heading level={sub} id={headings.plan}>
						Your plan
					</Heading>
					<PlanInputs
						plan={plan}
						drafts={drafts}
						hydrated={hydrated}
						onNumber={onNumber}
						onSlide={onSlide}
						onChoice={onChoice}
						onReset={onReset}
						idPrefix={prefix}
						// The bucket follows the two inputs it runs on, so that moving them plays it in view.
						after={{
							burst: (
								<section className="scaling-bucket" aria-labelledby={headings.bucket}>
									<Heading level={below(sub)} id={headings.bucket}>
										The token bucket, modelled
									</Heading>
									<TokenBucket run={bucket} summary={bucketSummary} playOnChange={changed} idPrefix={prefix} />
								</section>
							),
						}}
					/>
				</section>
				<div className={loading ? 'scaling__live is-stale' : 'scaling__live'} aria-busy={loading}>
					{loading && (
						<p className="scaling__loading">
							{failed ? 'Could not load the checks for this plan. Check the connection, then reload the page.' : 'Working out the new plan…'}
						</p>
					)}
					{/* The bars first: they keep their height, so the verdict, whose length varies, moves nothing. */}
					<section className="scaling__section" aria-labelledby={headings.limits}>
						<Heading level={sub} id={headings.limits}>
							Your plan against the limits
						</Heading>
						<LimitMeters meters={meters} />
					</section>
					<Verdict verdict={verdict} checkNumber={checks.findIndex((check) => check.id === verdict.first?.id) + 1} hydrated={hydrated} headingLevel={sub} idPrefix={prefix} />
				</div>
			</div>
			<section className="scaling__section" aria-labelledby={headings.picture}>
				<Heading level={sub} id={headings.picture}>
					The picture
				</Heading>
				<PlanDiagram picture={picture} layout={layout} idPrefix={prefix} />
			</section>
			<section className="scaling__section" aria-labelledby={headings.checks}>
				<Heading level={sub} id={headings.checks}>
					Checks, in the order the verdict reads them
				</Heading>
				<CheckList checks={checks} headingLevel={below(sub)} idPrefix={prefix} />
			</section>
			{pageData}
		</div>
	);
}
