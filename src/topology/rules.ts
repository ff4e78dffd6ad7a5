import { CHOICES, FIELDS, type Configuration, type Field, type Problem, type Validity } from './model.ts';
import { SOURCES } from './sources.ts';

/** A rule AWS imposes: when `applies` holds, the configuration cannot be built. */
interface Rule {
	fields: Field[];
	applies: (config: Configuration) => boolean;
	message: string;
	source: Problem['source'];
	/** The connections the clash makes impossible, as [from, to] component ids: the drawing crosses them out. */
	breaks: (config: Configuration) => Array<[string, string]>;
}

const RULES: Rule[] = [
	{
		fields: ['api', 'link'],
		applies: (c) => c.api === 'http' && c.link === 'v1',
		message:
			'HTTP APIs use VPC links V2 only. A VPC link V1 is the legacy kind: REST APIs can still use it, although AWS advises against creating new ones, and so can WebSocket APIs, which this explorer does not cover.',
		source: SOURCES.restPrivateIntegrations,
		breaks: () => [['apigw', 'eps']],
	},
	{
		fields: ['api', 'target'],
		applies: (c) => c.api === 'rest' && c.target === 'cloudmap',
		message: 'A REST API private integration targets an Application or Network Load Balancer. AWS Cloud Map is a target for HTTP APIs only.',
		source: SOURCES.restPrivateIntegrations,
		breaks: () => [['apigw', 'cloudmap']],
	},
	{
		fields: ['link', 'target'],
		applies: (c) => c.link === 'v1' && c.target !== 'nlb',
		message:
			'A VPC link V1 is created with the ARN of one Network Load Balancer and reaches nothing else. An Application Load Balancer or a Cloud Map service needs a VPC link V2.',
		source: SOURCES.createVpcLinkV1,
		breaks: (c) =>
			c.target === 'cloudmap'
				? [
						['eps', 'target-a'],
						['eps', 'target-b'],
					]
				: [['eps', 'lb']],
	},
	{
		fields: ['client', 'api'],
		applies: (c) => c.client === 'vpc' && c.api === 'http',
		message: 'Only REST APIs can be private APIs, called through an execute-api interface endpoint. HTTP APIs have no private endpoint type.',
		source: SOURCES.restVsHttp,
		breaks: () => [['vpce', 'apigw']],
	},
];

/** The connections `config` draws that AWS does not support: none for a supported configuration. */
export const crossedConnections = (config: Configuration): Array<[string, string]> => RULES.filter((rule) => rule.applies(config)).flatMap((rule) => rule.breaks(config));

/**
 * What it costs to change each field when looking for the nearest supported configuration.
 * Cheapest first: moving from the legacy V1 to V2 is the change AWS itself recommends; the
 * backend (ECS or EC2) never causes a clash, so it is the last thing to touch.
 */
const CHANGE_COST: Record<Field, number> = { link: 1, client: 1.1, target: 1.2, api: 1.3, compute: 1.4 };
/** A field the reader has just set is kept unless nothing else works. */
const KEEP_COST = 100;

/** Every configuration, in a fixed order (used for ties and for exhaustive tests). */
export function allConfigurations(): Configuration[] {
	return FIELDS.reduce<Configuration[]>((configs, field) => configs.flatMap((config) => CHOICES[field].map((value) => ({ ...config, [field]: value }))), [{} as Configuration]);
}

function problemsOf(config: Configuration): Problem[] {
	return RULES.filter((rule) => rule.applies(config)).map(({ fields, message, source }) => ({ fields, message, source }));
}

/**
 * The supported configuration closest to `config`: fewest and cheapest changes, never touching
 * the field `keep` (the one the reader just chose) unless no supported configuration keeps it.
 */
export function nearestSupported(config: Configuration, keep?: Field, fixed: readonly Field[] = []): Configuration {
	let best: { config: Configuration; cost: number } | undefined;
	// A chapter can fix some choices (say, the API type); the way out must keep them, or the
	// reader lands on a setup they cannot leave. Every API type has supported setups, so a
	// fixed API type always leaves candidates; without any, fixed choices are dropped.
	const keepsFixed = (candidate: Configuration) => fixed.every((field) => candidate[field] === config[field]);
	const pool = allConfigurations().filter((candidate) => problemsOf(candidate).length === 0);
	const candidates = pool.some(keepsFixed) ? pool.filter(keepsFixed) : pool;
	for (const candidate of candidates) {
		const cost = FIELDS.reduce((sum, field) => (candidate[field] === config[field] ? sum : sum + CHANGE_COST[field] + (field === keep ? KEEP_COST : 0)), 0);
		if (!best || cost < best.cost) best = { config: candidate, cost };
	}
	return best!.config;
}

/** Whether AWS supports `config`; if not, why (with sources) and the nearest supported one. */
export function validate(config: Configuration, keep?: Field, fixed: readonly Field[] = []): Validity {
	const problems = problemsOf(config);
	return problems.length === 0 ? { valid: true } : { valid: false, problems, alternative: nearestSupported(config, keep, fixed) };
}

/** What the explorer draws for `config`: itself when supported, else the nearest supported one. */
export function pathFor(config: Configuration, keep?: Field, fixed: readonly Field[] = []): { validity: Validity; shown: Configuration } {
	const validity = validate(config, keep, fixed);
	return { validity, shown: validity.valid ? config : validity.alternative };
}
