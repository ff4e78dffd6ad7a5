import { hslToHex, OWNERS, ownerPalette } from '../../utils/owner-palette.ts';
import type { PaletteName } from './theme.ts';

/**
 * The owner classes every flowchart may use: `client`, `aws`, `vpc` and `other`, so an author
 * writes `class lb vpc` (or `lb:::vpc`) and the box or subgraph takes the islands' colours for
 * that owner. A `class` line for a subgraph must come after every link to the subgraph: mermaid
 * makes the subgraph again for a link and drops classes given before it. The build adds the definitions to the source before each render, with the light
 * palette's colours for the light render and the dark one's for the dark render; merge-palettes.ts
 * then turns each pair into a custom property like any other theme colour.
 */

/**
 * The `classDef` lines for one palette, one per owner. They set no text colour: the theme's text
 * colour already reads on every owner fill (owner-palette.test.ts), and a `color` would add a
 * rule per class and a style to every label.
 */
export function ownerClassDefs(palette: PaletteName): string[] {
	return OWNERS.map((owner) => {
		const { fill, line } = ownerPalette[owner];
		return `classDef ${owner} fill:${hslToHex(fill[palette])},stroke:${hslToHex(line[palette])}`;
	});
}

/**
 * The diagram type, from the first line that is not front matter, a comment or blank. Only
 * flowcharts take class definitions; other types would reject the lines as a syntax error.
 */
function takesClasses(source: string): boolean {
	const body = source.replace(/^\s*---\n[\s\S]*?\n---\s*\n/, '');
	const first = body.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('%%'));
	return /^\s*(flowchart|graph)\b/.test(first ?? '');
}

/**
 * The source as rendered in `palette`. The definitions go at the end, so the author's line
 * numbers, which a syntax error reports, stay as they are in the file.
 */
export function withOwnerClasses(source: string, palette: PaletteName): string {
	if (!takesClasses(source)) return source;
	const separator = source.endsWith('\n') ? '' : '\n';
	return `${source}${separator}${ownerClassDefs(palette).map((line) => `  ${line}`).join('\n')}\n`;
}
