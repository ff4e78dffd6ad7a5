import { describe, expect, test } from 'vitest';
import { builtSampleTabs, checkBuiltSampleTabs } from './built-sample-tabs.ts';

const sources: Record<string, string> = {
	'src/samples/cli/demo.sh': 'set -e\n#region link\necho "a" \\\n\t--b\n#endregion\n',
	'src/samples/cloudformation/demo.yaml': 'Resources:\n  #region link\n  Link:\n    Type: X\n  #endregion\n',
	'src/samples/cdk/demo.ts': 'x;\n// #region link\nconst a = 1;\n\nconst b = 2;\n// #endregion\n',
	'src/samples/terraform/demo.tf': 'terraform {}\n#region link\nlocals {}\n#endregion\n',
};
const served: Record<string, string> = {
	'/base/samples/demo/demo.sh': sources['src/samples/cli/demo.sh']!,
	'/base/samples/demo/demo.yaml': sources['src/samples/cloudformation/demo.yaml']!,
	'/base/samples/demo/demo.ts': sources['src/samples/cdk/demo.ts']!,
	'/base/samples/demo/demo.tf': sources['src/samples/terraform/demo.tf']!,
};
const options = { base: '/base/', source: (path: string) => sources[path], served: (path: string) => served[path] };

/** A panel as Starlight and Expressive Code build it (markup trimmed to what matters). */
const panel = (title: string, lines: string[], copied: string, href: string, file: string, count: number) =>
	`<div id="p" aria-labelledby="t" role="tabpanel"><div class="expressive-code"><figure class="frame has-title"><figcaption class="header"><span class="title">${title}</span></figcaption><pre data-language="sh"><code>${lines
		.map((line) => `<div class="ec-line"><div class="code">${line}</div></div>`)
		.join('')}</code></pre><div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!" data-code="${copied}"><div></div></button></div></figure></div><a class="sample-download astro-x" href="${href}" download="${file}">
Download the whole file, ${file} (${count} lines)
</a></div>`;
const page = (panels: string[]) =>
	`<p>x</p><starlight-tabs data-sync-key="iac"><div class="tablist-wrapper"><ul role="tablist"><li role="presentation"><a role="tab" href="#1" id="t1" aria-selected="true">AWS CLI</a></li><li><a role="tab" href="#2">CloudFormation</a></li><li><a role="tab" href="#3">CDK (TypeScript)</a></li><li><a role="tab" href="#4">Terraform</a></li></ul></div>${panels.join('')}<starlight-tabs-restore></starlight-tabs-restore></starlight-tabs>`;
const good = [
	panel('src/samples/cli/demo.sh, lines 3–4', ['<span style="--0:#82AAFF">echo</span> <span>&#x22;a&#x22;</span> \\', '\t--b'], 'echo &#x22;a&#x22; \\\u007f\t--b', '/base/samples/demo/demo.sh', 'demo.sh', 5),
	panel('src/samples/cloudformation/demo.yaml, lines 3–4', ['Link:', '  Type: X'], 'Link:\u007f  Type: X', '/base/samples/demo/demo.yaml', 'demo.yaml', 5),
	panel('src/samples/cdk/demo.ts, lines 3–5', ['const a = 1;', '\n', 'const b = 2;'], 'const a = 1;\u007f\u007fconst b = 2;', '/base/samples/demo/demo.ts', 'demo.ts', 6),
	panel('src/samples/terraform/demo.tf, line 3', ['locals {}'], 'locals {}', '/base/samples/demo/demo.tf', 'demo.tf', 4),
];

describe('builtSampleTabs', () => {
	test('reads labels, titles, code, copied code and download links', () => {
		const [tabs] = builtSampleTabs(page(good));
		expect(tabs!.map((tab) => tab.label)).toEqual(['AWS CLI', 'CloudFormation', 'CDK (TypeScript)', 'Terraform']);
		expect(tabs![0]).toEqual({
			label: 'AWS CLI',
			title: 'src/samples/cli/demo.sh, lines 3–4',
			code: 'echo "a" \\\n\t--b',
			copied: 'echo "a" \\\n\t--b',
			download: { href: '/base/samples/demo/demo.sh', fileName: 'demo.sh', text: 'Download the whole file, demo.sh (5 lines)' },
		});
		expect(tabs![2]!.code).toBe('const a = 1;\n\nconst b = 2;');
	});
});

describe('checkBuiltSampleTabs', () => {
	test('finds nothing wrong with a page that shows the regions and links to the files', () => {
		expect(checkBuiltSampleTabs('demo', page(good), options)).toEqual([]);
	});

	test('names every way a tab can go wrong', () => {
		const bad = [
			good[0]!.replace('\t--b</div>', '\t--c</div>'),
			good[1]!.replace('lines 3–4', 'lines 2–4'),
			good[2]!.replace('href="/base/samples/demo/demo.ts"', 'href="/samples/demo/demo.ts"').replace('(6 lines)', '(7 lines)'),
			good[3]!.replace('download="demo.tf"', 'download="demo.hcl"'),
		];
		expect(checkBuiltSampleTabs('demo', page(bad), { ...options, served: (path) => (path.endsWith('.sh') ? 'other' : served[path]) })).toEqual([
			'demo, sample tabs 1, AWS CLI: the code shown is not region "link" of src/samples/cli/demo.sh',
			'demo, sample tabs 1, AWS CLI: /base/samples/demo/demo.sh differs from src/samples/cli/demo.sh',
			'demo, sample tabs 1, CloudFormation: src/samples/cloudformation/demo.yaml has no region on lines 2–4',
			'demo, sample tabs 1, CDK (TypeScript): the download link goes to "/samples/demo/demo.ts", not /base/samples/demo/demo.ts',
			'demo, sample tabs 1, CDK (TypeScript): the download link "Download the whole file, demo.ts (7 lines)" does not say the file has 6 lines',
			'demo, sample tabs 1, Terraform: the download link saves as "demo.hcl", not demo.tf',
		]);
	});

	test('reads a tab whose code waits in a file of its own, as the page fetches it, and says when that file is missing', () => {
		// The Terraform panel as the build leaves it: its excerpt moved to a JSON file (src/integrations/code/deferred-code.ts).
		const excerpt = /<div class="expressive-code">[\s\S]*<\/figure><\/div>/.exec(good[3]!)![0];
		const deferred = good[3]!.replace(excerpt, '<noscript data-deferred-code="/base/samples/demo/link-tf.json"></noscript>');
		const files: Record<string, string> = { ...served, '/base/samples/demo/link-tf.json': JSON.stringify({ html: excerpt }) };
		const withFile = { ...options, served: (path: string) => files[path] };
		expect(builtSampleTabs(page([...good.slice(0, 3), deferred]), withFile.served)[0]![3]).toMatchObject({ code: 'locals {}', deferred: '/base/samples/demo/link-tf.json' });
		expect(checkBuiltSampleTabs('demo', page([...good.slice(0, 3), deferred]), withFile)).toEqual([]);
		expect(checkBuiltSampleTabs('demo', page([...good.slice(0, 3), deferred]), options)).toEqual([
			'demo, sample tabs 1, Terraform: the build has no /base/samples/demo/link-tf.json, where the tab\'s code waits',
			'demo, sample tabs 1, Terraform: the title "" does not name a terraform sample file and its lines',
		]);
		const firstDeferred = good[0]!.replace(/<div class="expressive-code">[\s\S]*<\/figure><\/div>/, '<noscript data-deferred-code="/base/samples/demo/link-sh.json"></noscript>');
		expect(checkBuiltSampleTabs('demo', page([firstDeferred, ...good.slice(1)]), options)[0]).toBe("demo, sample tabs 1: the first tab's code is not in the page");
	});

	test('checks the tab labels first', () => {
		expect(checkBuiltSampleTabs('demo', page(good).replace('>CloudFormation<', '>YAML<'), options)).toEqual([
			'demo, sample tabs 1: tabs are ["AWS CLI","YAML","CDK (TypeScript)","Terraform"], not ["AWS CLI","CloudFormation","CDK (TypeScript)","Terraform"]',
		]);
	});
});
