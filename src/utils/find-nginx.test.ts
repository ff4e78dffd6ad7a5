import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { expect, test } from 'vitest';
import { findNginx } from './find-nginx.ts';

test('finds nginx on the PATH before the sbin folders, and skips a file that is not executable', () => {
	const root = mkdtempSync(join(tmpdir(), 'find-nginx-'));
	try {
		const folder = (name: string, mode: number) => {
			mkdirSync(join(root, name));
			writeFileSync(join(root, name, 'nginx'), '#!/bin/sh\n');
			chmodSync(join(root, name, 'nginx'), mode);
			return join(root, name);
		};
		const [notExecutable, executable] = [folder('a', 0o644), folder('b', 0o755)];
		expect(findNginx([notExecutable, executable].join(delimiter))).toBe(join(executable, 'nginx'));
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
