import { describe, expect, test } from 'vitest';
import { lineCount, sampleExcerpts, sampleFiles, sampleNames } from './samples.ts';

const files = {
	'cli/demo.sh': 'set -e\n#region link\n\taws sts get-caller-identity\n#endregion\n',
	'cloudformation/demo.yaml': 'Resources:\n  #region link\n  Link:\n    Type: AWS::ApiGatewayV2::VpcLink\n  #endregion\n',
	'cdk/demo.ts': 'export {};\n// #region link\nconst link = 1;\n// #endregion\n',
	'terraform/demo.tf': 'terraform {}\n\n#region link\nresource "aws_apigatewayv2_vpc_link" "demo" {\n  name = "demo"\n}\n#endregion\n',
	'cdk/other.ts': '',
	'cdk/app.ts': '',
};

describe('sampleFiles', () => {
	test('returns CLI, CloudFormation, CDK and Terraform in that order, with repository paths and downloads', () => {
		const result = sampleFiles('demo', files);
		expect(result.map((file) => [file.label, file.path, file.lang, file.download])).toEqual([
			['AWS CLI', 'src/samples/cli/demo.sh', 'sh', 'samples/demo/demo.sh'],
			['CloudFormation', 'src/samples/cloudformation/demo.yaml', 'yaml', 'samples/demo/demo.yaml'],
			['CDK (TypeScript)', 'src/samples/cdk/demo.ts', 'ts', 'samples/demo/demo.ts'],
			['Terraform', 'src/samples/terraform/demo.tf', 'hcl', 'samples/demo/demo.tf'],
		]);
		// The whole file, byte for byte, for the download.
		expect(result[0]!.text).toBe(files['cli/demo.sh']);
		expect(result.map((file) => file.lineCount)).toEqual([4, 5, 4, 7]);
	});

	test('names the missing file and the samples that exist', () => {
		expect(() => sampleFiles('other', files)).toThrow(
			'Sample "other" has no src/samples/cli/other.sh. Samples with files: app, demo, other.',
		);
	});

	test('rejects names that could reach outside the samples folder', () => {
		expect(() => sampleFiles('../secrets', files)).toThrow(/lower-case words/);
	});
});

describe('sampleExcerpts', () => {
	test('shows the region of each file, titled with the file and its lines', () => {
		const result = sampleExcerpts('demo', 'link', files);
		expect(result.map((excerpt) => [excerpt.title, excerpt.code])).toEqual([
			['src/samples/cli/demo.sh, line 3', 'aws sts get-caller-identity'],
			['src/samples/cloudformation/demo.yaml, lines 3–4', 'Link:\n  Type: AWS::ApiGatewayV2::VpcLink'],
			['src/samples/cdk/demo.ts, line 3', 'const link = 1;'],
			['src/samples/terraform/demo.tf, lines 4–6', 'resource "aws_apigatewayv2_vpc_link" "demo" {\n  name = "demo"\n}'],
		]);
	});

	test('names the file that lacks the region, and the regions it has', () => {
		const withoutLink = { ...files, 'cdk/demo.ts': '// #region other\nx;\n// #endregion\n' };
		expect(() => sampleExcerpts('demo', 'link', withoutLink)).toThrow(
			'Sample "demo" has no region "link" in src/samples/cdk/demo.ts. Regions in that file: other.',
		);
		expect(() => sampleExcerpts('demo', 'route', files)).toThrow(
			'Sample "demo" has no region "route" in src/samples/cli/demo.sh. Regions in that file: link.',
		);
	});

	test('names the file with a badly marked region', () => {
		const unclosed = { ...files, 'cloudformation/demo.yaml': 'Resources:\n  #region link\n  Link: {}\n' };
		expect(() => sampleExcerpts('demo', 'link', unclosed)).toThrow(
			'src/samples/cloudformation/demo.yaml, line 2: region "link" is never closed with "#endregion".',
		);
	});
});

describe('sampleNames', () => {
	test('lists the samples that have a file of every kind', () => {
		expect(sampleNames(files)).toEqual(['demo']);
		const withoutTerraform = Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith('terraform/')));
		expect(sampleNames(withoutTerraform)).toEqual([]);
	});
});

describe('lineCount', () => {
	test('counts a last line with or without its newline once', () => {
		expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\n\n')]).toEqual([0, 1, 1, 2, 2]);
	});
});
