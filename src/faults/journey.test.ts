import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIGURATION } from '../topology/model.ts';
import { FAULTS } from './catalogue.ts';
import { faultGroups, faultListNote, faultsFor, OUTCOME_LABELS } from './journey.ts';

describe('the fault list', () => {
	it('groups the faults of a setup by how they show, in the catalogue’s order, leaving out empty groups', () => {
		const groups = faultGroups(DEFAULT_CONFIGURATION);
		expect(groups.map((group) => group.label)).toEqual(Object.values(OUTCOME_LABELS).filter((label) => groups.some((group) => group.label === label)));
		expect(groups.flatMap((group) => group.faults.map((fault) => fault.id))).toEqual(faultsFor(DEFAULT_CONFIGURATION).map((fault) => fault.id));
		for (const group of groups) expect(group.faults.length).toBeGreaterThan(0);
	});

	it('says why it shows nothing: a setup AWS does not support, or a fault that cannot happen in this one, named by its own title', () => {
		const fault = FAULTS[0]!;
		expect(faultListNote(false)).toBeUndefined();
		expect(faultListNote(true)).toBe('Faults show on a setup AWS supports.');
		expect(faultListNote(true, fault.id)).toBe(`Faults show on a setup AWS supports; “${fault.title}” comes back on one where it can happen.`);
		expect(faultListNote(false, fault.id)).toBe(`“${fault.title}” cannot happen in this setup.`);
		expect(faultListNote(false, '<img src=x>')).toBeUndefined();
	});
});
