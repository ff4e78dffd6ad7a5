import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

/** Where a Chromium was found, so messages can say which one is in use. */
export interface ChromiumLocation {
	path: string;
	source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

/** Names of a Chromium or Chrome binary on the PATH, most specific first. */
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/**
 * Flags for headless Chromium on a build or CI machine: runs as root (no sandbox), and makes no
 * background connections, which a machine without network would refuse many times over.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export const CHROMIUM_INSTALL_HINT = [
	'Get one of these, then run the command again:',
	'  - Debian or Ubuntu: sudo apt-get install chromium',
	'  - anywhere Playwright can download: npx playwright install chromium',
	'  - an existing Chrome or Chromium: set CHROMIUM_PATH=/path/to/chrome',
].join('\n');

function isExecutable(path: string): boolean {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/**
 * Finds a Chromium to drive: `CHROMIUM_PATH` first, then the browser Playwright downloads for
 * itself, then a system Chromium or Chrome on the PATH. Returns undefined when there is none.
 */
export function findChromium(
	env: NodeJS.ProcessEnv = process.env,
	playwrightOwn: string = chromium.executablePath(),
): ChromiumLocation | undefined {
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) {
		// A set but broken CHROMIUM_PATH is a mistake to report, not to paper over.
		if (!isExecutable(fromEnv)) {
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which is not an executable file.`);
		}
		return { path: fromEnv, source: 'CHROMIUM_PATH' };
	}

	if (playwrightOwn && isExecutable(playwrightOwn)) return { path: playwrightOwn, source: 'playwright' };

	for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
		for (const name of SYSTEM_NAMES) {
			const candidate = join(dir, name);
			if (isExecutable(candidate)) return { path: candidate, source: 'system' };
		}
	}
	return undefined;
}
