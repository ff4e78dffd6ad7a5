import { CHOICES, FIELDS, LABELS, fieldApplies, type Configuration, type Field } from '../../cross-account/model.ts';

interface Props {
	config: Configuration;
	onChange: <F extends Field>(field: F, value: Configuration[F]) => void;
	idPrefix: string;
}

/** One group of radio buttons per choice. A group that does not apply to the chosen pattern stays visible but disabled, and says why. */
export default function PatternControls({ config, onChange, idPrefix }: Props) {
	return (
		<div className="choices cross-account__choices">
			{FIELDS.map((field) => {
				const applies = fieldApplies(field, config);
				const noteId = `${idPrefix}-${field}-note`;
				return (
					<fieldset key={field} className="choice" disabled={!applies} aria-describedby={applies ? undefined : noteId}>
						<legend>{LABELS[field].legend}</legend>
						{!applies && (
							<p className="choice__note" id={noteId}>
								Only for the backend pattern
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
