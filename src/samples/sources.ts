/**
 * The sample files as the site reads them at build time, keyed by their path under src/samples/
 * (`cli/demo.sh`), exactly as they are on disk. The sample tabs show regions of them, and the
 * download endpoint serves them whole.
 */
const raw = import.meta.glob<string>(['./cli/*.sh', './cloudformation/*.yaml', './cdk/*.ts', './terraform/*.tf', '!./**/*.test.ts'], {
	query: '?raw',
	import: 'default',
	eager: true,
});

export const SAMPLE_SOURCES: Record<string, string> = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.replace(/^\.\//, ''), text]),
);
