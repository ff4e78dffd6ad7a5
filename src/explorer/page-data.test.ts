import { describe, expect, test } from 'vitest';
import { parsePageData, serializePageData } from './page-data.ts';

describe('page data', () => {
	test('round-trips, and words that could end a script element are escaped', () => {
		const data = { key: 'rest v2', view: { title: 'Ends </script><!-- here' } };
		const text = serializePageData(data);
		expect(text).not.toMatch(/<\/script|<!--/i);
		expect(parsePageData(text, 'rest v2')).toEqual(data);
	});

	test('a page that carries another setup, or none, gives nothing', () => {
		const text = serializePageData({ key: 'rest v2', view: {} });
		expect(parsePageData(text, 'http v2')).toBeUndefined();
		expect(parsePageData(undefined, 'rest v2')).toBeUndefined();
		expect(parsePageData('', 'rest v2')).toBeUndefined();
	});
});
