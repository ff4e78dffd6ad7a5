import { describe, expect, test } from 'vitest';
import { ownerClassDefs, withOwnerClasses } from './owner-classes.ts';

describe('ownerClassDefs', () => {
	test('defines one class per owner, with different colours per palette', () => {
		const light = ownerClassDefs('light');
		expect(light.map((line) => line.split(' ')[1])).toEqual(['client', 'aws', 'vpc', 'other']);
		expect(light[2]).toBe('classDef vpc fill:#defbd0,stroke:#4fdf0c');
		expect(ownerClassDefs('dark')[2]).toBe('classDef vpc fill:#304e22,stroke:#84ee53');
	});
});

describe('withOwnerClasses', () => {
	test('adds the definitions after the last line of a flowchart, so line numbers stay', () => {
		const source = 'flowchart LR\n  a --> b\n  class a vpc';
		const rendered = withOwnerClasses(source, 'light');
		expect(rendered.startsWith(`${source}\n  classDef client `)).toBe(true);
		expect(rendered.split('\n')).toHaveLength(3 + 4 + 1);
	});

	test('recognises graph, front matter and comments before the type', () => {
		expect(withOwnerClasses('graph TD\n a', 'dark')).toContain('classDef aws');
		expect(withOwnerClasses('---\ntitle: x\n---\n%% note\n\nflowchart TB\n a\n', 'dark')).toContain('classDef other');
	});

	test('leaves other diagram types alone', () => {
		const sequence = 'sequenceDiagram\n  A->>B: hi\n';
		expect(withOwnerClasses(sequence, 'light')).toBe(sequence);
	});
});
