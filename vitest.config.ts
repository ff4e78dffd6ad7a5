import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.{ts,tsx}'],
		// The renderer tests start Chromium and load mermaid once per file.
		testTimeout: 30_000,
		// Test files share their worker's module cache instead of importing everything again:
		// aws-cdk-lib and the AWS SDK models alone cost seconds per file, and the whole run takes
		// about a third of the time. Tests must therefore undo what they stub (vi.restoreAllMocks,
		// vi.unstubAllGlobals); the suite passes in shuffled order (`vitest run --sequence.shuffle`).
		isolate: false,
	},
});
