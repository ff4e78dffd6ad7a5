import { isOneOf, readSingle } from '../utils/url-query.ts';

/**
 * The parameters every embed page takes on top of its island's own state: how it looks
 * (`theme`) and whether the reader may change the setup (`controls`). Plain TypeScript, shared
 * by the embed page's scripts, the Embed dialog and the tests.
 */

export const THEMES = ['light', 'dark', 'auto'] as const;
/** `auto` follows the reader's colour-scheme preference. */
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	theme: Theme;
	/** False hides the toggles, for a fixed view; stepping through the hops stays possible. */
	controls: boolean;
	/** What could not be used, in plain words that never repeat the address, for a visible notice. */
	notices: string[];
}

export const DEFAULT_EMBED_OPTIONS: Readonly<Omit<EmbedOptions, 'notices'>> = { theme: 'auto', controls: true };

export function parseEmbedOptions(search: string): EmbedOptions {
	const params = new URLSearchParams(search);
	const notices: string[] = [];

	let theme: Theme = DEFAULT_EMBED_OPTIONS.theme;
	const givenTheme = readSingle(params, 'theme');
	if (givenTheme.kind === 'single' && isOneOf(THEMES, givenTheme.value)) theme = givenTheme.value;
	else if (givenTheme.kind !== 'missing') notices.push('The embed’s theme is not light, dark or auto, so it follows the reader’s colour preference.');

	let controls = DEFAULT_EMBED_OPTIONS.controls;
	const givenControls = readSingle(params, 'controls');
	if (givenControls.kind === 'single' && (givenControls.value === '0' || givenControls.value === '1')) controls = givenControls.value === '1';
	else if (givenControls.kind !== 'missing') notices.push('The embed’s controls setting is not 0 or 1, so the choices are shown.');

	return { theme, controls, notices };
}

/**
 * The query string for an embed: the island's own state (`view`, with or without its `?`) plus
 * the embed options that differ from the defaults, so snippets stay short.
 */
export function embedSearch(view: string, options: Omit<EmbedOptions, 'notices'>): string {
	const params = new URLSearchParams(view);
	params.delete('theme');
	params.delete('controls');
	if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set('theme', options.theme);
	if (options.controls !== DEFAULT_EMBED_OPTIONS.controls) params.set('controls', options.controls ? '1' : '0');
	const search = params.toString();
	return search ? `?${search}` : '';
}
