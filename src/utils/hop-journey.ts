import { wireOf } from '../explorer/wire.ts';
import type { Hop, Packet, Source } from '../topology/model.ts';

/**
 * Building a journey of hops: the request, hop by hop, then the response retracing it. Both
 * explorers (src/topology/hops.ts and src/cross-account/hops.ts) write their own hops and words;
 * these helpers only give every hop the same shape. Plain TypeScript, no framework.
 */

/** A hop before the journey numbers it. */
export type HopDraft = Omit<Hop, 'id' | 'wire'>;

/**
 * What a response hop is called and says: its title, its one-sentence summary and its detail.
 * A fourth `{ keepNote: true }` carries the request's note over, for a note that speaks of
 * something the response still has (the TLS session, say) rather than of the request's path.
 */
export type ReplyWords = readonly [title: string, summary: string, detail: string, options?: { keepNote: true }];

export function hop(
	direction: Hop['direction'],
	from: string,
	to: string,
	title: string,
	summary: string,
	detail: string,
	packet: Packet,
	learnMore: Hop['learnMore'],
	sources: Source[],
): HopDraft {
	// A page cited twice for one hop (say, one page that covers two of its facts) is listed once.
	return { direction, from, to, title, summary, detail, packet, learnMore, sources: [...new Set(sources)] };
}

/**
 * The response over a request hop's connection: source and destination swap, the protocol and
 * TLS stay those of the connection, host and path no longer apply, and so neither does the
 * request's note unless the words keep it.
 */
export function reply(request: HopDraft, [title, summary, detail, options]: ReplyWords): HopDraft {
	const { packet } = request;
	return {
		...request,
		direction: 'response',
		from: request.to,
		to: request.from,
		title,
		summary,
		detail,
		packet: {
			...packet,
			source: packet.destination,
			destination: packet.source,
			host: undefined,
			path: undefined,
			note: options?.keepNote ? packet.note : undefined,
		},
	};
}

/**
 * The whole journey, numbered `hop-1`, `hop-2`, …, each with its look on the wire: the request hops, then the response retracing
 * `dataPath` (every request hop unless told otherwise) backwards. Each response hop takes its
 * words from `replies` under the component that sends it, the one the request hop reached.
 */
export function journey(requests: HopDraft[], replies: Readonly<Record<string, ReplyWords>>, dataPath: HopDraft[] = requests): Hop[] {
	const responses = dataPath
		.slice()
		.reverse()
		.map((request) => reply(request, replies[request.to]!));
	return [...requests, ...responses].map((draft, index) => ({ ...draft, id: `hop-${index + 1}`, wire: wireOf(draft) }));
}
