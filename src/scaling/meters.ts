import type { Check, CheckId, Status } from './limits.ts';
import { QUOTAS } from './quotas.ts';
import { formatNumber, ROUTES_LABEL, type Plan } from './model.ts';

/**
 * Each numeric check as a bar: the plan's figure against the limit it meets. The zones check has
 * no number to meet, so it has no bar. The bar's track runs to one and a half times the limit,
 * so the limit sits at two thirds of it and a plan over the limit shows by how much, up to that.
 */

export interface Meter {
	id: CheckId;
	/** A short name for the bar. */
	label: string;
	plan: number;
	limit: number;
	/** The comparison in words, e.g. "1,000 of 10,000 a second". */
	text: string;
	status: Status;
	/** How far along the track the plan reaches, 0 to 1; 1 means at least one and a half times the limit. */
	fill: number;
	/** Where the limit sits on the track. */
	mark: number;
	/** The first check that binds, which the verdict names. */
	first: boolean;
}

/** How far past the limit the track reaches. */
const TRACK = 1.5;

interface Figures {
	label: string;
	plan: number;
	limit: number;
	/** What the figures count, after "of": "a second", "tokens". */
	unit: string;
}

function figuresOf(id: CheckId, plan: Plan): Figures | undefined {
	switch (id) {
		case 'throttle':
			return { label: 'Steady rate', plan: plan.rps, limit: QUOTAS.throttleRps[plan.regionClass], unit: 'a second' };
		case 'burst':
			return { label: 'Burst', plan: plan.burst, limit: QUOTAS.burst[plan.regionClass], unit: 'in the bucket' };
		case 'routes':
			return {
				label: ROUTES_LABEL[plan.apiType].label.replace(' per API', ''),
				plan: plan.routes,
				limit: plan.apiType === 'http' ? QUOTAS.routesPerHttpApi : QUOTAS.resourcesPerRestApi,
				unit: 'in one API',
			};
		case 'subnets':
			return { label: 'Subnets', plan: plan.azs * plan.subnetsPerAz, limit: QUOTAS.subnetsPerVpcLink, unit: 'for one link' };
		case 'vpcLinks':
			// The lower of the two published figures: limits.ts says why.
			return { label: 'VPC links', plan: 1, limit: QUOTAS.vpcLinksHttpTable, unit: 'in the Region' };
		case 'timeout':
			return {
				label: 'Timeout',
				plan: plan.timeoutMs,
				limit: plan.apiType === 'http' ? QUOTAS.httpTimeoutMaxMs : QUOTAS.restTimeoutDefaultMaxMs,
				unit: 'ms',
			};
		case 'zones':
			return undefined;
	}
}

export function metersOf(plan: Plan, checks: Check[], first: Check | undefined): Meter[] {
	return checks.flatMap((check) => {
		const figures = figuresOf(check.id, plan);
		if (!figures) return [];
		return [
			{
				id: check.id,
				label: figures.label,
				plan: figures.plan,
				limit: figures.limit,
				text: `${formatNumber(figures.plan)} of ${formatNumber(figures.limit)} ${figures.unit}`,
				status: check.status,
				fill: Math.min(1, figures.plan / figures.limit / TRACK),
				mark: 1 / TRACK,
				first: check.id === first?.id,
			},
		];
	});
}
