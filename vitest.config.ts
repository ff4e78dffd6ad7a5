import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.{ts,tsx}'],
		// The renderer tests start Chromium and load mermaid once per file.
		testTimeout: 30_000,
	},
});
