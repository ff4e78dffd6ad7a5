import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrast, hslToHex, OWNERS, ownerPalette, type Hsl } from './owner-palette.ts';

const islandCss = readFileSync(new URL('../components/shared/island.css', import.meta.url), 'utf8');
// The package exports no path to its colour sheet, so it is read where npm installs it.
const starlightProps = readFileSync(new URL('../../node_modules/@astrojs/starlight/dist/style/props.css', import.meta.url), 'utf8');

/** Starlight's value for a token in one theme, with the hue variables filled in. */
function starlightHsl(token: string, theme: 'light' | 'dark'): Hsl {
	const [dark, light] = starlightProps.split(":root[data-theme='light']");
	const block = theme === 'dark' ? dark! : light!;
	const value = new RegExp(`${token}:\\s*hsl\\(((?:var\\([^)]*\\)|[^)])*)\\)`).exec(block)?.[1];
	if (!value) throw new Error(`${token} not found in Starlight's ${theme} colours`);
	const resolved = value.replace(/var\((--sl-hue-\w+)\)/, (_, hue: string) => new RegExp(`${hue}:\\s*(\\d+)`).exec(starlightProps)![1]!);
	return resolved.split(',').map((part) => parseFloat(part)) as unknown as Hsl;
}

describe('ownerPalette', () => {
	test.each(OWNERS)('names the same Starlight tokens as the islands for %s', (owner) => {
		expect(islandCss).toContain(`--owner-${owner}: var(${ownerPalette[owner].fill.token});`);
		expect(islandCss).toContain(`--owner-${owner}-line: var(${ownerPalette[owner].line.token});`);
	});

	test.each(OWNERS)("holds Starlight's own values of the %s tokens in both themes", (owner) => {
		for (const tone of [ownerPalette[owner].fill, ownerPalette[owner].line]) {
			expect(tone.light).toEqual(starlightHsl(tone.token, 'light'));
			expect(tone.dark).toEqual(starlightHsl(tone.token, 'dark'));
		}
	});

	test.each(OWNERS)('keeps diagram text readable on a %s fill in both themes', (owner) => {
		// The text colours of the mermaid theme (theme.ts primaryTextColor).
		expect(contrast('#17181c', hslToHex(ownerPalette[owner].fill.light))).toBeGreaterThanOrEqual(7);
		expect(contrast('#eceef2', hslToHex(ownerPalette[owner].fill.dark))).toBeGreaterThanOrEqual(7);
	});
});

describe('hslToHex', () => {
	test('converts as a browser paints', () => {
		expect(hslToHex([0, 100, 50])).toBe('#ff0000');
		expect(hslToHex([120, 100, 25])).toBe('#008000');
		expect(hslToHex([0, 0, 100])).toBe('#ffffff');
		expect(hslToHex([101, 85, 90])).toBe('#defbd0');
	});
});

describe('contrast', () => {
	test('is 21 for black on white and 1 for a colour on itself', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrast('#3047c9', '#3047c9')).toBe(1);
	});
});
