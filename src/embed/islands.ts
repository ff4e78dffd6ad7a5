/**
 * The islands that have an embed page, and what the Embed dialog, the embed pages and the oEmbed
 * files need to know about each. Paths are relative to the site's base.
 */

export const ISLAND_KINDS = ['topology', 'scaling', 'cross-account'] as const;
export type IslandKind = (typeof ISLAND_KINDS)[number];

export interface EmbeddableIsland {
	kind: IslandKind;
	/** The name of the diagram in snippets, iframe titles and oEmbed. */
	title: string;
	/** One sentence on what the embed shows, for the page description and oEmbed consumers. */
	description: string;
	/** The embed page. */
	embedPath: string;
	/** The full page that keeps this island's state in its address: "Copy link to this view" opens it. */
	viewPath: string;
	/** The id of the island on that page (its idPrefix), when the page has text above it to skip. */
	viewAnchor?: string;
	/** Whether the island steps a packet along hops, so `step` applies. */
	stepped: boolean;
	/** The height, in CSS pixels, the Embed dialog's snippet starts at until the resize script fits the frame (oEmbed files use OEMBED_HEIGHT, in oembed.ts). */
	height: number;
}

export const EMBEDDABLE_ISLANDS: Record<IslandKind, EmbeddableIsland> = {
	topology: {
		kind: 'topology',
		title: 'API Gateway private integration: request path explorer',
		description: 'Choose an API type, VPC link, integration target and backend, and step a request and its response through the components between the caller and a private service.',
		embedPath: 'embed/topology/',
		viewPath: 'explorer/',
		stepped: true,
		height: 2080,
	},
	scaling: {
		kind: 'scaling',
		title: 'VPC link V2 scaling planner',
		description: 'Set the request rate, burst, APIs, routes, Availability Zones, subnets and timeout of a private integration and see which API Gateway quota or load balancer limit binds first.',
		embedPath: 'embed/scaling/',
		viewPath: 'chapters/04-scaling-private-integrations/',
		viewAnchor: 'ch4',
		stepped: false,
		height: 3480,
	},
	'cross-account': {
		kind: 'cross-account',
		title: 'Cross-account private integration through PrivateLink',
		description: 'Two AWS accounts side by side: step a request from an API in one account to a private service in another, through an interface endpoint and an endpoint service.',
		embedPath: 'embed/cross-account/',
		viewPath: 'chapters/07-cross-account-private-integrations/',
		viewAnchor: 'ch7',
		stepped: true,
		height: 3420,
	},
};

export function isIslandKind(value: string): value is IslandKind {
	return (ISLAND_KINDS as readonly string[]).includes(value);
}
