/**
 * The owner palette: who runs each part of a drawing. The islands colour their areas and boxes
 * with it through CSS (the `--owner-*` properties in src/components/shared/island.css), and the
 * build gives mermaid figures the same colours as class definitions (mermaid/owner-classes.ts).
 *
 * The islands name Starlight colour tokens, which the page resolves per theme; a mermaid render
 * needs literal colours for each theme. So each colour is kept here as the token and the value
 * Starlight gives it in each theme, and owner-palette.test.ts checks both against island.css and
 * Starlight's own style sheet, so the figures cannot drift from the islands.
 */

export type Owner = 'client' | 'aws' | 'vpc' | 'other';
export const OWNERS: readonly Owner[] = ['client', 'aws', 'vpc', 'other'];

/** Hue in degrees, saturation and lightness in percent, as Starlight writes its colours. */
export type Hsl = readonly [hue: number, saturation: number, lightness: number];

export interface Tone {
	/** The Starlight custom property the islands use. */
	token: string;
	light: Hsl;
	dark: Hsl;
}

/** An owner's area or box: a soft fill with a stronger outline. */
export interface OwnerColours {
	fill: Tone;
	line: Tone;
}

export const ownerPalette: Record<Owner, OwnerColours> = {
	client: {
		fill: { token: '--sl-color-gray-6', light: [224, 20, 94], dark: [224, 14, 16] },
		line: { token: '--sl-color-gray-3', light: [224, 7, 36], dark: [224, 6, 56] },
	},
	aws: {
		fill: { token: '--sl-color-orange-low', light: [41, 90, 88], dark: [41, 39, 22] },
		line: { token: '--sl-color-orange', light: [41, 90, 60], dark: [41, 82, 63] },
	},
	vpc: {
		fill: { token: '--sl-color-green-low', light: [101, 85, 90], dark: [101, 39, 22] },
		line: { token: '--sl-color-green', light: [101, 90, 46], dark: [101, 82, 63] },
	},
	other: {
		fill: { token: '--sl-color-purple-low', light: [281, 80, 90], dark: [281, 39, 22] },
		line: { token: '--sl-color-purple', light: [281, 90, 60], dark: [281, 82, 63] },
	},
};

/** `#rrggbb` for an HSL colour, rounded as browsers round when they paint it. */
export function hslToHex([hue, saturation, lightness]: Hsl): string {
	const s = saturation / 100;
	const l = lightness / 100;
	const chroma = s * Math.min(l, 1 - l);
	const channel = (n: number) => {
		const k = (n + hue / 30) % 12;
		const value = l - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1));
		return Math.round(value * 255)
			.toString(16)
			.padStart(2, '0');
	};
	return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((at) => {
		const c = parseInt(hex.slice(at, at + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two `#rrggbb` colours. */
export function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}
