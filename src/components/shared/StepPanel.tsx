import { useState } from 'react';
import type { Hop, Packet } from '../../topology/model.ts';
import { changedFields } from '../../topology/packets.ts';

interface Props {
	hop: Hop;
	/** The hop before, to mark what changed; absent on the first hop. */
	previous?: Hop;
	/** 0-based position and the number of hops. */
	step: number;
	total: number;
	/** The id of the hop's entry in the full list, where its whole explanation and sources are. */
	detailsId: string;
	idPrefix: string;
}

/** The packet's fields as the panel shows them; port and protocol read as one ("HTTPS, port 443"). */
const FIELDS: Array<[label: string, keys: Array<keyof Packet>]> = [
	['From', ['source']],
	['To', ['destination']],
	['Carries', ['protocol', 'port']],
	['TLS', ['tls']],
	['Host', ['host']],
	['Path', ['path']],
];

const carries = (packet: Packet) => (packet.protocol === 'AWS API' ? 'AWS API call' : `${packet.protocol}, port ${packet.port}`);
const valueOf = (packet: Packet, keys: Array<keyof Packet>) => (keys[0] === 'protocol' ? carries(packet) : packet[keys[0]!]);

/**
 * The current hop beside the drawing, always the same size: where it is in the journey, its title,
 * one sentence, and either the packet's fields (those that changed since the hop before marked,
 * in words too) or the message as it looks on the wire. Its whole explanation and sources stay in
 * the hop list below, which this links to.
 */
export default function StepPanel({ hop, previous, step, total, detailsId, idPrefix }: Props) {
	const [view, setView] = useState<'fields' | 'wire'>('fields');
	const changed = changedFields(previous?.packet, hop.packet);
	const { wire } = hop;
	const titleId = `${idPrefix}-step-title`;
	return (
		<section className={`step-panel step-panel--${hop.direction}`} aria-labelledby={titleId} data-step-panel="">
			<div className="step-panel__top">
				<p className="step-panel__where">
					<span className="step-panel__number" aria-hidden="true">
						{step + 1}
					</span>
					{hop.direction === 'request' ? 'Request' : 'Response'}, hop {step + 1} of {total}
				</p>
				<div className="step-panel__views" role="group" aria-label="Show the packet as">
					<button type="button" aria-pressed={view === 'fields'} onClick={() => setView('fields')}>
						Fields
					</button>
					<button type="button" aria-pressed={view === 'wire'} onClick={() => setView('wire')}>
						Wire
					</button>
				</div>
			</div>
			<p className="step-panel__title" id={titleId}>
				{hop.title}
			</p>
			<p className="step-panel__summary">
				{hop.summary}{' '}
				<a className="step-panel__more" href={`#${detailsId}`}>
					More on this hop
				</a>
			</p>
			{view === 'fields' ? (
				<div className="step-panel__packet">
					<dl className="step-panel__fields">
						{FIELDS.filter(([, keys]) => hop.packet[keys[0]!] !== undefined).map(([label, keys]) => {
							const isChanged = keys.some((key) => changed.has(key));
							return (
								<div key={label} className={isChanged ? 'is-changed' : undefined}>
									<dt>
										{label}
										{isChanged && <span className="step-panel__changed">changed</span>}
									</dt>
									<dd>{valueOf(hop.packet, keys)}</dd>
								</div>
							);
						})}
					</dl>
					{hop.packet.note && <p className="step-panel__note">{hop.packet.note}</p>}
				</div>
			) : (
				<figure className="step-panel__wire">
					<div className={wire.tls ? 'wire wire--tls' : 'wire'}>
						{wire.tls && <span className="wire__tls">Inside TLS: {wire.tls}</span>}
						<pre>{wire.lines.join('\n')}</pre>
					</div>
					<figcaption>{wire.caption}</figcaption>
				</figure>
			)}
		</section>
	);
}

