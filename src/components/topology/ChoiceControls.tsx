import { CHOICES, FIELDS, LABELS, type Configuration, type Field } from '../../topology/model.ts';

interface Props {
	config: Configuration;
	/** Fields shown but not changeable here. */
	locked: Field[];
	onChange: <F extends Field>(field: F, value: Configuration[F]) => void;
	idPrefix: string;
}

/** One group of radio buttons per choice the reader makes. */
export default function ChoiceControls({ config, locked, onChange, idPrefix }: Props) {
	return (
		<div className="choices">
			{FIELDS.map((field) => {
				const isLocked = locked.includes(field);
				const noteId = `${idPrefix}-${field}-note`;
				return (
					<fieldset key={field} className="choice" disabled={isLocked} aria-describedby={isLocked ? noteId : undefined}>
						<legend>{LABELS[field].legend}</legend>
						{isLocked && (
							<p className="choice__note" id={noteId}>
								Fixed in this chapter
							</p>
						)}
						{CHOICES[field].map((value) => {
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
									<label htmlFor={id}>{(LABELS[field].values as Record<string, string>)[value]}</label>
								</div>
							);
						})}
					</fieldset>
				);
			})}
		</div>
	);
}
