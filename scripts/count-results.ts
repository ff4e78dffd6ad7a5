import { existsSync, readFileSync } from 'node:fs';

/**
 * Reads the JSON reports of vitest and Playwright and prints one line, `N passed, N failed`,
 * the line CI reads. A suite whose report is missing did not run; that is said above the line.
 */
export const REPORTS = {
	vitest: 'test-results/vitest.json',
	playwright: 'test-results/playwright.json',
};

interface Counts {
	passed: number;
	failed: number;
}

function vitestCounts(): Counts | undefined {
	if (!existsSync(REPORTS.vitest)) return undefined;
	const report = JSON.parse(readFileSync(REPORTS.vitest, 'utf8'));
	return { passed: report.numPassedTests, failed: report.numFailedTests };
}

function playwrightCounts(): Counts | undefined {
	if (!existsSync(REPORTS.playwright)) return undefined;
	const { stats } = JSON.parse(readFileSync(REPORTS.playwright, 'utf8'));
	return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}

export function printCounts(): Counts {
	const suites = { vitest: vitestCounts(), playwright: playwrightCounts() };
	const total = { passed: 0, failed: 0 };
	for (const [name, counts] of Object.entries(suites)) {
		if (!counts) {
			console.log(`${name}: did not run`);
			continue;
		}
		console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
		total.passed += counts.passed;
		total.failed += counts.failed;
	}
	console.log(`${total.passed} passed, ${total.failed} failed`);
	return total;
}

if (import.meta.main) printCounts();
