import type { Configuration, Field, Source } from '../topology/model.ts';

/**
 * What can go wrong with a private integration, as data: each fault says which setups it can
 * happen in, where along the request it shows, what the client and the logs see, and the fix,
 * with the pages that say so. Plain TypeScript, no framework: catalogue.ts holds the faults,
 * journey.ts turns one into the explorer's journey, and the React components only render it.
 */

/**
 * How a fault shows. `fails`: every request dies at the failing hop. `intermittent`: most requests
 * pass and some die there. `rejected`: the setup cannot be deployed as written, so the request
 * never gets that far and whoever deploys sees the error.
 */
export type FaultOutcome = 'fails' | 'intermittent' | 'rejected';

/** Setups: for each field named, the values it must have; a field left out may take any value. */
export type FaultScope = { readonly [F in Field]?: ReadonlyArray<Configuration[F]> };

/** An access-log variable and what it holds for a request that meets the fault. */
export interface AccessLogField {
	/** The `$context` variable, e.g. `$context.integration.status`. */
	variable: string;
	/** What it holds, e.g. `504`, `INTEGRATION_TIMEOUT`, or words such as "empty" or "about 29,000". */
	value: string;
}

/** What the one who made the call sees: the API's client, or, for a rejected setup, whoever deploys it. */
export interface FaultResponse {
	/** Who sees it, e.g. "The client" or "Whoever deploys (AWS CLI, CloudFormation, Terraform)". */
	who: string;
	/** The status, e.g. "500", "504", "429", or "400 BadRequestException". */
	status: string;
	/** The body or message exactly as a source shows it; absent where no source shows one. */
	body?: string;
	/** Where `status` and `body` come from; where AWS documents no exact message, this says so. */
	note: string;
}

/** Where the fault leaves traces, beside the response. */
export interface FaultTraces {
	/** Access-log variables that carry it (REST and HTTP APIs share the ones used here). */
	accessLog: AccessLogField[];
	/**
	 * What a REST API's execution log shows: lines as a source prints them, or one sentence that
	 * says what shows where no source prints a line. HTTP APIs have no execution log; the journey
	 * says so for them.
	 */
	executionLog: string[];
	/** Metrics that move, with their namespace where it is not API Gateway's, e.g. "5XXError rises" or "ALB: HTTPCode_ELB_502_Count". */
	metrics: string[];
	/** What the backend's own logs show, e.g. "Nothing: the request never arrives." */
	targetLogs: string;
}

/** The parts of a fault that differ between setups; a variant replaces them where its scope matches. */
export interface FaultDetails {
	/** What happens at the failing hop, in one or two plain sentences, for the step panel. At most 240 characters. */
	happens: string;
	/** For an intermittent fault: which requests pass and which die, in one sentence. */
	which?: string;
	response: FaultResponse;
	traces: FaultTraces;
	/** What to change, in one to three sentences. */
	fix: string;
	/** The pages behind the response, the traces and the fix; at least one. */
	sources: Source[];
	/**
	 * The components at fault, outlined in the drawing (ids as for `at`, plus `eni-b` and
	 * `target-b`); the component the failing hop reaches when left out. Ids a setup does not draw are skipped.
	 */
	blame?: readonly string[];
	/** Whether the security group of the blamed components is what is at fault: the drawing marks it rather than the components. */
	securityGroup?: boolean;
	/** The troubleshooting entry that covers it: a fragment of /troubleshooting/, without `#`. */
	troubleshooting: string;
	/** The chapter section behind it: the label and a path under the site's base with its #fragment, e.g. `chapters/02-http-api-private-integrations/#security-groups-which-rules-matter`. */
	chapter: { label: string; path: string };
}

export interface Fault extends FaultDetails {
	/** Stable id, used in links as `fault=<id>`: lowercase words joined by hyphens. */
	id: string;
	/** What is wrong, as a reader would name it, e.g. "A security group drops the link's traffic". At most 70 characters. */
	title: string;
	outcome: FaultOutcome;
	/** The setups where it can happen. */
	scope: FaultScope;
	/**
	 * Where the request dies: the first request hop of the journey that reaches one of these
	 * components (ids of the drawing: `client`, `vpce`, `apigw`, `cloudmap`, `eni-a`, `eps`, `lb`,
	 * `target-a`).
	 */
	at: readonly string[];
	/** Parts that differ in some setups: every variant whose scope matches replaces them, in order, so a later one wins. */
	variants?: ReadonlyArray<{ scope: FaultScope } & Partial<FaultDetails>>;
}

/** Whether `config` lies in `scope`. */
export const inScope = (scope: FaultScope, config: Configuration): boolean =>
	Object.entries(scope).every(([field, values]) => (values as readonly string[]).includes(config[field as Field]));
