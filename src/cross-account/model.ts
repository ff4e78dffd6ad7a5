/**
 * The cross-account explorer's vocabulary: what a reader can choose, and the shapes the core hands
 * to the view. Plain TypeScript, no framework. The hop and packet shapes are the topology
 * explorer's, so both islands share the hop list and the player.
 */
import type { Labelled } from '../explorer/geometry.ts';
import type { Hop, Owner, Packet, Source, TopologyNode } from '../topology/model.ts';

export type { Hop, Packet, Source };

/** Each choice the reader makes, with its allowed values in display order. */
export const CHOICES = {
	/** Which side of API Gateway crosses the account boundary. */
	pattern: ['backend', 'private-api'],
	/** For the backend pattern: the API type in the consumer account, or the direct link that cannot exist. */
	via: ['http-api', 'rest-api', 'direct-link'],
} as const;

export type Field = keyof typeof CHOICES;

/** One configuration of the explorer; every field always has a value, even where it does not apply. */
export type Configuration = { [F in Field]: (typeof CHOICES)[F][number] };

/** What the explorer shows before the reader changes anything: the pattern AWS documents. */
export const DEFAULT_CONFIGURATION: Configuration = { pattern: 'backend', via: 'http-api' };

export const FIELDS = Object.keys(CHOICES) as Field[];

/** Names shown to the reader for each field and value. */
export const LABELS: { [F in Field]: { legend: string; values: Record<Configuration[F], string> } } = {
	pattern: {
		legend: 'Cross-account pattern',
		values: {
			backend: 'The API’s backend runs in another account',
			'private-api': 'A private API called from another account',
		},
	},
	via: {
		legend: 'The consumer’s API',
		values: {
			'http-api': 'HTTP API (the pattern AWS documents)',
			'rest-api': 'REST API (inferred)',
			'direct-link': 'Direct VPC link to the provider’s load balancer',
		},
	},
};

/** A choice in a few words, for the one line the choices fold into on a phone. */
export function summarizeConfiguration(config: Configuration): string {
	if (config.pattern === 'private-api') return 'A private API called from another account';
	const via = { 'http-api': 'HTTP API', 'rest-api': 'REST API (inferred)', 'direct-link': 'a direct VPC link' }[config.via];
	return `A backend in another account, through ${via}`;
}

/** Whether a field means anything for a configuration: the API choice belongs to the backend pattern only. */
export function fieldApplies(field: Field, config: Configuration): boolean {
	return field !== 'via' || config.pattern === 'backend';
}

/** The two example accounts, the same in every sample on the site. */
export const ACCOUNTS = {
	consumer: { id: '111111111111', principal: 'arn:aws:iam::111111111111:root' },
	provider: { id: '222222222222' },
} as const;

export type Side = 'consumer' | 'provider';

/** A component of the drawing, and which account (or the internet) it belongs to. */
export interface DiagramNode extends TopologyNode {
	zone: Side | 'internet';
}

/**
 * A box drawn behind the nodes: an account, a VPC, API Gateway's managed side, or the internet.
 * All but an account are coloured by who runs them, in the palette the topology explorer uses.
 */
export interface Area {
	id: string;
	kind: 'account' | 'vpc' | 'managed' | 'internet';
	label: string;
	/** A second line under the label, such as the account ID. */
	sublabel?: string;
	/** Who runs it: the caller, AWS, the consumer's VPC, or the other account's. */
	owner?: Owner;
	/** Which top corner the label sits in: the left unless a line passes there. */
	labelCorner?: 'left' | 'right';
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A connection in the drawing; hops travel along these. Some carry a label of what they carry. */
export interface DiagramEdge extends Labelled {
	from: string;
	to: string;
	/** The one connection between the accounts, over AWS PrivateLink: drawn dashed. */
	crossing?: boolean;
}

/** A drawing, in its own coordinate space (the SVG viewBox). */
export interface Diagram {
	width: number;
	height: number;
	areas: Area[];
	nodes: DiagramNode[];
	edges: DiagramEdge[];
}

/** Side by side for wide screens; one account above the other for phones. */
export type Orientation = 'wide' | 'tall';
export const ORIENTATIONS: Orientation[] = ['wide', 'tall'];

/** What one account has to create or allow for a pattern to work, with the page that says so. */
export interface SetupTask {
	text: string;
	sources: Source[];
	/** Set when the task is an inference rather than something an AWS page states. */
	inferred?: boolean;
}

export interface AccountSetup {
	side: Side;
	heading: string;
	tasks: SetupTask[];
}
