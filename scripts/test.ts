/**
 * `npm test`: every check against production builds, in two phases, with both cores busy:
 *
 * 1. the unit tests, beside the three builds the end-to-end tests read and the type check (the
 *    site; the same again, which must come out byte for byte the same although the machine is
 *    busy for the first and quiet for the second; and the site under a sub-path);
 * 2. the end-to-end tests in Chromium.
 *
 * Astro's commands run one after another, because they share the project's generated types and
 * content cache. Ends with how long each step took, the ten slowest tests (for information: cost
 * creep shows up in every change), and the line `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { printCounts, REPORTS } from './count-results.ts';
import { findNginx, NGINX_INSTALL_HINT } from '../src/utils/find-nginx.ts';
import { ensureChromium } from './ensure-chromium.ts';
import { slowestTests } from './slowest-tests.ts';
import { SUB_PATH, SUB_PATH_DIST, SUB_PATH_ORIGIN } from './sub-path.ts';

process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH ?? ''}`;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The test build says it lives where Playwright serves it (playwright.config.ts), so the
// absolute URLs it writes (oEmbed files, canonical links) point at the server under test.
process.env.SITE_URL = 'http://localhost:4322';

interface Step {
	title: string;
	command: string;
	args: string[];
	env?: Record<string, string>;
}

const typeCheck: Step = { title: 'Type check', command: 'astro', args: ['check'] };
const unitTests: Step = { title: 'Unit tests', command: 'vitest', args: ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS.vitest}`] };
const build: Step = { title: 'Production build', command: 'astro', args: ['build'] };
// e2e/reproducible.spec.ts checks that the two builds of the same commit are identical.
const buildAgain: Step = { title: 'Second production build', command: 'astro', args: ['build', '--outDir', 'dist-again'] };
// The same site as a deployer builds it for a sub-path of their domain (e2e/sub-path.spec.ts).
const buildSubPath: Step = {
	title: 'Production build under a sub-path',
	command: 'astro',
	args: ['build', '--outDir', SUB_PATH_DIST],
	env: { BASE_PATH: SUB_PATH, SITE_URL: SUB_PATH_ORIGIN },
};
const endToEnd: Step = { title: 'End-to-end tests in Chromium', command: 'playwright', args: ['test'] };

/** Each phase runs its lanes side by side; a lane runs its steps one after another. */
const phases: Array<{ title: string; lanes: Step[][] }> = [
	// The first build shares the machine with the unit tests, the second has it to itself: output
	// that depends on how busy the machine is (a time limit somewhere) shows up as a difference.
	{ title: 'Unit tests, type check and builds', lanes: [[unitTests], [build, typeCheck, buildAgain, buildSubPath]] },
	{ title: 'End-to-end tests', lanes: [[endToEnd]] },
];

const timings: Array<{ title: string; seconds: number }> = [];
const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Runs one step. Alone in its phase it prints as it goes; beside another lane its output is held
 * and printed whole when it ends, so two commands never interleave their lines.
 */
function run(step: Step, alone: boolean): Promise<boolean> {
	const settings = Object.entries(step.env ?? {}).map(([name, value]) => `${name}=${value} `).join('');
	const header = `\n=== ${step.title}: ${settings}${step.command} ${step.args.join(' ')}`;
	if (alone) console.log(header);
	const started = performance.now();
	const child = spawn(step.command, step.args, { stdio: alone ? 'inherit' : 'pipe', env: { ...process.env, ...step.env } });
	const output: Buffer[] = [];
	child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
	child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
	return new Promise((done) => {
		child.on('close', (status) => {
			timings.push({ title: step.title, seconds: seconds(started) });
			if (!alone) console.log(`${header}\n${Buffer.concat(output).toString().trimEnd()}`);
			done(status === 0);
		});
	});
}

async function runLane(steps: Step[], alone: boolean): Promise<string | undefined> {
	for (const step of steps) if (!(await run(step, alone))) return step.title;
	return undefined;
}

for (const report of Object.values(REPORTS)) rmSync(report, { force: true });
const browser = ensureChromium();
console.log(`Using Chromium at ${browser.path} (${browser.source}).`);
// Without nginx its tests are skipped (failed in CI): say so where a developer looks, first and last.
const nginx = findNginx();
const noNginx = `No nginx: the tests in e2e/nginx.spec.ts ${process.env.CI ? 'fail' : 'are skipped'}. ${NGINX_INSTALL_HINT}`;
console.log(nginx ? `Using nginx at ${nginx}.` : noNginx);

const started = performance.now();
const failedSteps: string[] = [];
for (const phase of phases) {
	const phaseStarted = performance.now();
	const failures = await Promise.all(phase.lanes.map((lane) => runLane(lane, phase.lanes.length === 1)));
	timings.push({ title: `Phase: ${phase.title}`, seconds: seconds(phaseStarted) });
	failedSteps.push(...failures.filter((title): title is string => title !== undefined));
	if (failedSteps.length > 0) break;
}

console.log('\nTime per step (wall clock, steps of one phase overlap):');
for (const { title, seconds: s } of timings) console.log(`  ${s.toFixed(1).padStart(6)} s  ${title}`);
console.log(`  ${seconds(started).toFixed(1).padStart(6)} s  npm test in all`);
const slowest = slowestTests(10);
if (slowest.length > 0) {
	console.log('\nThe ten slowest tests:');
	for (const { seconds: s, name } of slowest) console.log(`  ${s.toFixed(1).padStart(6)} s  ${name}`);
}

console.log('');
if (!nginx) console.log(`${noNginx}\n`);
const { failed } = printCounts();
if (failedSteps.length > 0) console.error(`Stopped: ${failedSteps.map((title) => `"${title}"`).join(' and ')} failed.`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
