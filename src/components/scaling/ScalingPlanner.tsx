import { useMemo, useState } from 'react';
import { layoutPlan } from '../../scaling/layout.ts';
import { runChecks, verdictOf } from '../../scaling/limits.ts';
import { DEFAULT_PLAN, NUMBER_FIELDS, parseNumber, type ChoiceField, type NumberField, type Plan } from '../../scaling/model.ts';
import { parseUrlState, toSearch } from '../../scaling/url-state.ts';
import Heading, { below } from '../shared/Heading.tsx';
import IslandHeader from '../shared/IslandHeader.tsx';
import UrlNotice from '../shared/UrlNotice.tsx';
import { useIdPrefix } from '../shared/useIdPrefix.ts';
import { useUrlSync } from '../shared/useUrlSync.ts';
import CheckList from './CheckList.tsx';
import PlanDiagram from './PlanDiagram.tsx';
import PlanInputs from './PlanInputs.tsx';
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

const draftsOf = (plan: Plan) => Object.fromEntries(NUMBER_FIELDS.map((field) => [field, String(plan[field])])) as Record<NumberField, string>;

/**
 * The scaling planner: describe the traffic and the layout of a private integration through one
 * VPC link V2, and see which published quota or limit it meets first. Everything it shows comes
 * from src/scaling/; this only keeps the state. The first render depends on props alone,
 * because Astro renders it on the server too.
 */
export default function ScalingPlanner({ syncUrl = false, idPrefix, title = 'Plan a VPC link against the quotas', headingLevel = 3, embeddable = true }: ScalingPlannerProps) {
	const prefix = useIdPrefix(idPrefix, 'scaling');
	const [plan, setPlan] = useState<Plan>(DEFAULT_PLAN);
	const [drafts, setDrafts] = useState(() => draftsOf(DEFAULT_PLAN));

	const checks = useMemo(() => runChecks(plan), [plan]);
	const verdict = useMemo(() => verdictOf(checks), [checks]);
	const layout = useMemo(
		() => layoutPlan({ apis: plan.apis, azs: plan.azs, subnetsPerAz: plan.subnetsPerAz }),
		[plan.apis, plan.azs, plan.subnetsPerAz],
	);

	// The address is read once, on mount; from then on the planner writes it, only when the reader changes the plan.
	const { hydrated, notices, dismissNotices, writeSearch } = useUrlSync(syncUrl, parseUrlState, (state) => {
		setPlan(state.plan);
		setDrafts(draftsOf(state.plan));
	});

	const commit = (next: Plan) => {
		setPlan(next);
		writeSearch((search) => toSearch(next, search));
	};

	const onNumber = (field: NumberField, text: string) => {
		setDrafts((current) => ({ ...current, [field]: text }));
		const parsed = parseNumber(field, text);
		if (parsed.ok && parsed.value !== plan[field]) commit({ ...plan, [field]: parsed.value });
	};
	const onChoice = <F extends ChoiceField>(field: F, value: Plan[F]) => {
		if (plan[field] !== value) commit({ ...plan, [field]: value });
	};
	const onReset = () => {
		setDrafts(draftsOf(DEFAULT_PLAN));
		commit(DEFAULT_PLAN);
	};

	const sub = below(headingLevel);
	// The Embed button offers the view as it is now.
	const embed = embeddable ? { kind: 'scaling', view: toSearch(plan, '') } as const : undefined;
	const headings = {
		plan: `${prefix}-plan-heading`,
		picture: `${prefix}-picture-heading`,
		checks: `${prefix}-checks-heading`,
	};

	return (
		<div className="island scaling not-content" data-scaling-planner="" data-hydrated={hydrated ? 'true' : undefined} id={prefix}>
			<IslandHeader level={headingLevel} title={title} embed={embed} />
			{syncUrl && <UrlNotice notices={notices} onDismiss={dismissNotices} />}
			<section className="scaling__section island__controls" aria-labelledby={headings.plan}>
				<Heading level={sub} id={headings.plan}>
					Your plan
				</Heading>
				<PlanInputs plan={plan} drafts={drafts} hydrated={hydrated} onNumber={onNumber} onChoice={onChoice} onReset={onReset} idPrefix={prefix} />
			</section>
			<Verdict verdict={verdict} hydrated={hydrated} headingLevel={sub} idPrefix={prefix} />
			<section className="scaling__section" aria-labelledby={headings.picture}>
				<Heading level={sub} id={headings.picture}>
					The picture
				</Heading>
				<PlanDiagram plan={plan} layout={layout} idPrefix={prefix} />
			</section>
			<section className="scaling__section" aria-labelledby={headings.checks}>
				<Heading level={sub} id={headings.checks}>
					Checks, in the order the verdict reads them
				</Heading>
				<CheckList checks={checks} headingLevel={below(sub)} idPrefix={prefix} />
			</section>
		</div>
	);
}
