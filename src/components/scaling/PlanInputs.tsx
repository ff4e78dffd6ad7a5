import { Fragment, type ReactNode } from 'react';
import {
	CHOICE_FIELDS,
	CHOICE_SPECS,
	countOf,
	inputError,
	LOWER_DEFAULT_REGIONS,
	NUMBER_FIELDS,
	NUMBER_SPECS,
	numberHint,
	numberLabel,
	parseNumber,
	unitOf,
	type ChoiceField,
	type NumberField,
	type Plan,
} from '../../scaling/model.ts';
import { fromPosition, sliderRange, toPosition } from '../../scaling/slider-scale.ts';
import { SOURCES } from '../../scaling/sources.ts';

interface Props {
	plan: Plan;
	/** What is in each number box, which may be half-typed or wrong. */
	drafts: Record<NumberField, string>;
	/** Errors show only once the island runs: before that, the boxes hold the defaults. */
	hydrated: boolean;
	onNumber: (field: NumberField, text: string) => void;
	/** What follows the input for a field, inside the list of inputs: the token bucket follows the burst. */
	after?: Partial<Record<NumberField, ReactNode>>;
	/** A slider moved: the value it stands for, always a good one. */
	onSlide: (field: NumberField, value: number) => void;
	onChoice: <F extends ChoiceField>(field: F, value: Plan[F]) => void;
	onReset: () => void;
	idPrefix: string;
}

/** The reader's plan: two radio groups, and a slider with a number box per quantity. */
export default function PlanInputs({ plan, drafts, hydrated, onNumber, onSlide, onChoice, onReset, after, idPrefix }: Props) {
	return (
		<div className="scaling-inputs">
			<div className="scaling-inputs__choices">
				{CHOICE_FIELDS.map((field) => {
					const spec = CHOICE_SPECS[field];
					return (
						<fieldset key={field} className="scaling-choice">
							<legend>{spec.legend}</legend>
							{spec.values.map((value) => {
								const id = `${idPrefix}-${spec.key}-${value}`;
								const hint = (spec.hints as Record<string, string | undefined>)[value];
								return (
									<div key={value} className="scaling-choice__option">
										<input
											type="radio"
											id={id}
											name={`${idPrefix}-${spec.key}`}
											value={value}
											checked={plan[field] === value}
											aria-describedby={hint ? `${id}-hint` : undefined}
											onChange={() => onChoice(field, value as Plan[typeof field])}
										/>
										<label htmlFor={id}>{(spec.labels as Record<string, string>)[value]}</label>
										{hint && (
											<p className="scaling-choice__hint" id={`${id}-hint`}>
												{hint}
											</p>
										)}
									</div>
								);
							})}
							{field === 'regionClass' && (
								<details className="scaling-choice__details">
									<summary>Which Regions have lower defaults?</summary>
									<p>
										AWS lists these with 2,500 requests per second and a burst of 1,250: {LOWER_DEFAULT_REGIONS.join(', ')}. Source:{' '}
										<a href={SOURCES.accountQuotas.url}>{SOURCES.accountQuotas.title}</a>.
									</p>
								</details>
							)}
						</fieldset>
					);
				})}
			</div>
			<div className="scaling-inputs__numbers">
				{NUMBER_FIELDS.map((field) => {
					const spec = NUMBER_SPECS[field];
					const id = `${idPrefix}-${spec.key}`;
					const parsed = parseNumber(field, drafts[field]);
					const error = hydrated && !parsed.ok ? inputError(field, parsed.problem, plan[field]) : undefined;
					return (
						<Fragment key={field}>
							<div className="scaling-field">
								<label htmlFor={id} id={`${id}-label`}>
									{numberLabel(field, plan.apiType)}
								</label>
								<div className="scaling-field__controls">
									{/* The slider moves through round values; the box beside it takes any exact one. */}
									<input
										type="range"
										className="scaling-field__slider"
										{...sliderRange(field)}
										step={1}
										value={toPosition(field, plan[field])}
										aria-labelledby={`${id}-label`}
										aria-valuetext={countOf(plan[field], unitOf(field, plan.apiType))}
										aria-describedby={`${id}-hint`}
										onChange={(event) => onSlide(field, fromPosition(field, Number(event.currentTarget.value)))}
									/>
									<input
										id={id}
										className="scaling-field__number"
										type="number"
										inputMode="numeric"
										autoComplete="off"
										min={spec.min}
										max={spec.max}
										step={spec.step}
										value={drafts[field]}
										aria-invalid={error ? true : undefined}
										aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
										onChange={(event) => onNumber(field, event.currentTarget.value)}
									/>
								</div>
								<p className="scaling-field__hint" id={`${id}-hint`}>
									{numberHint(field, plan.apiType)}
								</p>
								{error && (
									<p className="scaling-field__error" id={`${id}-error`}>
										{error}
									</p>
								)}
							</div>
							{after?.[field]}
						</Fragment>
					);
				})}
			</div>
			<div className="scaling-inputs__actions">
				<button type="button" className="island-button" onClick={onReset}>
					Reset to the example plan
				</button>
			</div>
		</div>
	);
}
