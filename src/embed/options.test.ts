import { describe, expect, test } from 'vitest';
import { embedSearch, parseEmbedOptions } from './options.ts';

describe('embed options', () => {
	test('defaults: follow the reader, show the choices, no notice', () => {
		expect(parseEmbedOptions('')).toEqual({ theme: 'auto', controls: true, notices: [] });
		expect(parseEmbedOptions('?api=rest&step=2')).toEqual({ theme: 'auto', controls: true, notices: [] });
	});

	test.each([
		['?theme=light&controls=0', { theme: 'light', controls: false }],
		['?theme=dark&controls=1', { theme: 'dark', controls: true }],
		['?theme=auto', { theme: 'auto', controls: true }],
	])('%s is used as given', (search, expected) => {
		expect(parseEmbedOptions(search)).toEqual({ ...expected, notices: [] });
	});

	test.each(['?theme=Light', '?theme=', '?theme=%3Cscript%3E', '?theme=__proto__', '?theme=toString'])('a bad theme (%s) follows the reader, with a notice', (search) => {
		const options = parseEmbedOptions(search);
		expect(options.theme).toBe('auto');
		expect(options.notices).toEqual(['The link’s value for “Theme” is not one the embed knows, so it shows “Follow the reader”.']);
	});

	test.each(['?controls=yes', '?controls=', '?controls=00', '?controls=true'])('bad controls (%s) show the choices, with a notice', (search) => {
		const options = parseEmbedOptions(search);
		expect(options.controls).toBe(true);
		expect(options.notices).toEqual(['The link’s value for “Show the choices” is not one the embed knows, so it shows “Yes”.']);
	});

	test('a parameter given twice with the same value is used, quietly', () => {
		expect(parseEmbedOptions('?theme=dark&controls=0&theme=dark&controls=0')).toEqual({ theme: 'dark', controls: false, notices: [] });
	});

	test('a parameter given twice with different values falls back, with a notice', () => {
		expect(parseEmbedOptions('?theme=light&theme=dark&controls=0&controls=1')).toEqual({
			theme: 'auto',
			controls: true,
			notices: [
				'The link gives “Theme” more than once, with different values, so it shows “Follow the reader”.',
				'The link gives “Show the choices” more than once, with different values, so it shows “Yes”.',
			],
		});
	});

	test('a known value repeated beside an unknown one is a repeat, not an unknown value, and the notice repeats neither', () => {
		expect(parseEmbedOptions('?theme=dark&theme=%3Cimg%3E&controls=0&controls=javascript:alert(1)')).toEqual({
			theme: 'auto',
			controls: true,
			notices: [
				'The link gives “Theme” more than once, with different values, so it shows “Follow the reader”.',
				'The link gives “Show the choices” more than once, with different values, so it shows “Yes”.',
			],
		});
	});

	test('notices never repeat what the address said', () => {
		const { notices } = parseEmbedOptions('?theme=%3Cimg%20src%3Dx%3E&controls=javascript:alert(1)');
		expect(notices.join(' ')).not.toMatch(/img|alert|javascript|</);
	});

	test('an embed query keeps the island state, replaces old options and leaves defaults out', () => {
		expect(embedSearch('?api=http&step=3&theme=dark', { theme: 'auto', controls: true })).toBe('?api=http&step=3');
		expect(embedSearch('api=http', { theme: 'light', controls: false })).toBe('?api=http&theme=light&controls=0');
		expect(embedSearch('', { theme: 'auto', controls: true })).toBe('');
	});
});
