import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findChromium } from './find-chromium.ts';

function fakeBinary(name: string): { dir: string; path: string } {
	const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
	const path = join(dir, name);
	writeFileSync(path, '#!/bin/sh\n');
	chmodSync(path, 0o755);
	return { dir, path };
}

const NO_PLAYWRIGHT = '/nonexistent/ms-playwright/chrome';

describe('findChromium', () => {
	test('prefers CHROMIUM_PATH', () => {
		const { path } = fakeBinary('my-chrome');
		expect(findChromium({ CHROMIUM_PATH: path, PATH: '' }, NO_PLAYWRIGHT)).toEqual({ path, source: 'CHROMIUM_PATH' });
	});

	test('reports a CHROMIUM_PATH that is not an executable instead of silently using another browser', () => {
		expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chrome', PATH: '' }, NO_PLAYWRIGHT)).toThrow(/CHROMIUM_PATH/);
	});

	test("uses Playwright's own browser when it is installed", () => {
		const { path } = fakeBinary('chrome');
		expect(findChromium({ PATH: '' }, path)).toEqual({ path, source: 'playwright' });
	});

	test('falls back to a chromium or chrome on the PATH', () => {
		const { dir, path } = fakeBinary('google-chrome');
		expect(findChromium({ PATH: `/nonexistent:${dir}` }, NO_PLAYWRIGHT)).toEqual({ path, source: 'system' });
	});

	test('finds nothing when there is no browser', () => {
		expect(findChromium({ PATH: mkdtempSync(join(tmpdir(), 'empty-')) }, NO_PLAYWRIGHT)).toBeUndefined();
	});
});
