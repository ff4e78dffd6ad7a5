import { describe, expect, test } from 'vitest';
import { sampleFiles } from './samples.ts';

const files = {
	'cli/demo.sh': 'aws sts get-caller-identity\n\n',
	'cloudformation/demo.yaml': 'Resources: {}\n',
	'cdk/demo.ts': 'export {};\n',
	'cdk/other.ts': '',
};

describe('sampleFiles', () => {
	test('returns CLI, CloudFormation and CDK in that order, with repository paths', () => {
		const result = sampleFiles('demo', files);
		expect(result.map((file) => [file.label, file.path, file.lang])).toEqual([
			['AWS CLI', 'src/samples/cli/demo.sh', 'sh'],
			['CloudFormation', 'src/samples/cloudformation/demo.yaml', 'yaml'],
			['CDK (TypeScript)', 'src/samples/cdk/demo.ts', 'ts'],
		]);
		expect(result[0].code).toBe('aws sts get-caller-identity');
	});

	test('names the missing file and the samples that exist', () => {
		expect(() => sampleFiles('other', files)).toThrow(
			'Sample "other" has no src/samples/cli/other.sh. Samples with files: demo, other.',
		);
	});

	test('rejects names that could reach outside the samples folder', () => {
		expect(() => sampleFiles('../secrets', files)).toThrow(/lower-case words/);
	});
});
