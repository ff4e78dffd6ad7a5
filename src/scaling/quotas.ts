import type { RegionClass } from './model.ts';

/**
 * The published defaults a private integration meets as it grows; limits.ts holds the checks
 * against them, with the AWS page for each. Numbers are the published defaults: a quota an
 * account has had raised is outside what the planner can know. Kept apart from the checks so
 * that the island's sliders can stop on them without loading every check's words.
 */
export const QUOTAS = {
	/** Steady-state throttle per account and Region, across REST, HTTP and WebSocket APIs. Raisable. */
	throttleRps: { standard: 10_000, newer: 2_500 } satisfies Record<RegionClass, number>,
	/** The token bucket's size. AWS sets it from the account's RPS quota; it cannot be requested. */
	burst: { standard: 5_000, newer: 1_250 } satisfies Record<RegionClass, number>,
	/** Routes per HTTP API: raisable per API. */
	routesPerHttpApi: 300,
	/** Integrations per HTTP API: not raisable. */
	integrationsPerHttpApi: 300,
	/** Resources per REST API: raisable per API. */
	resourcesPerRestApi: 300,
	/** Subnets per VPC link, from the HTTP API quota table. Raisable. */
	subnetsPerVpcLink: 10,
	/** VPC links per account and Region, as the two quota tables list them. Raisable. */
	vpcLinksHttpTable: 10,
	vpcLinksRestTable: 20,
	/** Integration timeout, milliseconds. */
	timeoutMinMs: 50,
	httpTimeoutMaxMs: 30_000,
	restTimeoutDefaultMaxMs: 29_000,
} as const;
