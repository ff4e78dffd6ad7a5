import { describe, expect, test } from 'vitest';
import { dedent, fileRegions } from './sample-regions.ts';

const script = [
	'#!/usr/bin/env bash', // 1
	'set -euo pipefail', // 2
	'#region link', // 3
	'# Make the link.', // 4
	'LINK=$(aws apigatewayv2 create-vpc-link \\', // 5
	'\t--name x)', // 6
	'#endregion', // 7
	'', // 8
	'f() {', // 9
	'\t#region inner', // 10
	'\techo a', // 11
	'\t\techo b', // 12
	'\t#endregion inner', // 13
	'}', // 14
].join('\n');

const program = [
	'export class S {', // 1
	'\tconstructor() {', // 2
	'\t\t// #region outer', // 3
	'\t\tconst a = 1;', // 4
	'\t\t// #region nested', // 5
	'\t\tconst b = 2;', // 6
	'\t\t// #endregion', // 7
	'\t\tconst c = 3;', // 8
	'\t\t// #endregion', // 9
	'\t}', // 10
	'}', // 11
].join('\n');

describe('fileRegions', () => {
	test('finds each region with its line numbers, without markers or common indentation', () => {
		const regions = fileRegions(script, '#', 'demo.sh');
		expect([...regions.keys()]).toEqual(['link', 'inner']);
		expect(regions.get('link')).toEqual({
			name: 'link',
			firstLine: 4,
			lastLine: 6,
			code: '# Make the link.\nLINK=$(aws apigatewayv2 create-vpc-link \\\n\t--name x)',
		});
		expect(regions.get('inner')).toMatchObject({ firstLine: 11, lastLine: 12, code: 'echo a\n\techo b' });
	});

	test('reads `// #region` in TypeScript, and nested regions leave out the inner markers', () => {
		const regions = fileRegions(program, '//', 'demo.ts');
		expect(regions.get('outer')).toMatchObject({ firstLine: 4, lastLine: 8, code: 'const a = 1;\nconst b = 2;\nconst c = 3;' });
		expect(regions.get('nested')).toMatchObject({ firstLine: 6, lastLine: 6, code: 'const b = 2;' });
		// In a TypeScript file a bare `#region` is no marker.
		expect(fileRegions('#region x\n#endregion', '//', 'demo.ts').size).toBe(0);
	});

	test('a file without markers has no regions', () => {
		expect(fileRegions('echo hello\n', '#', 'demo.sh').size).toBe(0);
	});

	test.each([
		['#region a\necho\n', 'demo.sh, line 1: region "a" is never closed with "#endregion".'],
		['echo\n#endregion\n', 'demo.sh, line 2: "#endregion" closes no region.'],
		['#region a\n#region b\necho\n#endregion a\n#endregion\n', 'demo.sh, line 4: "#endregion a" closes region "b" (opened on line 2).'],
		['#region a\necho\n#endregion\n#region a\necho\n#endregion\n', 'demo.sh, line 4: region "a" is marked twice.'],
		['#region\necho\n#endregion\n', 'demo.sh, line 1: "#region" needs a name of lower-case words joined by hyphens.'],
		['#region Bad_Name\necho\n#endregion\n', 'demo.sh, line 1: "#region" needs a name'],
		['#region a\n\n#endregion\n', 'demo.sh, line 3: region "a" is empty.'],
	])('rejects a badly marked file: %j', (text, message) => {
		expect(() => fileRegions(text, '#', 'demo.sh')).toThrow(message);
	});
});

describe('dedent', () => {
	test('removes the indentation all non-blank lines share, and empties blank lines', () => {
		expect(dedent(['\t\ta', '\t\t\tb', '', '\t\tc'])).toEqual(['a', '\tb', '', 'c']);
		expect(dedent(['  a', '    b', '  '])).toEqual(['a', '  b', '']);
	});

	test('does not treat a tab and a space as the same indentation', () => {
		expect(dedent(['\ta', ' b'])).toEqual(['\ta', ' b']);
	});
});
