import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * `npm test` builds the site twice from the same commit (dist/ and dist-again/). A deployer who
 * builds a release again, or compares a host's build with their own, must get the same files:
 * no timestamps, random ids or ordering that changes from one build to the next.
 */

const root = new URL('../', import.meta.url).pathname;

function digests(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
	}
	return files;
}

test('two builds of the same commit produce identical files', () => {
	const first = digests(join(root, 'dist'));
	const second = digests(join(root, 'dist-again'));
	expect(first.size).toBeGreaterThan(100);
	expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
	const different = [...first].filter(([path, digest]) => second.get(path) !== digest).map(([path]) => path);
	expect(different).toEqual([]);
});
