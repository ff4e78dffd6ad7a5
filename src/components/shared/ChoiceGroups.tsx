import { useEffect, useRef } from 'react';

/** `T` is an island's configuration: one chosen value per field. */
interface Props<T extends Record<string, string>> {
	/** Each field's allowed values, in display order; the groups follow the fields' order. */
	choices: { readonly [F in keyof T]: readonly T[F][] };
	/** The legend of each group and the name shown for each value. */
	labels: { [F in keyof T]: { legend: string; values: Record<T[F], string> } };
	config: T;
	onChange: <F extends keyof T & string>(field: F, value: T[F]) => void;
	idPrefix: string;
	/**
	 * Why a group cannot be changed here, or undefined where it can. A group with a note stays in
	 * view, disabled, with the note under its legend as its description.
	 */
	noteFor: (field: keyof T & string) => string | undefined;
	/** Added to the wrapper's class, for an island's own layout of the groups. */
	className?: string;
	/** Fields whose values clash (an unsupported combination): their groups are outlined and say so. */
	clashing?: ReadonlyArray<keyof T & string>;
	/**
	 * Fields the page fixes for good (a chapter about HTTP APIs fixes the API type): rather than a
	 * whole group that cannot change, one line says which they are and what they are set to.
	 */
	fixed?: ReadonlyArray<keyof T & string>;
	/** What that line ends with, e.g. "fixed in this chapter": "API type: HTTP API, fixed in this chapter". */
	fixedLabel?: string;
}

/** One group of radio buttons per choice the reader makes, each value with its own label. */
export default function ChoiceGroups<T extends Record<string, string>>({ choices, labels, config, onChange, idPrefix, noteFor, className, clashing, fixed = [], fixedLabel }: Props<T>) {
	const fields = (Object.keys(choices) as Array<keyof T & string>).filter((field) => !fixed.includes(field));
	const wrapper = useRef<HTMLDivElement>(null);
	// A reader can click a choice before the island's script has run. The browser checks that radio
	// and React leaves it checked while it hydrates, but the island's state still holds the server's
	// choice, which the next render would put back without a word. So, once, on mount: adopt every
	// choice the page shows that the state does not have.
	useEffect(() => {
		for (const field of fields) {
			const checked = wrapper.current?.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${idPrefix}-${field}`)}"]:checked`);
			const value = choices[field].find((allowed) => allowed === checked?.value);
			if (value !== undefined && value !== config[field]) onChange(field, value);
		}
	}, []);
	return (
		<div className={className ? `choices ${className}` : 'choices'} ref={wrapper}>
			{fixed.length > 0 && (
				<p className="choices__fixed">
					<span className="choices__fixed-label">{fixed.map((field) => `${labels[field].legend}: ${labels[field].values[config[field]]}`).join('; ')}</span>, {fixedLabel}
				</p>
			)}
			{fields.map((field) => {
				const note = noteFor(field);
				const noteId = `${idPrefix}-${field}-note`;
				const clash = clashing?.includes(field);
				return (
					<fieldset key={field} className={clash ? 'choice choice--clash' : 'choice'} disabled={note !== undefined} aria-describedby={note === undefined ? undefined : noteId}>
						<legend>
							{labels[field].legend}
							{clash && <span className="choice__clash"> (clashes)</span>}
						</legend>
						{note !== undefined && (
							<p className="choice__note" id={noteId}>
								{note}
							</p>
						)}
						{choices[field].map((value) => {
							const id = `${idPrefix}-${field}-${value}`;
							return (
								<div key={value} className="choice__option">
									<input
										type="radio"
										id={id}
										name={`${idPrefix}-${field}`}
										value={value}
										checked={config[field] === value}
										onChange={() => onChange(field, value)}
									/>
									<label htmlFor={id}>{labels[field].values[value]}</label>
								</div>
							);
						})}
					</fieldset>
				);
			})}
		</div>
	);
}
