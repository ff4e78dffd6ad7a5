/**
 * How diagrams look. Every diagram is rendered twice with mermaid's `base` theme, once per
 * palette below; `merge-palettes.ts` then turns each colour that differs between the two
 * renders into a CSS custom property, so one inline SVG follows Starlight's own theme toggle.
 *
 * The palettes echo Starlight's default greys and accent so diagrams sit in the page rather
 * than on top of it. Text colours keep at least 7:1 contrast against their fills.
 */

/** Fonts close to Starlight's system stack. The build measures text with whatever sans-serif the
 *  build machine has (DejaVu Sans on Debian, a wide face), which leaves room for narrower fonts. */
const fontFamily =
	"ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

export type PaletteName = 'light' | 'dark';

export const palettes: Record<PaletteName, Record<string, string | boolean>> = {
	light: {
		darkMode: false,
		fontFamily,
		background: '#ffffff',
		textColor: '#17181c',
		primaryColor: '#e3e8ff',
		primaryTextColor: '#17181c',
		primaryBorderColor: '#3047c9',
		secondaryColor: '#fff1d6',
		secondaryTextColor: '#17181c',
		secondaryBorderColor: '#a86a00',
		tertiaryColor: '#f3f4f6',
		tertiaryTextColor: '#17181c',
		tertiaryBorderColor: '#8b8f99',
		lineColor: '#4a4f5c',
		clusterBkg: '#f5f6f8',
		clusterBorder: '#8b8f99',
		titleColor: '#17181c',
		edgeLabelBackground: '#ffffff',
		noteBkgColor: '#fff6cf',
		noteTextColor: '#17181c',
		noteBorderColor: '#a88b00',
		actorBkg: '#e3e8ff',
		actorBorder: '#3047c9',
		actorTextColor: '#17181c',
		actorLineColor: '#8b8f99',
		signalColor: '#2b2f38',
		signalTextColor: '#17181c',
		labelBoxBkgColor: '#e3e8ff',
		labelBoxBorderColor: '#3047c9',
		labelTextColor: '#17181c',
		loopTextColor: '#17181c',
		activationBkgColor: '#f3f4f6',
		activationBorderColor: '#4a4f5c',
		sequenceNumberColor: '#ffffff',
	},
	dark: {
		darkMode: true,
		fontFamily,
		background: '#17181c',
		textColor: '#eceef2',
		primaryColor: '#1f2a5c',
		primaryTextColor: '#eceef2',
		primaryBorderColor: '#9aaaff',
		secondaryColor: '#3d2e0c',
		secondaryTextColor: '#eceef2',
		secondaryBorderColor: '#e0a93a',
		tertiaryColor: '#23262d',
		tertiaryTextColor: '#eceef2',
		tertiaryBorderColor: '#7d828f',
		lineColor: '#c3c8d4',
		clusterBkg: '#1f2127',
		clusterBorder: '#7d828f',
		titleColor: '#eceef2',
		edgeLabelBackground: '#17181c',
		noteBkgColor: '#3b3413',
		noteTextColor: '#eceef2',
		noteBorderColor: '#c9ad2e',
		actorBkg: '#1f2a5c',
		actorBorder: '#9aaaff',
		actorTextColor: '#eceef2',
		actorLineColor: '#7d828f',
		signalColor: '#d5d9e2',
		signalTextColor: '#eceef2',
		labelBoxBkgColor: '#1f2a5c',
		labelBoxBorderColor: '#9aaaff',
		labelTextColor: '#eceef2',
		loopTextColor: '#eceef2',
		activationBkgColor: '#2b2f38',
		activationBorderColor: '#c3c8d4',
		sequenceNumberColor: '#17181c',
	},
};

/**
 * The mermaid configuration for one render. `htmlLabels: false` makes labels SVG `<text>`
 * rather than HTML inside `<foreignObject>`: text that the site search indexes, that prints,
 * and that is not clipped when the reader's font is wider than the build machine's.
 */
export function mermaidConfig(palette: PaletteName, id: string) {
	return {
		startOnLoad: false,
		theme: 'base',
		securityLevel: 'strict',
		// The 'neo' look adds drop shadows that read as smudges on both palettes.
		look: 'classic',
		deterministicIds: true,
		deterministicIDSeed: id,
		htmlLabels: false,
		flowchart: { htmlLabels: false },
		// Narrower participant boxes and gaps keep a five-participant sequence within a page column.
		sequence: { width: 110, actorMargin: 30, boxMargin: 8 },
		themeVariables: palettes[palette],
	};
}
