import { defineConfig } from '@playwright/test';
import { SUB_PATH, SUB_PATH_ORIGIN } from './scripts/sub-path.ts';
import { CHROMIUM_ARGS, findChromium } from './src/utils/find-chromium.ts';

const PORT = 4322;

export default defineConfig({
	testDir: 'e2e',
	// Playwright empties its output folder on start; keep it apart from the other reports.
	outputDir: 'test-results/playwright',
	forbidOnly: Boolean(process.env.CI),
	// Tests are independent, so the tests of one file spread over both workers too. Two cores:
	// two browsers at a time (the preview server barely works once the pages are cached).
	fullyParallel: true,
	workers: 2,
	// A test that passes only on a second try is a failing test.
	retries: 0,
	// Every test aims at 15 s on a busy two-core machine; 60 s is the point where something is wrong.
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// `npm test` makes sure a Chromium exists before Playwright starts (scripts/test.ts).
		launchOptions: { executablePath: findChromium()?.path, args: CHROMIUM_ARGS },
	},
	webServer: [
		{
			// Tests run against the production build, the only one with search.
			// --ignore-lock: a preview the reader already runs (npm start) would otherwise stop this one from starting.
			command: `astro preview --ignore-lock --port ${PORT}`,
			url: `http://localhost:${PORT}`,
			reuseExistingServer: !process.env.CI,
		},
		{
			// The same site built under a sub-path, on a plain static file server (e2e/sub-path.spec.ts).
			command: 'node scripts/serve-sub-path.ts',
			url: `${SUB_PATH_ORIGIN}${SUB_PATH}`,
			reuseExistingServer: !process.env.CI,
		},
	],
});
