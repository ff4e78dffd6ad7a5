import { describe, expect, test } from 'vitest';
import { DiagramError } from './diagram-error.ts';

describe('DiagramError', () => {
	test('leads with file:line of the fence and maps the diagram line to a file line', () => {
		const error = DiagramError.fromMermaid({ file: 'content/chapters/01.mdx', fenceLine: 40 }, 'Parse error on line 3:\nExpecting X');
		expect(error.message).toMatch(/^content\/chapters\/01\.mdx:40: /);
		expect(error.message).toContain('line 3 of the diagram, line 43 of the file');
		expect(error.message).toContain('Parse error on line 3:\nExpecting X');
	});

	test('keeps a mermaid message that names no line', () => {
		const error = DiagramError.fromMermaid({ file: 'a.md', fenceLine: 2 }, 'No diagram type detected');
		expect(error.message).toBe('a.md:2: mermaid diagram (fence at line 2): mermaid could not render the diagram:\nNo diagram type detected');
	});
});
