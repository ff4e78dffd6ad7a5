import { Fragment, memo, type KeyboardEventHandler } from 'react';
import type { Hop, Packet } from '../../topology/model.ts';
import { changedFields } from '../../topology/packets.ts';

interface Props {
	hops: Hop[];
	/** The current hop, 0-based. */
	step: number;
	onSeek: (step: number) => void;
	/**
	 * False on the server and in the first client render: every hop's details stay open then, so
	 * the page reads in full without JavaScript. The stylesheet folds the others away once true.
	 */
	hydrated: boolean;
	/**
	 * Every hop's details open, always: for an explorer whose step panel shows the current hop, so
	 * the list is the whole text and stepping never changes its height. A hop's button then only
	 * moves the journey there.
	 */
	allOpen?: boolean;
	id: string;
	idPrefix: string;
	onKeyDown: KeyboardEventHandler<HTMLOListElement>;
}

/** The packet's fields shown as name and value; its note, a caveat on them, follows the list. */
const PACKET_FIELDS: Array<[Exclude<keyof Packet, 'note'>, string]> = [
	['source', 'Source'],
	['destination', 'Destination'],
	['port', 'Port'],
	['protocol', 'Protocol'],
	['host', 'Host'],
	['path', 'Path'],
	['tls', 'TLS'],
];

/**
 * Every hop of the journey, in order: the diagram's text alternative and a way to jump to a hop.
 * Each hop's packet marks the fields that changed since the hop before.
 */
function HopList({ hops, step, onSeek, hydrated, allOpen = false, id, idPrefix, onKeyDown }: Props) {
	return (
		<ol className={allOpen ? 'hop-list hop-list--open' : 'hop-list'} id={id} onKeyDown={onKeyDown}>
			{hops.map((hop, index) => {
				const current = index === step;
				const detailsId = `${idPrefix}-${hop.id}`;
				const changed = changedFields(hops[index - 1]?.packet, hop.packet);
				return (
					<li key={hop.id} className={`hop hop--${hop.direction}`} aria-current={current ? 'step' : undefined}>
						<button
							type="button"
							className="hop__button"
							aria-expanded={allOpen ? undefined : !hydrated || current}
							aria-controls={allOpen ? undefined : detailsId}
							onClick={() => onSeek(index)}
						>
							<span className="hop__number" aria-hidden="true">
								{index + 1}
							</span>
							<span className="hop__heading">
								<span className="sr-only">Hop {index + 1}, </span>
								<span className="hop__direction">{hop.direction === 'request' ? 'Request' : 'Response'}</span>
								<span className="sr-only">: </span>
								<span className="hop__title">{hop.title}</span>
							</span>
						</button>
						<div className="hop__details" id={detailsId}>
							<p>{hop.detail}</p>
							{/* Names and values with no wrapper per pair: a chapter's DOM budget counts every element. */}
							<dl className="hop__packet">
								{PACKET_FIELDS.filter(([key]) => hop.packet[key] !== undefined).map(([key, name]) => {
									const mark = changed.has(key) ? 'hop__field--changed' : undefined;
									return (
										<Fragment key={key}>
											<dt className={mark}>
												{name}
												{/* Said in words, not only shown in colour. */}
												{mark && <span className="hop__changed">changed</span>}
											</dt>
											<dd className={mark}>{hop.packet[key]}</dd>
										</Fragment>
									);
								})}
							</dl>
							{hop.packet.note && <p className="hop__note">{hop.packet.note}</p>}
							<p className="hop__learn-more">
								<a href={hop.learnMore.href}>Learn more: {hop.learnMore.label}</a>
							</p>
							{hop.sources.length > 0 && (
								<p className="hop__sources">
									<span className="hop__sources-title">Sources: </span>
									{hop.sources.map((source, sourceIndex) => (
										<Fragment key={sourceIndex}>
											{sourceIndex > 0 && '; '}
											<a href={source.url}>{source.title}</a>
										</Fragment>
									))}
								</p>
							)}
						</div>
					</li>
				);
			})}
		</ol>
	);
}

/** Memoised: an explorer that defers the list's update re-renders it only when the list itself changes. */
export default memo(HopList);
