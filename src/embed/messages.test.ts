import { describe, expect, test } from 'vitest';
import { MAX_EMBED_HEIGHT, readResizeMessage, readThemeMessage, resizeMessage, RESIZE_MESSAGE, themeMessage, THEME_MESSAGE } from './messages.ts';

describe('theme messages', () => {
	test('the messages this module makes are the ones it accepts', () => {
		for (const theme of ['light', 'dark', 'auto'] as const) expect(readThemeMessage(themeMessage(theme))).toBe(theme);
	});

	test.each([
		['a string', 'light'],
		['JSON text', JSON.stringify({ type: THEME_MESSAGE, theme: 'light' })],
		['an array', [THEME_MESSAGE, 'light']],
		['null', null],
		['no theme', { type: THEME_MESSAGE }],
		['an unknown theme', { type: THEME_MESSAGE, theme: 'purple' }],
		['markup as the theme', { type: THEME_MESSAGE, theme: '<img src=x onerror=alert(1)>' }],
		['an inherited property name as the theme', { type: THEME_MESSAGE, theme: 'constructor' }],
		['a theme that is not a string', { type: THEME_MESSAGE, theme: { toString: () => 'light' } }],
		['an extra key', { type: THEME_MESSAGE, theme: 'light', extra: 1 }],
		['another type', { type: 'apigw-diagrams:other', theme: 'light' }],
		['an object with another prototype', Object.assign(Object.create({ polluted: true }), { type: THEME_MESSAGE, theme: 'light' })],
	])('%s is ignored', (_, data) => {
		expect(readThemeMessage(data)).toBeUndefined();
	});
});

describe('resize messages', () => {
	test('heights are rounded up to whole pixels and kept within range', () => {
		expect(resizeMessage(640.2)).toEqual({ type: RESIZE_MESSAGE, height: 641 });
		expect(resizeMessage(-5).height).toBe(0);
		expect(resizeMessage(1e9).height).toBe(MAX_EMBED_HEIGHT);
		expect(readResizeMessage(resizeMessage(900))).toBe(900);
	});

	test.each([
		['a fractional height', { type: RESIZE_MESSAGE, height: 10.5 }],
		['a negative height', { type: RESIZE_MESSAGE, height: -1 }],
		['a huge height', { type: RESIZE_MESSAGE, height: MAX_EMBED_HEIGHT + 1 }],
		['a height as text', { type: RESIZE_MESSAGE, height: '900' }],
		['not a number', { type: RESIZE_MESSAGE, height: Number.NaN }],
		['an extra key', { type: RESIZE_MESSAGE, height: 900, width: 10 }],
		['a theme message', { type: THEME_MESSAGE, theme: 'light' }],
	])('%s is ignored', (_, data) => {
		expect(readResizeMessage(data)).toBeUndefined();
	});
});
