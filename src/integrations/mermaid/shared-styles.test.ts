import { describe, expect, test } from 'vitest';
import { shareDiagramStyles } from './shared-styles.ts';

const diagram = (id: string, css: string) => `<figure><svg id="${id}" class="flowchart"><title id="${id}-i0">T</title><desc id="${id}-i1">D</desc><style>${css}</style><g></g></svg></figure>`;
const sheet = (id: string) => `#${id}{fill:var(--mmd-c0);}#${id} .node rect,#${id} .node path{stroke:var(--mmd-c4);}#${id} p{margin:0;}`;

describe('shareDiagramStyles', () => {
	test('diagrams with the same sheet share the first one, scoped to all of them', () => {
		const page = `<main>${diagram('mmd-aa', sheet('mmd-aa'))}<p>text</p>${diagram('mmd-bb', sheet('mmd-bb'))}</main>`;
		const shared = shareDiagramStyles(page);
		const scope = ':is(#mmd-aa,#mmd-bb)';
		expect(shared).toBe(
			`<main>${diagram('mmd-aa', `${scope}{fill:var(--mmd-c0);}${scope} .node rect,${scope} .node path{stroke:var(--mmd-c4);}${scope} p{margin:0;}`)}<p>text</p>` +
				`<figure><svg id="mmd-bb" class="flowchart"><title id="mmd-bb-i0">T</title><desc id="mmd-bb-i1">D</desc><g></g></svg></figure></main>`,
		);
	});

	test('a diagram whose sheet differs beyond its id keeps its own', () => {
		const page = `${diagram('mmd-aa', sheet('mmd-aa'))}${diagram('mmd-cc', `${sheet('mmd-cc')}#mmd-cc .actor{fill:red;}`)}`;
		expect(shareDiagramStyles(page)).toBe(page);
	});

	test('a rule that names a part of the diagram still counts as the same, and keeps the first diagram part', () => {
		const css = (id: string) => `#${id} .a{stroke:url(#${id}-gradient);}`;
		const page = `${diagram('mmd-aa', css('mmd-aa'))}${diagram('mmd-bb', css('mmd-bb'))}`;
		expect(shareDiagramStyles(page)).toContain('<style>:is(#mmd-aa,#mmd-bb) .a{stroke:url(#mmd-aa-gradient);}</style>');
	});

	test('a page with one diagram, or none, is left as it is', () => {
		const one = diagram('mmd-aa', sheet('mmd-aa'));
		expect(shareDiagramStyles(one)).toBe(one);
		expect(shareDiagramStyles('<p>no diagrams</p>')).toBe('<p>no diagrams</p>');
	});
});
