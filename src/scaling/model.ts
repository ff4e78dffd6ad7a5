/**
 * The scaling planner's vocabulary: what a reader can set, with the range, step, default and
 * wording of each input. Plain TypeScript, no framework: limits.ts, layout.ts, url-state.ts and
 * describe.ts build on it, and the React components only render it.
 */

export const API_TYPES = ['rest', 'http'] as const;
export type ApiType = (typeof API_TYPES)[number];

export const REGION_CLASSES = ['standard', 'newer'] as const;
export type RegionClass = (typeof REGION_CLASSES)[number];

/**
 * The inputs that take a whole number, in the order the planner shows them: the shape of the
 * integration first, then the traffic, right above the token bucket that plays it. (Last, too,
 * so that the inputs a reader moves most are never at the end of the column the verdict is
 * pinned beside, where it would be pushed up with it.)
 */
export const NUMBER_FIELDS = ['apis', 'routes', 'azs', 'subnetsPerAz', 'timeoutMs', 'rps', 'burst'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

/** The inputs that take one of a few values, in the order the planner shows them. */
export const CHOICE_FIELDS = ['apiType', 'regionClass'] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];

/** One plan: every input always has a value. */
export interface Plan {
	/** Steady requests per second, all the APIs together. */
	rps: number;
	/** The most requests that arrive at the same moment. */
	burst: number;
	/** How many APIs share the one VPC link V2. */
	apis: number;
	/** Routes (HTTP API) or resources (REST API) in each API. */
	routes: number;
	/** Availability Zones the link's subnets are in. */
	azs: number;
	/** Subnets the link uses in each of those zones. */
	subnetsPerAz: number;
	/** The integration timeout, in milliseconds. */
	timeoutMs: number;
	apiType: ApiType;
	regionClass: RegionClass;
}

export interface NumberSpec {
	/** The key in the page address. */
	key: string;
	/** The input's label. */
	label: string;
	/** What one of it is called, singular and plural, for sentences ("12,000 requests per second"). */
	unit: [string, string];
	min: number;
	max: number;
	step: number;
	default: number;
	/** One sentence under the input saying what to enter. */
	hint: string;
}

export const NUMBER_SPECS: Record<NumberField, NumberSpec> = {
	rps: {
		key: 'rps',
		label: 'Steady requests per second',
		unit: ['request per second', 'requests per second'],
		min: 1,
		max: 1_000_000,
		step: 1,
		default: 1_000,
		hint: 'All the APIs together. The account quota is shared by every API in the account and Region.',
	},
	burst: {
		key: 'burst',
		label: 'Peak burst of requests',
		unit: ['request at once', 'requests at once'],
		min: 1,
		max: 1_000_000,
		step: 1,
		default: 500,
		hint: 'The most requests that arrive at the same moment.',
	},
	apis: {
		key: 'apis',
		label: 'APIs sharing the VPC link',
		unit: ['API', 'APIs'],
		min: 1,
		max: 50,
		step: 1,
		default: 3,
		hint: 'One VPC link V2 can serve many APIs.',
	},
	routes: {
		key: 'routes',
		label: 'Routes or resources per API',
		unit: ['route or resource', 'routes or resources'],
		min: 1,
		max: 5_000,
		step: 1,
		default: 50,
		hint: 'In the largest API.',
	},
	azs: {
		key: 'azs',
		label: 'Availability Zones the link uses',
		unit: ['Availability Zone', 'Availability Zones'],
		min: 1,
		max: 6,
		step: 1,
		default: 3,
		hint: 'Zones that hold the subnets you give the VPC link.',
	},
	subnetsPerAz: {
		key: 'subnets',
		label: 'Subnets per Availability Zone',
		unit: ['subnet', 'subnets'],
		min: 1,
		max: 5,
		step: 1,
		default: 1,
		hint: 'Subnets the VPC link uses in each of those zones.',
	},
	timeoutMs: {
		key: 'timeout',
		label: 'Integration timeout (milliseconds)',
		unit: ['millisecond', 'milliseconds'],
		min: 1,
		max: 300_000,
		step: 1,
		default: 29_000,
		hint: 'How long API Gateway waits for your backend. 29,000 ms is 29 seconds.',
	},
};

/** Labels that depend on the API type: an HTTP API has routes, a REST API has resources. */
export const ROUTES_LABEL: Record<ApiType, { label: string; unit: [string, string]; hint: string }> = {
	http: { label: 'Routes per API', unit: ['route', 'routes'], hint: 'In the largest HTTP API, for example GET /orders and ANY /{proxy+}.' },
	rest: { label: 'Resources per API', unit: ['resource', 'resources'], hint: 'In the largest REST API, for example /orders and /orders/{id}.' },
};

export interface ChoiceSpec<V extends string> {
	key: string;
	legend: string;
	values: readonly V[];
	labels: Record<V, string>;
	/** A sentence under some values, e.g. which Regions a class holds. */
	hints: Partial<Record<V, string>>;
	default: V;
}

/**
 * The Regions AWS lists with the lower default throttle (2,500 RPS, burst 1,250), as named on
 * the account-level quota page in November 2026.
 */
export const LOWER_DEFAULT_REGIONS = [
	'Africa (Cape Town)',
	'Europe (Milan)',
	'Asia Pacific (Jakarta)',
	'Middle East (UAE)',
	'Asia Pacific (Hyderabad)',
	'Asia Pacific (Melbourne)',
	'Europe (Spain)',
	'Europe (Zurich)',
	'Israel (Tel Aviv)',
	'Canada West (Calgary)',
	'Asia Pacific (Malaysia)',
	'Asia Pacific (Thailand)',
	'Mexico (Central)',
] as const;

export const CHOICE_SPECS: { apiType: ChoiceSpec<ApiType>; regionClass: ChoiceSpec<RegionClass> } = {
	apiType: {
		key: 'type',
		legend: 'API type',
		values: API_TYPES,
		labels: { rest: 'REST API', http: 'HTTP API' },
		hints: {},
		default: 'rest',
	},
	regionClass: {
		key: 'region',
		legend: 'Region',
		values: REGION_CLASSES,
		labels: {
			standard: 'A Region with the standard defaults',
			newer: 'One of the Regions with lower defaults',
		},
		hints: {
			standard: 'For example US East (N. Virginia), us-east-1.',
			newer: 'Mostly newer Regions, such as Cape Town, Milan, Jakarta and Zurich.',
		},
		default: 'standard',
	},
};

export const DEFAULT_PLAN: Plan = {
	rps: NUMBER_SPECS.rps.default,
	burst: NUMBER_SPECS.burst.default,
	apis: NUMBER_SPECS.apis.default,
	routes: NUMBER_SPECS.routes.default,
	azs: NUMBER_SPECS.azs.default,
	subnetsPerAz: NUMBER_SPECS.subnetsPerAz.default,
	timeoutMs: NUMBER_SPECS.timeoutMs.default,
	apiType: CHOICE_SPECS.apiType.default,
	regionClass: CHOICE_SPECS.regionClass.default,
};

/** The label of a number input, which for routes depends on the API type. */
export function numberLabel(field: NumberField, apiType: ApiType): string {
	return field === 'routes' ? ROUTES_LABEL[apiType].label : NUMBER_SPECS[field].label;
}

/** What a number input counts, singular and plural, which for routes depends on the API type. */
export function unitOf(field: NumberField, apiType: ApiType): [string, string] {
	return field === 'routes' ? ROUTES_LABEL[apiType].unit : NUMBER_SPECS[field].unit;
}

export function numberHint(field: NumberField, apiType: ApiType): string {
	return field === 'routes' ? ROUTES_LABEL[apiType].hint : NUMBER_SPECS[field].hint;
}

const FORMAT = new Intl.NumberFormat('en-US');

/** A number as the planner writes it: 12,000. The same on the server and in every browser. */
export function formatNumber(value: number): string {
	return FORMAT.format(value);
}

/** A count with its unit: "1 subnet", "12,000 requests per second". */
export function countOf(value: number, [one, many]: [string, string]): string {
	return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/** The reasons a typed or linked value cannot be used. */
export type NumberProblem = 'empty' | 'not-a-number' | 'not-whole' | 'out-of-range';

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/**
 * Reads a typed whole number: plain decimal digits only (no exponent, no spaces, no thousands
 * separators), inside the field's range. The URL codec reads a link's numbers by the same rule,
 * so a link accepts exactly what a reader can type; this one also tells the reasons apart for
 * the input's error.
 */
export function parseNumber(field: NumberField, text: string): ParsedNumber {
	if (text === '') return { ok: false, problem: 'empty' };
	if (!/^-?\d+(\.\d+)?$/.test(text) || text.length > 20) return { ok: false, problem: 'not-a-number' };
	const value = Number(text);
	if (!Number.isInteger(value)) return { ok: false, problem: 'not-whole' };
	const { min, max } = NUMBER_SPECS[field];
	if (value < min || value > max) return { ok: false, problem: 'out-of-range' };
	return { ok: true, value };
}

/** The range of a field in words: "1 to 1,000,000". */
export function rangeOf(field: NumberField): string {
	const { min, max } = NUMBER_SPECS[field];
	return `${formatNumber(min)} to ${formatNumber(max)}`;
}

/** What to tell a reader whose typed value cannot be used; the planner keeps the last good one. */
export function inputError(field: NumberField, problem: NumberProblem, current: number): string {
	const keep = `The planner still uses ${formatNumber(current)}.`;
	const range = rangeOf(field);
	if (problem === 'not-a-number' || problem === 'not-whole') return `Enter a whole number from ${range}, in digits only. ${keep}`;
	return `Enter a number from ${range}. ${keep}`;
}
