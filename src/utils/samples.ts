/**
 * The code samples chapters show. They are real files under src/samples/: the CDK programs are
 * type-checked and synthesized by the tests, the CloudFormation is the synthesized template's
 * relevant part, the CLI scripts are checked against the AWS API models, and the Terraform
 * configurations against the hashicorp/aws provider schema. Pages read the files themselves at
 * build time, so what a reader sees is exactly what the tests exercised: a marked region of each
 * file (src/utils/sample-regions.ts), with the whole file one click away.
 */
import { type CommentStart, fileRegions } from './sample-regions.ts';

/** The four ways each setup is written, in the order a page shows them. */
export const SAMPLE_KINDS = [
	{ kind: 'cli', label: 'AWS CLI', folder: 'cli', extension: 'sh', lang: 'sh', comment: '#' },
	{ kind: 'cloudformation', label: 'CloudFormation', folder: 'cloudformation', extension: 'yaml', lang: 'yaml', comment: '#' },
	{ kind: 'cdk', label: 'CDK (TypeScript)', folder: 'cdk', extension: 'ts', lang: 'ts', comment: '//' },
	{ kind: 'terraform', label: 'Terraform', folder: 'terraform', extension: 'tf', lang: 'hcl', comment: '#' },
] as const satisfies ReadonlyArray<{ kind: string; label: string; folder: string; extension: string; lang: string; comment: CommentStart }>;

export interface SampleFile {
	label: string;
	/** Path from the repository root, e.g. `src/samples/cli/demo.sh`. */
	path: string;
	/** The file's name, e.g. `demo.sh`. */
	fileName: string;
	lang: string;
	/** The whole file, exactly as it is on disk. */
	text: string;
	/** How many lines the whole file has. */
	lineCount: number;
	/** Where a page links to the whole file, relative to the site's base: `samples/<name>/<file>`. */
	download: string;
}

export interface SampleExcerpt extends SampleFile {
	/** The code block's title: the file and which of its lines the excerpt is. */
	title: string;
	/** The region's lines, without markers and common indentation. */
	code: string;
}

/**
 * Where a tab's highlighted excerpt is published when its tab is not the first (SampleTabs.astro),
 * relative to the site's base: `samples/<name>/<region>-<extension>.json`, beside the whole files.
 */
export function deferredCodePath(name: string, region: string, fileName: string): string {
	return `samples/${name}/${region}-${fileName.slice(fileName.lastIndexOf('.') + 1)}.json`;
}

/** Lines in `text`; a final newline ends the last line rather than starting another. */
export function lineCount(text: string): number {
	if (text === '') return 0;
	return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/**
 * Picks the files of one setup, one of each kind, out of a `{ path: contents }` map (what
 * `import.meta.glob` returns, keyed relative to src/samples/). A missing file is a build error that
 * names it, so a chapter can never show only some of the tabs.
 */
export function sampleFiles(name: string, files: Record<string, string>): SampleFile[] {
	if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`Sample name "${name}" must be lower-case words joined by hyphens.`);
	return SAMPLE_KINDS.map(({ label, folder, extension, lang }) => {
		const key = `${folder}/${name}.${extension}`;
		const text = files[key];
		if (text === undefined) {
			const known = [...new Set(Object.keys(files).map((file) => file.replace(/^[^/]+\/|\.[a-z]+$/g, '')))].sort();
			throw new Error(`Sample "${name}" has no src/samples/${key}. Samples with files: ${known.join(', ') || 'none'}.`);
		}
		const fileName = `${name}.${extension}`;
		return { label, path: `src/samples/${key}`, fileName, lang, text, lineCount: lineCount(text), download: `samples/${name}/${fileName}` };
	});
}

/**
 * The region `region` of each file of sample `name`. A region missing from any of
 * them, or badly marked, is a build error that names the file and the region.
 */
export function sampleExcerpts(name: string, region: string, files: Record<string, string>): SampleExcerpt[] {
	return sampleFiles(name, files).map((file, index) => {
		const regions = fileRegions(file.text, SAMPLE_KINDS[index]!.comment, file.path);
		const found = regions.get(region);
		if (!found) {
			const known = [...regions.keys()].sort();
			throw new Error(
				`Sample "${name}" has no region "${region}" in ${file.path}. Regions in that file: ${known.join(', ') || 'none'}.`,
			);
		}
		const lines = found.firstLine === found.lastLine ? `line ${found.firstLine}` : `lines ${found.firstLine}–${found.lastLine}`;
		return { ...file, title: `${file.path}, ${lines}`, code: found.code };
	});
}

/** Every sample that has a file of every kind, by name, sorted: what the site offers as downloads. */
export function sampleNames(files: Record<string, string>): string[] {
	const names = Object.keys(files).map((file) => file.replace(/^[^/]+\/|\.[a-z]+$/g, ''));
	return [...new Set(names)]
		.filter((name) => SAMPLE_KINDS.every(({ folder, extension }) => `${folder}/${name}.${extension}` in files))
		.sort();
}
