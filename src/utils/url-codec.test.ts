import { describe, expect, test } from 'vitest';
import { keysOf, writeQuery, type QuerySchema } from './url-codec.ts';
import { parseQuery } from './url-parse.ts';

/** A made-up island with one field of each kind: a shape, a size, and a hop whose range depends on the shape. */
interface Drawing {
	shape: 'circle' | 'square';
	size: number;
}

const DEFAULTS: Drawing = { shape: 'circle', size: 1_200 };

const SCHEMA: QuerySchema<Drawing> = {
	tool: 'sketcher',
	defaults: DEFAULTS,
	params: {
		// Named after its field in the link.
		shape: { legend: 'Shape', values: { circle: 'A circle', square: 'A square' } },
		size: { key: 'px', label: 'Size in pixels', min: 1, max: 10_000 },
	},
	hops: (drawing) => (drawing.shape === 'square' ? 4 : 2),
	noteMissing: (field) => field === 'shape',
};

const parse = (search: string) => parseQuery(SCHEMA, search);

/** Nothing from the address may reach a notice: no markup, no script, no echo of the value. */
const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'"><script>alert(1)</script>',
	'javascript:alert(1)',
	'__proto__',
	'constructor',
	'toString',
	'1e999',
	'-0x1F',
	'%00',
	'\u202Egnp.exe',
	'x'.repeat(5_000),
];
const ECHO = /[<>"%\u202E]|img|onerror|script|alert|javascript|proto|constructor|toString|1e999|0x1F|xxx/i;

describe('reading a link', () => {
	test('a link without the island’s parameters gives the defaults, no notice, and is not about it', () => {
		expect(parse('')).toEqual({ state: DEFAULTS, step: 0, notices: [], present: false });
		expect(parse('?utm_source=mail&theme=dark')).toEqual({ state: DEFAULTS, step: 0, notices: [], present: false });
	});

	test('good values of every kind are used, and the hop is counted from 1 in the link', () => {
		expect(parse('?shape=square&px=40&step=4')).toEqual({ state: { shape: 'square', size: 40 }, step: 3, notices: [], present: true });
		expect(parse('shape=circle&px=1&step=1')).toEqual({ state: { shape: 'circle', size: 1 }, step: 0, notices: [], present: true });
	});

	test('any one of the island’s parameters makes the link about it, even an empty one', () => {
		expect(parse('?step=2').present).toBe(true);
		expect(parse('?px=').present).toBe(true);
	});

	test('an unknown choice falls back to the default, named as the reader sees it', () => {
		expect(parse('?shape=triangle&px=40')).toEqual({
			state: { shape: 'circle', size: 40 },
			step: 0,
			notices: ['The link’s value for “Shape” is not one the sketcher knows, so it shows “A circle”.'],
			present: true,
		});
	});

	test.each(['Circle', 'circle ', '', 'hasOwnProperty', '__proto__', 'valueOf'])('the choice %j is not one of the values', (shape) => {
		expect(parse(`?shape=${encodeURIComponent(shape)}&px=40`)).toMatchObject({ state: { shape: 'circle' }, notices: [expect.stringContaining('not one the sketcher knows')] });
	});

	test.each([
		['1', 1],
		['10000', 10_000],
		['0040', 40],
		['40.0', 40],
		['-0', undefined],
		['0', undefined],
		['10001', undefined],
		['-5', undefined],
	])('px=%s: the bounds are kept, zero fractions and leading zeros are plain whole numbers', (text, expected) => {
		const { state, notices } = parse(`?shape=circle&px=${text}`);
		if (expected === undefined) {
			expect(state.size).toBe(1_200);
			expect(notices).toEqual(['The link’s value for “Size in pixels” is outside the range the sketcher accepts (1 to 10,000), so it shows 1,200.']);
		} else {
			expect(state.size).toBe(expected);
			expect(notices).toEqual([]);
		}
	});

	test.each(['', 'abc', '2.5', '1e3', '0x10', ' 4', '4 ', '1,000', '+4', 'Infinity', 'NaN', '9'.repeat(21)])('px=%j is not a whole number', (text) => {
		const { state, notices } = parse(`?shape=circle&px=${encodeURIComponent(text)}`);
		expect(state.size).toBe(1_200);
		expect(notices).toEqual(['The link’s value for “Size in pixels” is not a whole number, so it shows 1,200.']);
	});

	test('the hop’s upper bound comes from the state the same link sets', () => {
		expect(parse('?shape=square&px=40&step=4').step).toBe(3);
		expect(parse('?shape=circle&px=40&step=4')).toMatchObject({
			step: 0,
			notices: ['The link’s value for “Hop” is outside the range the sketcher accepts (1 to 2), so it shows 1.'],
		});
		// A choice that falls back also moves the bound back to the default's.
		expect(parse('?shape=hexagon&px=40&step=3')).toMatchObject({ step: 0, notices: [expect.stringContaining('“Shape”'), expect.stringContaining('(1 to 2)')] });
	});

	test.each(['0', '-1', '2.5', 'abc', ''])('step=%j starts at the first hop, with a notice', (text) => {
		const { step, notices } = parse(`?shape=square&px=40&step=${text}`);
		expect(step).toBe(0);
		expect(notices).toEqual([expect.stringMatching(/^The link’s value for “Hop” is (not a whole number|outside the range the sketcher accepts \(1 to 4\)), so it shows 1\.$/)]);
	});

	test('a missing hop starts at the first one, quietly', () => {
		expect(parse('?shape=square&px=40')).toEqual({ state: { shape: 'square', size: 40 }, step: 0, notices: [], present: true });
	});

	describe('repeated parameters', () => {
		test('copies that all agree are used, quietly, for every kind of field', () => {
			expect(parse('?shape=square&shape=square&px=40&px=40&step=3&step=3&step=3')).toEqual({
				state: { shape: 'square', size: 40 },
				step: 2,
				notices: [],
				present: true,
			});
		});

		test('copies that agree on a bad value get the notice for that value, once', () => {
			expect(parse('?shape=oval&shape=oval&px=40').notices).toEqual(['The link’s value for “Shape” is not one the sketcher knows, so it shows “A circle”.']);
		});

		test('copies that disagree fall back with a notice, even when each copy alone would do', () => {
			expect(parse('?shape=square&shape=circle&px=40&px=41&step=1&step=2')).toEqual({
				state: DEFAULTS,
				step: 0,
				notices: [
					'The link gives “Shape” more than once, with different values, so it shows “A circle”.',
					'The link gives “Size in pixels” more than once, with different values, so it shows 1,200.',
					'The link gives “Hop” more than once, with different values, so it shows 1.',
				],
				present: true,
			});
		});

		test('an empty copy disagrees with a full one', () => {
			expect(parse('?shape=square&shape=&px=40').notices).toEqual(['The link gives “Shape” more than once, with different values, so it shows “A circle”.']);
		});
	});

	describe('missing parameters', () => {
		test('a link that sets some fields is told about the ones the schema says matter', () => {
			expect(parse('?px=40')).toEqual({
				state: { shape: 'circle', size: 40 },
				step: 0,
				notices: ['The link did not set “Shape”, so it shows “A circle”.'],
				present: true,
			});
			// Size is not one of them: it keeps its default quietly.
			expect(parse('?shape=square').notices).toEqual([]);
		});

		test('a link that sets only the hop means the defaults, with no notice', () => {
			expect(parse('?step=2')).toEqual({ state: DEFAULTS, step: 1, notices: [], present: true });
		});

		test('the schema decides from the state the link set', () => {
			const schema: QuerySchema<Drawing> = { ...SCHEMA, noteMissing: (field, drawing) => field === 'size' && drawing.shape === 'square' };
			expect(parseQuery(schema, '?shape=square').notices).toEqual(['The link did not set “Size in pixels”, so it shows 1,200.']);
			expect(parseQuery(schema, '?shape=circle').notices).toEqual([]);
		});

		test('without a rule, missing fields keep their defaults quietly', () => {
			const { noteMissing, ...quiet } = SCHEMA;
			expect(noteMissing).toBeTypeOf('function');
			expect(parseQuery(quiet, '?px=40')).toEqual({ state: { shape: 'circle', size: 40 }, step: 0, notices: [], present: true });
		});
	});

	test.each(HOSTILE)('nothing from the link reaches a notice: %s', (payload) => {
		const value = encodeURIComponent(payload);
		const { state, step, notices } = parse(`?shape=${value}&px=${value}&step=${value}`);
		expect(state).toEqual(DEFAULTS);
		expect(step).toBe(0);
		expect(notices).toHaveLength(3);
		for (const notice of notices) expect(notice).not.toMatch(ECHO);
		const repeated = parse(`?shape=${value}&shape=circle&px=${value}&px=3&step=${value}&step=1`);
		expect(repeated.notices).toHaveLength(3);
		for (const notice of repeated.notices) expect(notice).not.toMatch(ECHO);
	});

	test('reading never changes the schema’s defaults', () => {
		parse('?shape=square&px=40');
		expect(SCHEMA.defaults).toEqual({ shape: 'circle', size: 1_200 });
		expect(parse('').state).not.toBe(SCHEMA.defaults);
	});

	test('hostile parameter names are just foreign parameters', () => {
		expect(parse('?__proto__=x&constructor=y&%3Cimg%3E=z')).toEqual({ state: DEFAULTS, step: 0, notices: [], present: false });
		expect(Object.getPrototypeOf(parse('?__proto__[shape]=square&px=40').state)).toBe(Object.prototype);
	});
});

describe('writing a link', () => {
	test('every field and the hop, counted from 1', () => {
		expect(writeQuery(SCHEMA, { shape: 'square', size: 40 }, '', 2)).toBe('?shape=square&px=40&step=3');
	});

	test('foreign parameters are kept, the island’s own replaced, repeated copies too', () => {
		const search = writeQuery(SCHEMA, { shape: 'square', size: 40 }, '?utm_source=mail&shape=circle&shape=oval&theme=dark', 0);
		const query = new URLSearchParams(search);
		expect(query.get('utm_source')).toBe('mail');
		expect(query.get('theme')).toBe('dark');
		expect(query.getAll('shape')).toEqual(['square']);
		expect(query.getAll('step')).toEqual(['1']);
	});

	test('a schema without a hop writes none', () => {
		const { hops, ...noHop } = SCHEMA;
		expect(hops).toBeDefined();
		expect(writeQuery(noHop, DEFAULTS)).toBe('?shape=circle&px=1200');
	});

	test('what is written reads back to the same state', () => {
		for (const shape of ['circle', 'square'] as const) {
			for (const size of [1, 999, 10_000]) {
				const hops = shape === 'square' ? 4 : 2;
				for (let step = 0; step < hops; step++) {
					expect(parse(writeQuery(SCHEMA, { shape, size }, '?other=1', step))).toEqual({ state: { shape, size }, step, notices: [], present: true });
				}
			}
		}
	});

	test('the island’s keys are its fields’ and its hop’s', () => {
		expect(keysOf(SCHEMA)).toEqual(['shape', 'px', 'step']);
	});
});
