import { describe, expect, test } from 'vitest';
import { hexOpaqueRgb, mergePalettes, PaletteMismatchError } from './merge-palettes.ts';

const svg = (node: string, line: string, extra = '') =>
	`<svg id="d1"><style>#d1 .node{fill:${node};}#d1 .edge{stroke:${line};}</style><rect class="node"${extra}/></svg>`;

describe('mergePalettes', () => {
	test('leaves an SVG alone when both palettes give the same colours', () => {
		const same = svg('#ffffff', '#000000');
		expect(mergePalettes(same, same, 'd1')).toBe(same);
	});

	test('turns differing colours into custom properties: dark by default, light on the light theme and in print', () => {
		const merged = mergePalettes(svg('#eeeeee', '#111111'), svg('#222222', '#dddddd'), 'd1');
		expect(merged).toContain('#d1 .node{fill:var(--mmd-c0);}');
		expect(merged).toContain('#d1 .edge{stroke:var(--mmd-c1);}');
		expect(merged).toContain('#d1{--mmd-c0:#222222;--mmd-c1:#dddddd;}');
		expect(merged).toContain(":root[data-theme='light'] #d1{--mmd-c0:#eeeeee;--mmd-c1:#111111;}");
		expect(merged).toContain('@media print{#d1{--mmd-c0:#eeeeee;--mmd-c1:#111111;}}');
		expect(merged).not.toMatch(/#eeeeee;}#d1|#222222;}#d1 \.edge/);
	});

	test('gives one property to a colour pair used in several places', () => {
		const merged = mergePalettes(svg('#eeeeee', '#eeeeee'), svg('#222222', '#222222'), 'd1');
		expect(merged.match(/var\(--mmd-c0\)/g)).toHaveLength(2);
		expect(merged).not.toContain('--mmd-c1');
	});

	test('handles rgb, rgba and hsl colours that mermaid derives itself', () => {
		const merged = mergePalettes(svg('rgba(1, 2, 3, 0.5)', 'hsl(220, 0%, 87%)'), svg('rgba(9, 9, 9, 0.5)', 'hsl(220, 0%, 20%)'), 'd1');
		expect(merged).toContain('--mmd-c0:rgba(9, 9, 9, 0.5);');
		expect(merged).toContain('--mmd-c1:hsl(220, 0%, 20%);');
	});

	test('moves colours out of presentation attributes, where var() does not work, into style', () => {
		const merged = mergePalettes(
			svg('#eeeeee', '#111111', ' fill="#eeeeee" stroke="#111111"'),
			svg('#222222', '#dddddd', ' fill="#222222" stroke="#dddddd"'),
			'd1',
		);
		expect(merged).toContain('<rect class="node" style="fill:var(--mmd-c0);stroke:var(--mmd-c1)"/>');
	});

	test('adds to an existing style attribute', () => {
		const merged = mergePalettes(
			svg('#eeeeee', '#111111', ' style="opacity:0.5" fill="#eeeeee"'),
			svg('#222222', '#dddddd', ' style="opacity:0.5" fill="#222222"'),
			'd1',
		);
		expect(merged).toContain('<rect class="node" style="opacity:0.5;fill:var(--mmd-c0)"/>');
	});

	test('refuses renders that differ in more than colour', () => {
		expect(() => mergePalettes(svg('#eeeeee', '#111111'), svg('#222222', '#dddddd').replace('rect', 'circle'), 'd1')).toThrow(
			PaletteMismatchError,
		);
	});
});

describe('hexOpaqueRgb', () => {
	test('writes opaque rgb() colours as hex and leaves translucent ones alone', () => {
		expect(hexOpaqueRgb('fill:rgb(222, 251, 8);stroke:rgba(1, 2, 3, 0.5)')).toBe('fill:#defb08;stroke:rgba(1, 2, 3, 0.5)');
	});

	test('lets a class colour in the style sheet and in a shape share one property', () => {
		const render = (fill: string, hex: string) => `<svg id="d1"><style>#d1 .vpc rect{fill:${fill}!important;}</style><rect style="fill:${hex} !important"/></svg>`;
		const merged = mergePalettes(render('rgb(222, 251, 208)', '#defbd0'), render('rgb(48, 78, 34)', '#304e22'), 'd1');
		expect(merged).toContain('style="fill:var(--mmd-c0) !important"');
		expect(merged).not.toContain('--mmd-c1');
	});
});
