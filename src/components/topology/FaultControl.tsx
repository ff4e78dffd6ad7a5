import type { FaultGroup } from '../../faults/journey.ts';

interface Props {
	/** The faults that can happen in the setup shown, grouped by how they show; undefined while the core loads. */
	groups?: FaultGroup[];
	/** The fault chosen, by id, when it can happen in the setup shown. */
	value?: string;
	/** Why the list offers nothing just now, in the core's words (see faults/journey.ts). */
	note?: string;
	/** The setup shown is one AWS does not support: no fault can be shown on it. */
	unsupported: boolean;
	onChange: (id: string | undefined) => void;
	/** The reader reaches for the list: the moment to fetch the core that has it. */
	onIntent: () => void;
	idPrefix: string;
}

/**
 * "What can go wrong": a list of the faults that can happen in the setup shown, grouped by how
 * they show. A native select, so it works the same with a keyboard, a screen reader and a phone.
 */
export default function FaultControl({ groups, value, note, unsupported, onChange, onIntent, idPrefix }: Props) {
	const id = `${idPrefix}-fault`;
	const noteId = `${id}-note`;
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
				{groups ? (
					groups.map((group) => (
						<optgroup key={group.label} label={group.label}>
							{group.faults.map((fault) => (
								<option key={fault.id} value={fault.id}>
									{fault.title}
								</option>
							))}
						</optgroup>
					))
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
