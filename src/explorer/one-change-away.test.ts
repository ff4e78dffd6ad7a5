import { describe, expect, test } from 'vitest';
import { oneChangeAway } from './one-change-away.ts';

describe('oneChangeAway', () => {
	test('changes one choice at a time to each of its other values', () => {
		const choices = { api: ['rest', 'http'], target: ['alb', 'nlb', 'cloudmap'] } as const;
		const away = oneChangeAway<{ api: 'rest' | 'http'; target: 'alb' | 'nlb' | 'cloudmap' }>(choices, { api: 'rest', target: 'alb' });
		expect(away).toEqual([
			{ field: 'api', config: { api: 'http', target: 'alb' } },
			{ field: 'target', config: { api: 'rest', target: 'nlb' } },
			{ field: 'target', config: { api: 'rest', target: 'cloudmap' } },
		]);
	});
});
