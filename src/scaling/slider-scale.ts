import { QUOTAS } from './quotas.ts';
import { NUMBER_SPECS, type NumberField } from './model.ts';

/**
 * Where each number sits on its slider. A range of one to a million cannot be a straight line:
 * a slider the width of a phone would move in steps of thousands, so the fields that span
 * several powers of ten get a logarithmic slider of `STEPS` positions, whose values are rounded
 * to two significant figures (10,000, 12,000, 450). The small ranges (zones, subnets, APIs) are
 * the slider's own whole numbers. The number box beside each slider takes any exact value.
 * The published limits are positions of their own, so a reader can stop right on one.
 */

/** The limits a logarithmic slider stops on exactly, from limits.ts. */
const STOPS: Partial<Record<NumberField, number[]>> = {
	rps: Object.values(QUOTAS.throttleRps),
	burst: Object.values(QUOTAS.burst),
	routes: [QUOTAS.routesPerHttpApi, QUOTAS.resourcesPerRestApi],
	timeoutMs: [QUOTAS.timeoutMinMs, QUOTAS.restTimeoutDefaultMaxMs, QUOTAS.httpTimeoutMaxMs],
};

/** Positions on a logarithmic slider. */
export const STEPS = 1_000;

/** Whether a field's slider is logarithmic: its range spans more than two powers of ten. */
export const isLogarithmic = (field: NumberField) => NUMBER_SPECS[field].max / NUMBER_SPECS[field].min > 100;

/** The slider's own range: positions for a logarithmic one, the field's values otherwise. */
export function sliderRange(field: NumberField): { min: number; max: number } {
	return isLogarithmic(field) ? { min: 0, max: STEPS } : { min: NUMBER_SPECS[field].min, max: NUMBER_SPECS[field].max };
}

/** A value rounded to two significant figures, as a slider offers it. */
function roundTwoFigures(value: number): number {
	if (value < 100) return Math.round(value);
	const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
	return Math.round(value / unit) * unit;
}

/** The slider position that shows `value` (the nearest, for a value between positions). */
export function toPosition(field: NumberField, value: number): number {
	const { min, max } = NUMBER_SPECS[field];
	const clamped = Math.min(max, Math.max(min, value));
	if (!isLogarithmic(field)) return clamped;
	return Math.round((Math.log(clamped / min) / Math.log(max / min)) * STEPS);
}

/** The value a slider position stands for, inside the field's range. */
export function fromPosition(field: NumberField, position: number): number {
	const { min, max } = NUMBER_SPECS[field];
	if (!isLogarithmic(field)) return Math.min(max, Math.max(min, Math.round(position)));
	const stop = STOPS[field]?.find((limit) => toPosition(field, limit) === position);
	if (stop !== undefined) return stop;
	const value = min * (max / min) ** (Math.min(STEPS, Math.max(0, position)) / STEPS);
	return Math.min(max, Math.max(min, roundTwoFigures(value)));
}
