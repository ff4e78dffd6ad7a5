/**
 * The code samples chapters show. They are real files under src/samples/: the CDK programs are
 * type-checked and synthesized by the tests, the CloudFormation is the synthesized template's
 * relevant part, and the CLI scripts are checked against the AWS API models. Pages read the files
 * themselves at build time, so what a reader sees is exactly what the tests exercised.
 */

/** The three ways each setup is written, in the order a page shows them. */
export const SAMPLE_KINDS = [
	{ kind: 'cli', label: 'AWS CLI', folder: 'cli', extension: 'sh', lang: 'sh' },
	{ kind: 'cloudformation', label: 'CloudFormation', folder: 'cloudformation', extension: 'yaml', lang: 'yaml' },
	{ kind: 'cdk', label: 'CDK (TypeScript)', folder: 'cdk', extension: 'ts', lang: 'ts' },
] as const;

export interface SampleFile {
	label: string;
	/** Path from the repository root, shown as the code block's title. */
	path: string;
	lang: string;
	code: string;
}

/**
 * Picks the three files of one setup out of a `{ path: contents }` map (what `import.meta.glob`
 * returns, keyed relative to src/samples/). A missing file is a build error that names it, so a
 * chapter can never show two of three tabs.
 */
export function sampleFiles(name: string, files: Record<string, string>): SampleFile[] {
	if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Sample name "${name}" must be lower-case words joined by hyphens.`);
	return SAMPLE_KINDS.map(({ label, folder, extension, lang }) => {
		const key = `${folder}/${name}.${extension}`;
		const code = files[key];
		if (code === undefined) {
			const known = [...new Set(Object.keys(files).map((file) => file.replace(/^[^/]+\/|\.[a-z]+$/g, '')))].sort();
			throw new Error(`Sample "${name}" has no src/samples/${key}. Samples with files: ${known.join(', ') || 'none'}.`);
		}
		return { label, path: `src/samples/${key}`, lang, code: code.trimEnd() };
	});
}
