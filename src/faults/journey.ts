import type { Configuration, Hop } from '../topology/model.ts';
import { FAULTS } from './catalogue.ts';
import { inScope, type Fault, type FaultOutcome } from './model.ts';

/**
 * A fault met in one setup: its words for that setup, and the journey the explorer steps through,
 * which ends on the hop where the request dies.
 */

/** A fault with the variants for one setup applied. */
export interface ResolvedFault extends Omit<Fault, 'variants'> {
	/** For an HTTP API, which has no execution log, `traces.executionLog` is empty and this says so. */
	noExecutionLog?: string;
}

export interface FaultJourney {
	fault: ResolvedFault;
	/** The request's hops up to the one where it dies, which is the last. */
	hops: Hop[];
	/** The components the drawing outlines as at fault (or whose security group it marks). */
	blamed: string[];
}

/** The fault with this id, if there is one. */
export const faultById = (id: string): Fault | undefined => FAULTS.find((fault) => fault.id === id);

/** Whether `fault` can happen in `config`. */
export const faultApplies = (fault: Fault, config: Configuration): boolean => inScope(fault.scope, config);

/** The faults that can happen in a supported `config`, in the catalogue's order. */
export const faultsFor = (config: Configuration): Fault[] => FAULTS.filter((fault) => faultApplies(fault, config));

/** What the fault list says of each way a fault shows, in the order it lists them. */
export const OUTCOME_LABELS: Record<FaultOutcome, string> = {
	fails: 'Every request fails',
	intermittent: 'Some requests fail',
	rejected: 'Rejected before any request',
};

/** A group of the fault list: the faults that show one way. */
export interface FaultGroup {
	label: string;
	faults: Array<Pick<Fault, 'id' | 'title'>>;
}

/** The faults that can happen in a supported `config`, grouped by how they show, each group in the catalogue's order; empty groups left out. */
export function faultGroups(config: Configuration): FaultGroup[] {
	const faults = faultsFor(config);
	return (Object.keys(OUTCOME_LABELS) as FaultOutcome[])
		.map((outcome) => ({ label: OUTCOME_LABELS[outcome], faults: faults.filter((fault) => fault.outcome === outcome) }))
		.filter((group) => group.faults.length > 0);
}

/**
 * What the fault list says under it when it cannot show the fault chosen: the setup is one AWS
 * does not support, or the fault (by its title) cannot happen in it. Nothing otherwise.
 */
export function faultListNote(unsupported: boolean, chosen?: string): string | undefined {
	const title = chosen && faultById(chosen)?.title;
	if (unsupported) return title ? `Faults show on a setup AWS supports; “${title}” comes back on one where it can happen.` : 'Faults show on a setup AWS supports.';
	return title ? `“${title}” cannot happen in this setup.` : undefined;
}

/** HTTP APIs write no execution log: their logging covers access logs only. */
const NO_EXECUTION_LOG = 'HTTP APIs have no execution log; the access log is where this shows.';
const NO_EXECUTION_LOG_OR_REQUEST = 'HTTP APIs have no execution log, and no request runs.';

export function resolveFault(fault: Fault, config: Configuration): ResolvedFault {
	const { variants = [], ...base } = fault;
	const resolved: ResolvedFault = Object.assign({ ...base }, ...variants.filter((variant) => inScope(variant.scope, config)).map(({ scope: _, ...parts }) => parts));
	if (config.api === 'http') {
		return { ...resolved, traces: { ...resolved.traces, executionLog: [] }, noExecutionLog: fault.outcome === 'rejected' ? NO_EXECUTION_LOG_OR_REQUEST : NO_EXECUTION_LOG };
	}
	return resolved;
}

/**
 * The journey of `hops` (the request and response through `config`) when `faultId` strikes: the
 * request hops up to the one where it dies. Undefined when there is no such fault or it cannot
 * happen in `config`, or, which catalogue.test.ts rules out, when the journey never reaches it.
 */
export function faultJourney(config: Configuration, hops: readonly Hop[], faultId: string): FaultJourney | undefined {
	const fault = faultById(faultId);
	if (!fault || !faultApplies(fault, config)) return undefined;
	const dies = hops.findIndex((hop) => hop.direction === 'request' && fault.at.includes(hop.to));
	if (dies < 0) return undefined;
	const resolved = resolveFault(fault, config);
	const failing = hops[dies]!;
	return {
		fault: resolved,
		hops: [...hops.slice(0, dies), { ...failing, title: resolved.title, summary: resolved.happens, detail: `${resolved.happens} The fix: ${resolved.fix}` }],
		blamed: [...(resolved.blame ?? [failing.to])],
	};
}
