import { isTheme, type Theme } from './options.ts';

/**
 * The two messages an embed and the page around it exchange with postMessage. Both are plain
 * objects with a namespaced `type`, so they cannot be mistaken for another library's messages.
 * Readers accept exactly these shapes and nothing else: a message is data to check, never code
 * or markup to use.
 */

export const RESIZE_MESSAGE = 'apigw-diagrams:resize';
export const THEME_MESSAGE = 'apigw-diagrams:theme';

/** The tallest height an embed reports, in CSS pixels: a guard against absurd values. */
export const MAX_EMBED_HEIGHT = 20_000;

export interface ResizeMessage {
	type: typeof RESIZE_MESSAGE;
	/** The embed's content height in whole CSS pixels. */
	height: number;
}

export interface ThemeMessage {
	type: typeof THEME_MESSAGE;
	theme: Theme;
}

export function resizeMessage(height: number): ResizeMessage {
	return { type: RESIZE_MESSAGE, height: Math.min(MAX_EMBED_HEIGHT, Math.max(0, Math.ceil(height))) };
}

export function themeMessage(theme: Theme): ThemeMessage {
	return { type: THEME_MESSAGE, theme };
}

/** An object with exactly the given keys, and a prototype of Object (no arrays, class instances or getters). */
function isPlainWithKeys(data: unknown, keys: string[]): data is Record<string, unknown> {
	if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return false;
	const own = Object.keys(data);
	return own.length === keys.length && keys.every((key) => own.includes(key));
}

/** The theme a message asks for, or undefined when the message is anything but a valid theme message. */
export function readThemeMessage(data: unknown): Theme | undefined {
	if (!isPlainWithKeys(data, ['type', 'theme']) || data.type !== THEME_MESSAGE) return undefined;
	return isTheme(data.theme) ? data.theme : undefined;
}

/** The height a message reports, or undefined when it is anything but a valid resize message. */
export function readResizeMessage(data: unknown): number | undefined {
	if (!isPlainWithKeys(data, ['type', 'height']) || data.type !== RESIZE_MESSAGE) return undefined;
	const { height } = data;
	return typeof height === 'number' && Number.isInteger(height) && height >= 0 && height <= MAX_EMBED_HEIGHT ? height : undefined;
}
