import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { rewriteBuiltPages } from './rewrite-built-pages.ts';

test('rewrites the HTML pages at any depth, writes only those it changed, and counts them', () => {
	const dir = mkdtempSync(join(tmpdir(), 'rewrite-'));
	mkdirSync(join(dir, 'chapters', 'one'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<p>old</p>');
	writeFileSync(join(dir, 'chapters', 'one', 'index.html'), '<p>kept</p>');
	writeFileSync(join(dir, 'notes.txt'), 'old');
	const count = rewriteBuiltPages(pathToFileURL(`${dir}/`), (html) => html.replace('old', 'new'));
	expect(count).toBe(1);
	expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<p>new</p>');
	expect(readFileSync(join(dir, 'chapters', 'one', 'index.html'), 'utf8')).toBe('<p>kept</p>');
	expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('old');
});
