/**
 * Joins a light and a dark render of the same diagram into one SVG that follows the page theme.
 *
 * Both renders come from the same source with the same ids and fonts, so their markup is
 * identical except for colour values. Each pair of colours that differs becomes a custom
 * property (`--mmd-c0`, …) set on the SVG: dark by default, as Starlight's own `:root` is, light
 * under `:root[data-theme='light']` and when printing (Starlight prints in light colours too).
 * Colours mermaid derives itself (lightened borders, translucent label backgrounds) are
 * covered as well, because they are found by comparing outputs rather than listed by hand.
 */

const COLOUR = /#[0-9a-fA-F]{3,8}\b|(?:rgba?|hsla?)\([^)]*\)/g;

/** Presentation attributes do not take `var()`, so colours in them move into `style`. */
const PRESENTATION_ATTR = /\s(fill|stroke|stop-color|flood-color|lighting-color|color)="(var\(--mmd-c\d+\))"/g;

export class PaletteMismatchError extends Error {}

export function mergePalettes(lightRender: string, darkRender: string, svgId: string): string {
	const light = hexOpaqueRgb(lightRender);
	const dark = hexOpaqueRgb(darkRender);
	const lightParts = light.split(COLOUR);
	const darkParts = dark.split(COLOUR);
	const lightColours = light.match(COLOUR) ?? [];
	const darkColours = dark.match(COLOUR) ?? [];

	const firstDifference = lightParts.findIndex((part, i) => part !== darkParts[i]);
	if (lightParts.length !== darkParts.length || firstDifference !== -1) {
		const at = firstDifference === -1 ? lightParts.length - 1 : firstDifference;
		throw new PaletteMismatchError(
			`the light and dark renders differ in more than colours near ${JSON.stringify(
				(lightParts[at] ?? '').slice(0, 80),
			)}`,
		);
	}

	const variables = new Map<string, number>();
	const pairs: Array<[light: string, dark: string]> = [];
	let merged = lightParts[0]!;
	lightColours.forEach((lightColour, i) => {
		const darkColour = darkColours[i]!;
		if (lightColour === darkColour) {
			merged += lightColour;
		} else {
			const pair = `${lightColour}|${darkColour}`;
			let index = variables.get(pair);
			if (index === undefined) {
				index = pairs.length;
				variables.set(pair, index);
				pairs.push([lightColour, darkColour]);
			}
			merged += `var(--mmd-c${index})`;
		}
		merged += lightParts[i + 1]!;
	});

	merged = hoistPresentationColours(merged);
	if (pairs.length === 0) return merged;

	const declarations = (pick: 0 | 1) => pairs.map((pair, i) => `--mmd-c${i}:${pair[pick]};`).join('');
	const themeRules =
		`#${svgId}{${declarations(1)}}` +
		`:root[data-theme='light'] #${svgId}{${declarations(0)}}` +
		`@media print{#${svgId}{${declarations(0)}}}`;
	if (!merged.includes('</style>')) {
		throw new PaletteMismatchError('the rendered SVG has no <style> element to extend');
	}
	return merged.replace('</style>', `${themeRules}</style>`);
}

/**
 * mermaid writes a class definition's colours as `rgb(…)` in the style sheet but as written (hex)
 * in each classed shape's `style`. One spelling makes them one pair, so they share a custom
 * property, numbered where the style sheet first names it: diagrams that use different classes
 * then still end up with the same sheet, which shared-styles.ts can share between them.
 */
export function hexOpaqueRgb(svg: string): string {
	return svg.replace(/rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)/g, (_, r: string, g: string, b: string) =>
		`#${[r, g, b].map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`,
	);
}

/** Moves `fill="var(--mmd-c0)"` and friends into the element's `style` attribute. */
function hoistPresentationColours(svg: string): string {
	return svg.replace(/<[a-zA-Z][^>]*>/g, (tag) => {
		const moved: string[] = [];
		let rest = tag.replace(PRESENTATION_ATTR, (_, name: string, value: string) => {
			moved.push(`${name}:${value}`);
			return '';
		});
		if (moved.length === 0) return tag;
		const declarations = moved.join(';');
		if (/\sstyle="/.test(rest)) {
			rest = rest.replace(/\sstyle="([^"]*)"/, (_, existing: string) => {
				const separator = existing === '' || existing.trimEnd().endsWith(';') ? '' : ';';
				return ` style="${existing}${separator}${declarations}"`;
			});
		} else {
			rest = rest.replace(/\s*(\/?)>$/, (_, slash: string) => ` style="${declarations}"${slash}>`);
		}
		return rest;
	});
}
