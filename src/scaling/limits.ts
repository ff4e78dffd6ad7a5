import { countOf, formatNumber, ROUTES_LABEL, type Plan } from './model.ts';
import { QUOTAS } from './quotas.ts';
import { SOURCES, type Source } from './sources.ts';

/**
 * The quotas and limits a private integration meets as it grows, with the AWS page for each,
 * and the checks that hold a plan against them. Numbers are the published defaults; a quota
 * an account has had raised is outside what the planner can know (quotas.ts).
 */

/** The checks, in the fixed order the planner lists them and picks the first that binds. */
export const CHECK_IDS = ['throttle', 'burst', 'routes', 'subnets', 'vpcLinks', 'timeout', 'zones'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * - within: fits the default.
 * - binds: above a default quota that AWS can raise on request.
 * - blocked: outside a limit that cannot be raised, so not allowed as planned.
 * - advice: not a quota; guidance worth a look.
 */
export type Status = 'within' | 'binds' | 'blocked' | 'advice';

/** The word shown with each status; a check may say "Not allowed" instead of "Exceeded". */
export const STATUS_LABELS: Record<Status, string> = {
	within: 'Within',
	binds: 'Binds',
	blocked: 'Exceeded',
	advice: 'Advice',
};

export interface Check {
	id: CheckId;
	title: string;
	/** The plan's value, in words. */
	value: string;
	/** The limit it is held against, in words. */
	limit: string;
	/** Whether AWS raises the limit on request, in words. */
	raise: string;
	status: Status;
	/** The status in a word, shown next to its icon. */
	statusLabel: string;
	/** What the comparison found, in one sentence. */
	finding: string;
	/** Further context: caveats, what AWS has not published. */
	notes: string[];
	/**
	 * What the verdict says after naming this check when it binds first, where the usual words
	 * for its status ("It can be raised on request.") would mislead.
	 */
	verdictNote?: string | undefined;
	sources: Source[];
}

/** A check as each rule builds it; runChecks fills in the usual word for its status. */
type Draft = Omit<Check, 'statusLabel'> & { statusLabel?: string | undefined };

const rps = (n: number) => countOf(n, ['request per second', 'requests per second']);
const requests = (n: number) => countOf(n, ['request', 'requests']);
const ms = (n: number) => `${formatNumber(n)} ms`;

function throttleCheck(plan: Plan): Draft {
	const limit = QUOTAS.throttleRps[plan.regionClass];
	const over = plan.rps > limit;
	const notes = [
		'One quota covers every REST, HTTP and WebSocket API in the account and Region, not only the APIs planned here.',
	];
	if (plan.regionClass === 'newer') notes.push('The Regions AWS lists with lower defaults, such as Cape Town, Milan, Jakarta and Zurich, start at 2,500 instead of 10,000.');
	if (plan.apiType === 'rest' && plan.timeoutMs > QUOTAS.restTimeoutDefaultMaxMs) {
		notes.push(
			'AWS says a timeout above 29 seconds might need a lower account throttle quota. The planner cannot know that lower figure, so it compares with the default.',
		);
	}
	return {
		id: 'throttle',
		title: 'Account throttle quota (steady rate)',
		value: rps(plan.rps),
		limit: `${rps(limit)} by default`,
		raise: 'Yes, on request',
		status: over ? 'binds' : 'within',
		finding: over
			? `${rps(plan.rps)} is above the default of ${formatNumber(limit)}. Ask AWS to raise the quota before launch.`
			: `${rps(plan.rps)} is within the default of ${formatNumber(limit)}.`,
		notes,
		sources: [SOURCES.accountQuotas],
	};
}

function burstCheck(plan: Plan): Draft {
	const limit = QUOTAS.burst[plan.regionClass];
	const over = plan.burst > limit;
	return {
		id: 'burst',
		title: 'Account burst',
		value: requests(plan.burst),
		limit: `${requests(limit)} at once`,
		raise: 'Not by request: AWS sets it from the account’s RPS quota, which you can ask to raise',
		// Over the bucket is not a design AWS refuses: part of the spike is answered with 429s.
		// It binds like a quota, with two ways out, though neither is asking for a bigger burst.
		status: over ? 'binds' : 'within',
		finding: over
			? `A burst of ${requests(plan.burst)} is more than the token bucket holds (${formatNumber(limit)}), so part of the spike can get 429 Too Many Requests. Two ways out: ask AWS to raise the account’s RPS quota, from which AWS sets the burst, or spread the spike over a longer window.`
			: `A burst of ${requests(plan.burst)} fits the token bucket of ${formatNumber(limit)}.`,
		notes: [
			'The burst is the size of API Gateway’s token bucket: about how many requests submitted at the same moment it aims to serve before it answers 429 Too Many Requests.',
			'You cannot request a burst figure. AWS decides it from the account’s RPS quota in the Region, so a raised RPS quota is the route to a different burst.',
			'AWS applies throttles on a best-effort basis and calls them targets, not exact ceilings.',
		],
		verdictNote: 'Raise the RPS quota, from which AWS sets the burst, or spread the spike.',
		sources: [SOURCES.accountQuotas, plan.apiType === 'http' ? SOURCES.httpThrottling : SOURCES.restThrottling],
	};
}

function routesCheck(plan: Plan): Draft {
	const http = plan.apiType === 'http';
	const limit = http ? QUOTAS.routesPerHttpApi : QUOTAS.resourcesPerRestApi;
	const unit = ROUTES_LABEL[plan.apiType].unit;
	const over = plan.routes > limit;
	const notes = ['An increase applies to the API you name, not to every API in the account.'];
	if (http) notes.push(`Separately, an HTTP API holds at most ${formatNumber(QUOTAS.integrationsPerHttpApi)} integrations, and that limit cannot be raised.`);
	return {
		id: 'routes',
		title: http ? 'Routes per HTTP API' : 'Resources per REST API',
		value: `${countOf(plan.routes, unit)} in each API`,
		limit: countOf(limit, unit),
		raise: 'Yes, on request, for each API',
		status: over ? 'binds' : 'within',
		finding: over
			? `${countOf(plan.routes, unit)} is above the default of ${formatNumber(limit)} for one ${http ? 'HTTP' : 'REST'} API.`
			: `${countOf(plan.routes, unit)} is within the default of ${formatNumber(limit)}.`,
		notes,
		sources: [http ? SOURCES.httpQuotas : SOURCES.restQuotas],
	};
}

function subnetsCheck(plan: Plan): Draft {
	const total = plan.azs * plan.subnetsPerAz;
	const limit = QUOTAS.subnetsPerVpcLink;
	const over = total > limit;
	const notes = [
		'The quota is listed in the HTTP API quota table. A VPC link V1 has no subnets, so we read it as the quota for every VPC link V2, REST APIs included.',
	];
	if (plan.subnetsPerAz > 1) {
		notes.push('The VPC link page does not say whether a link may use more than one subnet in the same zone. The quota counts every subnet either way.');
	}
	notes.push('Subnets and security groups are fixed when the link is created: changing them means a new link.');
	return {
		id: 'subnets',
		title: 'Subnets per VPC link',
		value: `${countOf(total, ['subnet', 'subnets'])} (${formatNumber(plan.azs)} × ${formatNumber(plan.subnetsPerAz)})`,
		limit: countOf(limit, ['subnet', 'subnets']),
		raise: 'Yes, on request',
		status: over ? 'binds' : 'within',
		finding: over
			? `${countOf(total, ['subnet', 'subnets'])} is above the default of ${formatNumber(limit)} for one VPC link.`
			: `${countOf(total, ['subnet', 'subnets'])} is within the default of ${formatNumber(limit)}.`,
		notes,
		sources: [SOURCES.httpQuotas, SOURCES.vpcLinksV2],
	};
}

function vpcLinksCheck(plan: Plan): Draft {
	const shared = `Because the ${countOf(plan.apis, ['API', 'APIs'])} share one link, they use one VPC link of the quota, not ${formatNumber(plan.apis)}.`;
	const others = 'Count the account’s other VPC links in this Region too.';
	if (plan.apiType === 'http') {
		return {
			id: 'vpcLinks',
			title: 'VPC links per account and Region',
			value: '1 VPC link V2',
			limit: `${formatNumber(QUOTAS.vpcLinksHttpTable)} VPC links`,
			raise: 'Yes, on request',
			status: 'within',
			finding: `One link fits the default of ${formatNumber(QUOTAS.vpcLinksHttpTable)}.`,
			notes: plan.apis > 1 ? [shared, others] : [others],
			sources: [SOURCES.httpQuotas, SOURCES.vpcLinksV2],
		};
	}
	return {
		id: 'vpcLinks',
		title: 'VPC links per account and Region',
		value: '1 VPC link V2',
		limit: `${formatNumber(QUOTAS.vpcLinksRestTable)} in the REST API table, ${formatNumber(QUOTAS.vpcLinksHttpTable)} in the HTTP API table`,
		raise: 'Yes, on request',
		status: 'within',
		finding: 'One link fits either figure.',
		notes: [
			'AWS has not published which of the two quotas applies to a VPC link V2 that a REST API uses. Plan with the lower one, 10, until AWS says otherwise.',
			...(plan.apis > 1 ? [shared] : []),
			others,
		],
		sources: [SOURCES.restQuotas, SOURCES.httpQuotas],
	};
}

function timeoutCheck(plan: Plan): Draft {
	const t = plan.timeoutMs;
	const min = QUOTAS.timeoutMinMs;
	// Below the minimum the way out is the plan's own setting, not a limit to raise.
	const below = t < min ? `Set ${ms(min)} or more.` : undefined;
	if (plan.apiType === 'http') {
		const max = QUOTAS.httpTimeoutMaxMs;
		const status = t < min || t > max ? 'blocked' : 'within';
		return {
			id: 'timeout',
			title: 'Integration timeout (HTTP API)',
			value: ms(t),
			limit: `${ms(min)} to ${ms(max)} (30 seconds)`,
			raise: 'No',
			status,
			statusLabel: status === 'blocked' ? 'Not allowed' : undefined,
			finding:
				t < min
					? `${ms(t)} is below the ${ms(min)} minimum.`
					: t > max
						? `${ms(t)} is above the 30-second maximum for HTTP APIs, which cannot be raised. For a longer wait, consider a Regional or private REST API, or an asynchronous design.`
						: `${ms(t)} is within the allowed range.`,
			notes: [],
			verdictNote: below,
			sources: [SOURCES.httpQuotas, SOURCES.httpTimeoutRange],
		};
	}
	const max = QUOTAS.restTimeoutDefaultMaxMs;
	return {
		id: 'timeout',
		title: 'Integration timeout (REST API)',
		value: ms(t),
		limit: `${ms(min)} to ${ms(max)} (29 seconds) by default`,
		raise: 'Above 29 seconds, on request, for Regional and private REST APIs only',
		status: t < min ? 'blocked' : t > max ? 'binds' : 'within',
		statusLabel: t < min ? 'Not allowed' : undefined,
		finding:
			t < min
				? `${ms(t)} is below the ${ms(min)} minimum.`
				: t > max
					? `${ms(t)} is above the 29-second default. Regional and private REST APIs can ask for more; edge-optimized ones cannot.`
					: `${ms(t)} is within the default range.`,
		notes:
			t > max
				? [
						'AWS says a longer timeout might require a lower account throttle quota, so check the throttle quota again after the increase.',
						'Since November 2025 an HTTP_PROXY integration, private ones included, can instead stream its response for up to 15 minutes, with no quota increase.',
					]
				: [],
		verdictNote: below,
		sources: t > max ? [SOURCES.restQuotas, SOURCES.restTimeoutIncrease, SOURCES.responseStreaming] : [SOURCES.restQuotas, SOURCES.restTimeoutIncrease],
	};
}

function zonesCheck(plan: Plan): Draft {
	const single = plan.azs === 1;
	return {
		id: 'zones',
		title: 'Availability Zones',
		value: countOf(plan.azs, ['Availability Zone', 'Availability Zones']),
		limit: 'No quota. Each Region supports VPC links V2 only in the zone IDs listed for it',
		raise: 'Not a quota',
		status: single ? 'advice' : 'within',
		finding: single
			? 'All of the link’s subnets, and so all of its network interfaces, would be in one zone. AWS’s reliability guidance is to run a workload in more than one Availability Zone.'
			: `The link’s subnets are spread over ${countOf(plan.azs, ['zone', 'zones'])}.`,
		notes: [
			...(single ? ['Applying that guidance to the link’s subnets is our inference: the VPC link page sets no minimum number of zones.'] : []),
			'Pick subnets in zones whose IDs the VPC link page lists for your Region; us-east-1, for example, lists use1-az1, use1-az2, use1-az4, use1-az5 and use1-az6, but not use1-az3.',
		],
		sources: single ? [SOURCES.vpcLinksV2, SOURCES.multiAzGuidance] : [SOURCES.vpcLinksV2],
	};
}

const CHECKS: Record<CheckId, (plan: Plan) => Draft> = {
	throttle: throttleCheck,
	burst: burstCheck,
	routes: routesCheck,
	subnets: subnetsCheck,
	vpcLinks: vpcLinksCheck,
	timeout: timeoutCheck,
	zones: zonesCheck,
};

/** Every check for a plan, in the fixed order of CHECK_IDS. */
export function runChecks(plan: Plan): Check[] {
	return CHECK_IDS.map((id) => {
		const check = CHECKS[id](plan);
		return { ...check, statusLabel: check.statusLabel ?? STATUS_LABELS[check.status] };
	});
}

/** Whether a check stands in the plan's way: a quota to raise, or a limit that cannot be passed. */
export const binds = (check: Check) => check.status === 'binds' || check.status === 'blocked';

export interface Verdict {
	/** The first check in the fixed order that binds; absent when everything fits. */
	first?: Check;
	/** How many other checks bind too. */
	others: number;
	/** How many checks give advice. */
	advice: number;
	/** One short sentence, the same while the same limit binds: what the live region announces. */
	headline: string;
}

export function verdictOf(checks: Check[]): Verdict {
	const binding = checks.filter(binds);
	const first = binding[0];
	const others = Math.max(0, binding.length - 1);
	const advice = checks.filter((check) => check.status === 'advice').length;
	let headline: string;
	if (!first) {
		headline = 'Everything fits the default quotas.';
	} else {
		const fixed = ` ${first.verdictNote ?? (first.status === 'blocked' ? 'It cannot be raised.' : 'It can be raised on request.')}`;
		const more = others === 0 ? '' : ` ${others === 1 ? 'One more check binds' : `${formatNumber(others)} more checks bind`} too.`;
		headline = `First limit that binds: ${first.title}.${fixed}${more}`;
	}
	return { first, others, advice, headline };
}
