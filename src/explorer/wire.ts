import type { Hop } from '../topology/model.ts';

/**
 * What a hop looks like on the wire, for the step panel's wire view: the request line and the
 * header that matters (Host), or the status line of a response, and the TLS wrapper around them
 * where the connection is HTTPS. The method and status are an example (a GET that succeeds); the
 * path, host and TLS are the hop's own. HTTP versions are left out: a client may speak HTTP/2 to
 * API Gateway, where there is no request line as such. The Cloud Map lookup is an AWS API call
 * that API Gateway makes, shown by its name, not as HTTP the reader's request could be mistaken for.
 */
export interface Wire {
	/** The TLS around the message, e.g. "TLS 1.2 or 1.3"; absent on plain HTTP. */
	tls?: string;
	lines: string[];
	/** What the reader is looking at, in a few words. */
	caption: string;
}

export function wireOf(hop: Pick<Hop, 'direction' | 'packet'>): Wire {
	const { packet, direction } = hop;
	if (packet.protocol === 'AWS API') {
		return direction === 'request'
			? { lines: ['DiscoverInstances', 'NamespaceName, ServiceName'], caption: 'An AWS API call API Gateway makes for the integration, before your request goes anywhere.' }
			: // The attribute names that carry them are not named by any API Gateway page (the facts ledger marks them unverified).
				{ lines: ['Instances: [', '  { IP address, port }, …', ']'], caption: 'The answer: where each registered instance listens.' };
	}
	const tls = packet.protocol === 'HTTPS' ? packet.tls : undefined;
	if (direction === 'response') return { tls, lines: ['200 OK', 'Content-Type: application/json'], caption: 'An example response: a success with a JSON body.' };
	const lines = [`GET ${packet.path ?? '/'}`];
	if (packet.host) lines.push(`Host: ${packet.host}`);
	return { tls, lines, caption: packet.host ? 'An example request: its method, path and Host header.' : 'An example request: its method and path.' };
}
