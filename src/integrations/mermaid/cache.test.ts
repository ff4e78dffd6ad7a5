import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RenderCache } from './cache.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'mermaid-cache-'));

describe('RenderCache', () => {
	test('keys depend on the source and on the mermaid version', () => {
		const cache = new RenderCache(tempDir(), '12.3.0');
		expect(cache.key('flowchart LR\n a')).toBe(cache.key('flowchart LR\n a'));
		expect(cache.key('flowchart LR\n a')).not.toBe(cache.key('flowchart LR\n b'));
		expect(new RenderCache(tempDir(), '12.4.0').key('flowchart LR\n a')).not.toBe(cache.key('flowchart LR\n a'));
	});

	test('returns what was stored, and nothing for an unknown key', () => {
		const cache = new RenderCache(join(tempDir(), 'nested'), '12.3.0');
		expect(cache.read('abc')).toBeUndefined();
		cache.write('abc', '<svg/>');
		expect(cache.read('abc')).toBe('<svg/>');
	});

	test('prune deletes only entries no page used', () => {
		const dir = tempDir();
		const cache = new RenderCache(dir, '12.3.0');
		cache.write('keep', '<svg/>');
		cache.write('stale', '<svg/>');
		expect(cache.prune(new Set(['keep']))).toEqual(['stale']);
		expect(readdirSync(dir)).toEqual(['keep.svg']);
	});

	test('prune can keep entries by a test of their key', () => {
		const dir = tempDir();
		const cache = new RenderCache(dir, '12.3.0');
		cache.write('keep-1', '<svg/>');
		cache.write('stale', '<svg/>');
		expect(cache.prune((key) => key.startsWith('keep'))).toEqual(['stale']);
		expect(readdirSync(dir)).toEqual(['keep-1.svg']);
	});
});
