import { describe, expect, test } from 'vitest';
import { isOneOf, mentionsAny, readHop, readSingle } from './url-query.ts';

const q = (search: string) => new URLSearchParams(search);

describe('reading a shared link', () => {
	test('a link is about an island when it names any of its keys', () => {
		expect(mentionsAny(q('?utm=x&hop=2'), ['pattern', 'hop'])).toBe(true);
		expect(mentionsAny(q('?utm=x'), ['pattern', 'hop'])).toBe(false);
		expect(mentionsAny(q('?hop='), ['hop'])).toBe(true);
	});

	test('one key gives nothing, one value, or too many', () => {
		expect(readSingle(q('?a=1'), 'b')).toEqual({ kind: 'missing' });
		expect(readSingle(q('?a=1'), 'a')).toEqual({ kind: 'single', value: '1' });
		expect(readSingle(q('?a='), 'a')).toEqual({ kind: 'single', value: '' });
		expect(readSingle(q('?a=1&a=1'), 'a')).toEqual({ kind: 'repeated' });
	});

	test('only the listed values are accepted', () => {
		expect(isOneOf(['rest', 'http'], 'http')).toBe(true);
		expect(isOneOf(['rest', 'http'], 'HTTP')).toBe(false);
		expect(isOneOf(['rest', 'http'], '')).toBe(false);
	});

	test('a hop is counted from 1 in the link and from 0 in the island', () => {
		expect(readHop(q('?x=1'), 'hop', 8)).toEqual({ step: 0 });
		expect(readHop(q('?hop=1'), 'hop', 8)).toEqual({ step: 0 });
		expect(readHop(q('?hop=8'), 'hop', 8)).toEqual({ step: 7 });
	});

	test('a hop the path does not have starts at hop 1, with a notice that never repeats the link', () => {
		for (const search of ['?hop=0', '?hop=9', '?hop=-1', '?hop=2.5', '?hop=1e1', '?hop=00001', '?hop=%3Cb%3E', '?hop=', '?hop=2&hop=3']) {
			const { step, notice } = readHop(q(search), 'hop', 8);
			expect(step, search).toBe(0);
			expect(notice, search).toBe('The link asked for a hop that this path does not have, so the explorer starts at hop 1 of 8.');
		}
	});
});
