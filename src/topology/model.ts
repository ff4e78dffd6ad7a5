import type { Wire } from '../explorer/wire.ts';

/**
 * The topology explorer's vocabulary: what a reader can choose, and the shapes the core hands
 * to the view. Plain TypeScript, no framework: rules.ts, topology.ts, hops.ts and url-state.ts
 * build on it, and the React components only render it.
 */

/** Each choice the reader makes, with its allowed values in display order. */
export const CHOICES = {
	api: ['rest', 'http'],
	link: ['v2', 'v1'],
	target: ['alb', 'nlb', 'cloudmap'],
	compute: ['ecs', 'ec2'],
	client: ['public', 'vpc'],
} as const;

export type Field = keyof typeof CHOICES;

/** One configuration of the explorer; every field always has a value. */
export type Configuration = { [F in Field]: (typeof CHOICES)[F][number] };

/** What the explorer shows before the reader changes anything: today's recommended REST setup. */
export const DEFAULT_CONFIGURATION: Configuration = {
	api: 'rest',
	link: 'v2',
	target: 'alb',
	compute: 'ecs',
	client: 'public',
};

export const FIELDS = Object.keys(CHOICES) as Field[];

/** Names shown to the reader for each field and value. */
export const LABELS: { [F in Field]: { legend: string; values: Record<Configuration[F], string> } } = {
	api: { legend: 'API type', values: { rest: 'REST API', http: 'HTTP API' } },
	link: { legend: 'VPC link', values: { v2: 'V2', v1: 'V1 (legacy)' } },
	target: {
		legend: 'Integration target',
		values: { alb: 'Application Load Balancer', nlb: 'Network Load Balancer', cloudmap: 'AWS Cloud Map' },
	},
	compute: { legend: 'Backend', values: { ecs: 'ECS tasks', ec2: 'EC2 instances' } },
	client: {
		legend: 'Client',
		values: { public: 'Public internet', vpc: 'Inside a VPC (private REST API)' },
	},
};

/** An AWS page that supports a statement. */
export interface Source {
	title: string;
	url: string;
}

/** Why a configuration cannot be built, with the page that says so. */
export interface Problem {
	/** The fields whose values clash. */
	fields: Field[];
	message: string;
	source: Source;
}

export type Validity =
	| { valid: true }
	| {
			valid: false;
			problems: Problem[];
			/** The closest configuration that can be built, offered as one click. */
			alternative: Configuration;
	  };

/** Who runs a component or an area; the drawing gives each its own colour, in both themes. */
export type Owner = 'client' | 'aws' | 'vpc' | 'other';

/** Left to right for wide columns; top to bottom for phones, so nothing scrolls sideways. */
export type Orientation = 'wide' | 'tall';
export const ORIENTATIONS: readonly Orientation[] = ['wide', 'tall'];

/** A component of the drawing: a client, a service, an ENI, a load balancer, a target… */
export interface TopologyNode {
	id: string;
	label: string;
	/**
	 * One sentence on what it is, read by assistive technology and shown on focus or hover. Absent
	 * while the words of a setup load (see topology/setup-view.ts).
	 */
	description?: string;
	/** Centre of the component in the drawing's coordinate space. */
	x: number;
	y: number;
	/** Width of its box, where it needs more than the drawing's usual width. */
	width?: number;
	/** Who runs it. */
	owner?: Owner;
	/** A remark drawn under the label, in italics, such as where TLS ends. */
	note?: string;
}

/** A connection in the drawing; hops travel along these. */
export interface TopologyEdge {
	from: string;
	to: string;
	/** What the connection carries, e.g. "HTTPS :443", drawn beside it at `labelAt`. */
	label?: string;
	labelAt?: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
	/** A call to an AWS API (the Cloud Map lookup), not the request itself: drawn dashed, in its own colour. */
	control?: boolean;
	/** A connection AWS does not support: drawn crossed out. */
	crossed?: boolean;
}

/** A security group rule the path needs, in words. */
export interface SecurityGroupRule {
	/** Whose security group this is. */
	group: string;
	rule: string;
	source: Source;
	/** The components it is attached to: the drawing outlines them and lights the outline on a hop it governs. */
	guards: string[];
	/** Which of its rules the path depends on; both unless said. */
	checks?: 'inbound' | 'outbound';
}

/** A box drawn behind the nodes: who owns a part of the drawing, an Availability Zone or a subnet. */
export interface Area {
	id: string;
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
	kind: 'zone' | 'az' | 'subnet';
	owner?: Owner;
	/** Which corner the label sits in, where the usual one for its kind (see drawing.ts) has a line through it. */
	labelCorner?: 'left' | 'right' | 'bottom-left';
}

export interface Topology {
	orientation: Orientation;
	nodes: TopologyNode[];
	edges: TopologyEdge[];
	/** Boxes drawn behind the nodes: owners, Availability Zones and subnets. */
	areas: Area[];
	/** The drawing's size, for the SVG viewBox. */
	width: number;
	height: number;
}

/**
 * What the request or response looks like on one hop. Fields that do not apply are absent. Values
 * are short (a step panel shows them beside the drawing, on a phone too); what needs more words
 * goes in the hop's detail, or in `note`.
 */
export interface Packet {
	/** Who sends it, e.g. "VPC link ENI (subnet A)". At most 40 characters. */
	source: string;
	/** Who receives it, e.g. "ALB listener". At most 40 characters. */
	destination: string;
	/** The destination port as a number, e.g. "443", or a short phrase where none applies. At most 24 characters. */
	port: string;
	/**
	 * What the connection carries at this hop: `HTTPS` (HTTP inside TLS), `HTTP`, or `AWS API`
	 * for a call API Gateway makes to another AWS service (the Cloud Map lookup). The wire view
	 * draws TLS as a wrapper exactly when this is HTTPS.
	 */
	protocol: 'HTTPS' | 'HTTP' | 'AWS API';
	/** The Host header, where an AWS page says what it is. */
	host?: string;
	/** The request path alone, e.g. "/prod/orders": it becomes the wire view's request line. */
	path?: string;
	/** TLS in a few words, e.g. "TLS 1.2 or 1.3" or "None: plain HTTP". At most 40 characters. */
	tls: string;
	/** A short caveat on the fields, e.g. that the backend path depends on the uri template. At most 110 characters. */
	note?: string;
}

/** One step of the journey: a request or response crossing from one component to the next. */
export interface Hop {
	id: string;
	direction: 'request' | 'response';
	from: string;
	to: string;
	title: string;
	/** What happens on this hop in one plain sentence, for the step panel. At most 130 characters. */
	summary: string;
	/** What happens on this hop, in a few sentences, for the full hop list. */
	detail: string;
	packet: Packet;
	/** The chapter section that explains this hop (a site path with a #fragment). */
	learnMore: { label: string; href: string };
	sources: Source[];
	/** What it looks like on the wire, for the step panel's wire view (explorer/wire.ts). */
	wire: Wire;
}
