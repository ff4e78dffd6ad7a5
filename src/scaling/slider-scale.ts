import { NUMBER_SPECS, type NumberField } from './model.ts';
import { QUOTAS } from './quotas.ts';

/**
 * Where each number sits on its slider. A range of one to a million cannot be a straight line:
 * a slider the width of a phone would move in steps of thousands. So the fields that span
 * several powers of ten get a ladder of round values, evenly spaced on a logarithmic scale and
 * rounded to two significant figures (1, 2, … 99, 100, 110, … 10,000, 12,000), with the
 * published limits as rungs of their own, so a reader can stop right on one. Each position is
 * one rung, so every step of the slider, an arrow key's too, changes the value. The small ranges
 * (zones, subnets, APIs) are the slider's own whole numbers. The number box beside each slider
 * takes any exact value.
 */

/** How finely the logarithmic scale is cut before rounding merges neighbouring rungs. */
const CUTS = 1_000;

/** The limits a ladder stops on exactly (quotas.ts). */
const STOPS: Partial<Record<NumberField, number[]>> = {
	rps: Object.values(QUOTAS.throttleRps),
	burst: Object.values(QUOTAS.burst),
	routes: [QUOTAS.routesPerHttpApi, QUOTAS.resourcesPerRestApi],
	timeoutMs: [QUOTAS.restTimeoutDefaultMaxMs, QUOTAS.httpTimeoutMaxMs],
};

/**
 * Where a slider starts when AWS allows nothing below it: a timeout under 50 ms can still be
 * typed, to see the check say so, but a slider that offers it would invite it.
 */
const FLOOR: Partial<Record<NumberField, number>> = { timeoutMs: QUOTAS.timeoutMinMs };

/** Whether a field's slider is a ladder: its range spans more than two powers of ten. */
export const isLogarithmic = (field: NumberField) => NUMBER_SPECS[field].max / NUMBER_SPECS[field].min > 100;

/** A value rounded to two significant figures. */
function roundTwoFigures(value: number): number {
	if (value < 100) return Math.round(value);
	const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
	return Math.round(value / unit) * unit;
}

const ladders = new Map<NumberField, number[]>();
/** The rungs of a field's ladder, lowest first. */
function ladderOf(field: NumberField): number[] {
	let ladder = ladders.get(field);
	if (!ladder) {
		const low = FLOOR[field] ?? NUMBER_SPECS[field].min;
		const { max } = NUMBER_SPECS[field];
		const rungs = Array.from({ length: CUTS + 1 }, (_, cut) => Math.min(max, Math.max(low, roundTwoFigures(low * (max / low) ** (cut / CUTS)))));
		ladder = [...new Set([...rungs, ...(STOPS[field] ?? [])])].sort((a, b) => a - b);
		ladders.set(field, ladder);
	}
	return ladder;
}

/** The slider's own range: rungs for a ladder, the field's values otherwise. */
export function sliderRange(field: NumberField): { min: number; max: number } {
	return isLogarithmic(field) ? { min: 0, max: ladderOf(field).length - 1 } : { min: NUMBER_SPECS[field].min, max: NUMBER_SPECS[field].max };
}

/** The slider position that shows `value`: its rung, or the nearest one on the logarithmic scale. */
export function toPosition(field: NumberField, value: number): number {
	const { min, max } = NUMBER_SPECS[field];
	if (!isLogarithmic(field)) return Math.min(max, Math.max(min, value));
	const ladder = ladderOf(field);
	const distance = (rung: number) => Math.abs(Math.log(rung / Math.max(value, min)));
	return ladder.reduce((best, rung, index) => (distance(rung) < distance(ladder[best]!) ? index : best), 0);
}

/** The value a slider position stands for, inside the field's range. */
export function fromPosition(field: NumberField, position: number): number {
	const { min, max } = NUMBER_SPECS[field];
	if (!isLogarithmic(field)) return Math.min(max, Math.max(min, Math.round(position)));
	const ladder = ladderOf(field);
	return ladder[Math.min(ladder.length - 1, Math.max(0, Math.round(position)))]!;
}
