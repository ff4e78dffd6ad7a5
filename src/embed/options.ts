import type { QuerySchema } from '../utils/url-codec.ts';
import { parseQuery } from '../utils/url-parse.ts';

/**
 * The parameters every embed page takes on top of its island's own state: how it looks
 * (`theme`) and whether the reader may change the setup (`controls`). Plain TypeScript, shared
 * by the embed page's scripts, the Embed dialog and the tests. The shared codec reads them, so
 * their notices read like the islands' own.
 */

/** Each theme, named as the Embed dialog names it; `auto` follows the reader's colour-scheme preference. */
const THEME_NAMES = { light: 'Light', dark: 'Dark', auto: 'Follow the reader' } as const;
export type Theme = keyof typeof THEME_NAMES;

/** Whether `value` is exactly one of the themes (`__proto__` and the like are not). */
export const isTheme = (value: unknown): value is Theme => typeof value === 'string' && Object.hasOwn(THEME_NAMES, value);

export interface EmbedOptions {
	theme: Theme;
	/** False hides the toggles, for a fixed view; stepping through the hops stays possible. */
	controls: boolean;
	/** What could not be used, in plain words that never repeat the address, for a visible notice. */
	notices: string[];
}

export const DEFAULT_EMBED_OPTIONS: Readonly<Omit<EmbedOptions, 'notices'>> = { theme: 'auto', controls: true };

const SCHEMA: QuerySchema<{ theme: Theme; controls: '0' | '1' }> = {
	tool: 'embed',
	defaults: { theme: DEFAULT_EMBED_OPTIONS.theme, controls: '1' },
	params: {
		theme: { legend: 'Theme', values: THEME_NAMES },
		// Worded as the Embed dialog's checkbox.
		controls: { legend: 'Show the choices', values: { 1: 'Yes', 0: 'No' } },
	},
};

export function parseEmbedOptions(search: string): EmbedOptions {
	const { state, notices } = parseQuery(SCHEMA, search);
	return { theme: state.theme, controls: state.controls === '1', notices };
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
