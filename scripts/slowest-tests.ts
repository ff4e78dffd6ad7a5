import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { REPORTS } from './count-results.ts';

/**
 * The slowest tests of the last run, unit and end-to-end together, read from the runners' JSON
 * reports. `npm test` prints them so that a test growing slower is seen in the change that made
 * it so; nothing fails on a number here.
 */

export interface TestTime {
	name: string;
	seconds: number;
}

interface VitestReport {
	testResults: Array<{ name: string; assertionResults: Array<{ fullName: string; duration?: number | null }> }>;
}

interface PlaywrightSuite {
	title: string;
	file?: string;
	suites?: PlaywrightSuite[];
	specs?: Array<{ title: string; file: string; tests: Array<{ results: Array<{ duration: number }> }> }>;
}

function vitestTimes(): TestTime[] {
	if (!existsSync(REPORTS.vitest)) return [];
	const report = JSON.parse(readFileSync(REPORTS.vitest, 'utf8')) as VitestReport;
	return report.testResults.flatMap((file) =>
		file.assertionResults.map((test) => ({ name: `unit: ${relative(process.cwd(), file.name)} › ${test.fullName}`, seconds: (test.duration ?? 0) / 1000 })),
	);
}

function playwrightTimes(): TestTime[] {
	if (!existsSync(REPORTS.playwright)) return [];
	const walk = (suite: PlaywrightSuite, path: string[]): TestTime[] => [
		...(suite.specs ?? []).flatMap((spec) =>
			spec.tests.map((test) => ({
				name: `e2e: ${[spec.file, ...path, spec.title].join(' › ')}`,
				seconds: test.results.reduce((sum, result) => sum + result.duration, 0) / 1000,
			})),
		),
		...(suite.suites ?? []).flatMap((child) => walk(child, [...path, child.title])),
	];
	const report = JSON.parse(readFileSync(REPORTS.playwright, 'utf8')) as { suites: PlaywrightSuite[] };
	// Top-level suites are the spec files, whose name each spec already carries.
	return report.suites.flatMap((file) => walk(file, []));
}

/** The `count` slowest tests, slowest first. */
export function slowestTests(count: number): TestTime[] {
	return [...vitestTimes(), ...playwrightTimes()].sort((a, b) => b.seconds - a.seconds).slice(0, count);
}
