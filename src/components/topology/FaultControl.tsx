import type { Fault, FaultOutcome } from '../../faults/model.ts';

interface Props {
	/** The faults that can happen in the setup shown, with the words for each way a fault shows; undefined while the core loads. */
	faults?: { list: readonly Fault[]; outcomes: Record<FaultOutcome, string> };
	/** The fault chosen, by id, when it can happen in the setup shown. */
	value?: string;
	/** The title of a fault chosen earlier that cannot happen in the setup now shown. */
	unavailable?: string;
	/** The setup shown is one AWS does not support: no fault can be shown on it. */
	unsupported: boolean;
	onChange: (id: string | undefined) => void;
	/** The reader reaches for the list: the moment to fetch the core that has it. */
	onIntent: () => void;
	idPrefix: string;
}

const ORDER: FaultOutcome[] = ['fails', 'intermittent', 'rejected'];

/**
 * "What can go wrong": a list of the faults that can happen in the setup shown, grouped by how
 * they show. A native select, so it works the same with a keyboard, a screen reader and a phone.
 */
export default function FaultControl({ faults, value, unavailable, unsupported, onChange, onIntent, idPrefix }: Props) {
	const id = `${idPrefix}-fault`;
	const noteId = `${id}-note`;
	const note = unsupported
		? 'Faults show on a setup AWS supports.'
		: unavailable
			? `“${unavailable}” cannot happen in this setup.`
			: value
				? undefined
				: 'Choose one to see where the request dies, what the client gets and how to fix it.';
	return (
		<div className={value ? 'fault-control is-active' : 'fault-control'} onPointerEnter={onIntent} onTouchStart={onIntent}>
			<label htmlFor={id}>What can go wrong</label>
			<select
				id={id}
				value={value ?? ''}
				disabled={unsupported}
				aria-describedby={note ? noteId : undefined}
				onFocus={onIntent}
				onChange={(event) => onChange(event.currentTarget.value || undefined)}
			>
				<option value="">Nothing: the request gets through</option>
				{faults ? (
					ORDER.map((outcome) => {
						const group = faults.list.filter((fault) => fault.outcome === outcome);
						return group.length > 0 ? (
							<optgroup key={outcome} label={faults.outcomes[outcome]}>
								{group.map((fault) => (
									<option key={fault.id} value={fault.id}>
										{fault.title}
									</option>
								))}
							</optgroup>
						) : null;
					})
				) : (
					<option disabled>Loading the list…</option>
				)}
			</select>
			{note && (
				<p className="fault-control__note" id={noteId}>
					{note}
				</p>
			)}
		</div>
	);
}
