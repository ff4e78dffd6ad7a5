import { CHOICES, FIELDS, type Configuration, type Source } from './model.ts';
import { SOURCES } from './sources.ts';

/**
 * How well each configuration is supported: a pattern AWS documents, one inferred from AWS pages
 * that describe its parts, or one AWS rules out. Impossible choices are explained, never hidden.
 */
export type Verdict =
	| { status: 'documented'; summary: string; sources: Source[] }
	| {
			status: 'inferred';
			summary: string;
			/** Why the explorer believes it works although no AWS page shows it. */
			reason: string;
			sources: Source[];
	  }
	| {
			status: 'impossible';
			/** The rule that rules it out, in words. */
			rule: string;
			sources: Source[];
			/** What the rule means for a shared VPC, which readers often try next: an inference. */
			inference: { text: string; sources: Source[] };
			/** The supported configuration to show instead. */
			alternative: Configuration;
	  };

const HTTP_API_PATTERN =
	'AWS documents this pattern: the API account reaches each provider through an interface VPC endpoint that an internal Application Load Balancer targets, and every provider only has to offer a VPC endpoint service.';

const REST_API_REASON =
	'No AWS page found shows a REST API in this design. It follows from two documented facts: since November 2025 a REST API can reach an internal Application Load Balancer through a VPC link V2, and the rest of the path is the documented HTTP API pattern, which does not depend on the API type. Before then a REST API needed a Network Load Balancer in the API account instead.';

const SAME_ACCOUNT_RULE =
	'A private integration needs the API, the VPC link and the load balancer (or AWS Cloud Map service) to belong to the same AWS account. A VPC link cannot point at a load balancer in another account, for REST and HTTP APIs alike.';

const SHARED_VPC_INFERENCE =
	'A shared VPC does not change this. With VPC sharing, accounts in the same organization create their own resources in subnets shared with them, but the load balancer still has to be owned by the account that owns the API and the VPC link. That consequence is our inference from the same-account rule; no AWS page states it.';

const PRIVATE_API_PATTERN =
	'AWS documents this pattern: a consumer calls a private REST API in another account through its own execute-api interface endpoint, and the API’s resource policy decides which endpoints may call it.';

/** Every configuration, in a fixed order (for exhaustive tests). */
export function allConfigurations(): Configuration[] {
	return FIELDS.reduce<Configuration[]>(
		(configs, field) => configs.flatMap((config) => CHOICES[field].map((value) => ({ ...config, [field]: value }))),
		[{} as Configuration],
	);
}

export function assess(config: Configuration): Verdict {
	if (config.pattern === 'private-api') {
		return {
			status: 'documented',
			summary: PRIVATE_API_PATTERN,
			sources: [SOURCES.crossAccountPrivateApiBlog, SOURCES.invokePrivateApi],
		};
	}
	switch (config.via) {
		case 'http-api':
			return { status: 'documented', summary: HTTP_API_PATTERN, sources: [SOURCES.crossAccountBlog, SOURCES.crossAccountSample] };
		case 'rest-api':
			return {
				status: 'inferred',
				summary: 'The same path with a REST API in the consumer account.',
				reason: REST_API_REASON,
				sources: [SOURCES.restSetUpV2, SOURCES.documentHistory, SOURCES.crossAccountBlog],
			};
		case 'direct-link':
			return {
				status: 'impossible',
				rule: SAME_ACCOUNT_RULE,
				sources: [SOURCES.restPrivateIntegrations, SOURCES.httpPrivateIntegrations],
				inference: { text: SHARED_VPC_INFERENCE, sources: [SOURCES.vpcSharing] },
				alternative: { ...config, via: 'http-api' },
			};
	}
}

/** The configuration the explorer draws: the chosen one, or for an impossible one its alternative. */
export function shownConfiguration(config: Configuration): Configuration {
	const verdict = assess(config);
	return verdict.status === 'impossible' ? verdict.alternative : config;
}

/**
 * A name for the path a configuration draws. Configurations that draw the same path share it, so
 * the player keeps its place when only something that does not change the path changes.
 */
export function pathKey(config: Configuration): string {
	const shown = shownConfiguration(config);
	return shown.pattern === 'private-api' ? 'private-api' : `backend/${shown.via}`;
}
