/**
 * `npm test`: every check, in the order a failure is cheapest to find, against a production
 * build. Ends with the line `N passed, N failed` over unit and end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { printCounts, REPORTS } from './count-results.ts';
import { ensureChromium } from './ensure-chromium.ts';
import { SUB_PATH, SUB_PATH_DIST, SUB_PATH_ORIGIN } from './sub-path.ts';

process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The test build says it lives where Playwright serves it (playwright.config.ts), so the
// absolute URLs it writes (oEmbed files, canonical links) point at the server under test.
process.env.SITE_URL = 'http://localhost:4322';

const browser = ensureChromium();
console.log(`Using Chromium at ${browser.path} (${browser.source}).`);

const steps: Array<[title: string, command: string, args: string[], env?: Record<string, string>]> = [
	['Type check', 'astro', ['check']],
	['Unit tests', 'vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS.vitest}`]],
	['Production build', 'astro', ['build']],
	// Built again from the same commit: e2e/reproducible.spec.ts checks the two are identical.
	['Second production build', 'astro', ['build', '--outDir', 'dist-again']],
	// The same site as a deployer builds it for a sub-path of their domain, for the crawl in e2e/sub-path.spec.ts.
	['Production build under a sub-path', 'astro', ['build', '--outDir', SUB_PATH_DIST], { BASE_PATH: SUB_PATH, SITE_URL: SUB_PATH_ORIGIN }],
	['End-to-end tests in Chromium', 'playwright', ['test']],
];

for (const report of Object.values(REPORTS)) rmSync(report, { force: true });

let failedStep: string | undefined;
for (const [title, command, args, env = {}] of steps) {
	const settings = Object.entries(env).map(([name, value]) => `${name}=${value} `).join('');
	console.log(`\n=== ${title}: ${settings}${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (status !== 0) {
		failedStep = title;
		break;
	}
}

console.log('');
const { failed } = printCounts();
if (failedStep) console.error(`Stopped: "${failedStep}" failed.`);
process.exit(failedStep || failed > 0 ? 1 : 0);
