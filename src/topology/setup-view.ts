import { describeNodes } from './descriptions.ts';
import { hopCount } from './hop-count.ts';
import { buildHops } from './hops.ts';
import { buildTopology } from './layout.ts';
import { FIELDS, ORIENTATIONS, type Configuration, type Field, type Hop, type Orientation, type SecurityGroupRule, type Topology, type Validity } from './model.ts';
import { pathFor } from './rules.ts';
import { securityGroupsOf } from './security-group-rules.ts';
import { parseFaultAddress, type FaultReader } from './read-address.ts';
import type { UrlState } from './url-state.ts';
import { faultById, faultJourney, type FaultJourney } from '../faults/journey.ts';
import { templatesPath } from '../templates/slug.ts';

export { faultGroups, faultListNote, type FaultJourney } from '../faults/journey.ts';

/**
 * Everything the explorer shows of one setup, worked out: the drawing, what AWS's rules say of
 * it, and every hop in words. The island only renders it. Working it out takes most of the
 * explorer's code, yet a reader sees one setup at a time: so the page carries the view of the
 * setup it opens with, and the browser loads this module only when the reader is about to change
 * the setup, or opens a link to another (see view-loader.ts).
 */
export interface SetupView {
	/** The setup as chosen, drawn in each orientation, with every component's sentence; an unsupported one has its impossible connections crossed out. */
	drawings: Record<Orientation, Topology>;
	/** Whether AWS supports the setup; if not, why, and the nearest supported one. */
	validity: Validity;
	/** The choices that clash, outlined in the controls; none for a supported setup. */
	clashing: Field[];
	/** The setup stepped through: the chosen one when supported, else the nearest supported one. */
	shown: Configuration;
	/** The journey of `shown`, hop by hop. */
	hops: Hop[];
	/** The security groups the chosen setup needs, with the components each guards. */
	securityGroups: SecurityGroupRule[];
	/** Where the templates that build `shown` are, relative to the site's base: Build this links there. */
	templates: string;
}

/** The view of `config`; `keep` and `fixed` steer the nearest supported setup, as in rules.ts's pathFor. */
export function setupView(config: Configuration, keep?: Field, fixed: readonly Field[] = []): SetupView {
	const { validity, shown } = pathFor(config, keep, fixed);
	const descriptions = describeNodes(config);
	const drawing = (orientation: Orientation) => [orientation, buildTopology(config, orientation, descriptions)] as const;
	return {
		drawings: Object.fromEntries(ORIENTATIONS.map(drawing)) as Record<Orientation, Topology>,
		validity,
		clashing: validity.valid ? [] : validity.problems.flatMap((problem) => problem.fields),
		shown,
		hops: buildHops(shown),
		securityGroups: securityGroupsOf(config),
		templates: templatesPath(shown),
	};
}

/** Each view's journey to each fault, worked out once: the player, the stage and the hop list all ask. */
const journeys = new WeakMap<SetupView, Map<string, FaultJourney | undefined>>();

/**
 * The journey of `view` to the fault `faultId`, when the view is of `chosen` (not the last view,
 * still shown while the view of a new choice loads), AWS supports it and the fault can happen in it.
 */
export function journeyFor(view: SetupView, chosen: Configuration, faultId: string): FaultJourney | undefined {
	if (!view.validity.valid || FIELDS.some((field) => view.shown[field] !== chosen[field])) return undefined;
	const known = journeys.get(view) ?? new Map<string, FaultJourney | undefined>();
	journeys.set(view, known);
	if (!known.has(faultId)) known.set(faultId, faultJourney(view.shown, view.hops, faultId));
	return known.get(faultId);
}

/** How many hops the explorer steps through for `config` with `fixed` choices, to `fault` where it can happen. */
export function hopsDrawn(config: Configuration, fixed: readonly Field[], fault?: string): number {
	const view = setupView(config, undefined, fixed);
	return (fault && journeyFor(view, config, fault)?.hops.length) || view.hops.length;
}

/** What a link's fault is read with: a fault can be shown only on a setup AWS supports. */
const FAULTS: FaultReader = {
	titleOf: (id) => faultById(id)?.title,
	hopsTo: (id, config) => (pathFor(config).validity.valid ? faultJourney(config, buildHops(config), id)?.hops.length : undefined),
	supports: (config) => pathFor(config).validity.valid,
};

/** The explorer's state from a link, with the hop range of the path drawn for its setup, or of the journey to its fault. */
export const readAddress = (search: string): UrlState => parseFaultAddress(search, (config) => hopCount(pathFor(config).shown), FAULTS);
