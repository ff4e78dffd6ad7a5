import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ROOT = new URL('../', import.meta.url);
const INTEGRATION = new URL('src/integrations/mermaid/index.ts', ROOT).pathname;
const ASTRO = new URL('node_modules/astro/bin/astro.mjs', ROOT).pathname;

/**
 * Builds a one-page Astro site with the site's mermaid integration and the given MDX page,
 * in a throwaway folder inside test-results/ (so it resolves this project's node_modules).
 */
function buildFixture(name: string, page: string) {
	const dir = new URL(`test-results/fixtures/${name}/`, ROOT).pathname;
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(`${dir}src/pages`, { recursive: true });
	writeFileSync(
		`${dir}astro.config.mjs`,
		`import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { mermaidDiagrams } from ${JSON.stringify(INTEGRATION)};
const diagrams = mermaidDiagrams({ root: new URL('./', import.meta.url), cacheDir: new URL('./cache/', import.meta.url) });
export default defineConfig({
	markdown: { processor: satteri({ mdastPlugins: [diagrams.mdastPlugin] }) },
	integrations: [diagrams.integration, mdx()],
});
`,
	);
	writeFileSync(`${dir}src/pages/chapter.mdx`, page);
	const result = spawnSync(process.execPath, [ASTRO, 'build', '--root', dir], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 120_000,
	});
	return { dir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const page = (diagram: string) =>
	['---', 'title: Fixture', '---', '', '# Fixture', '', 'Some prose.', '', '```mermaid', diagram, '```', ''].join('\n');

test('a mermaid syntax error fails the build with the file, the fence line and mermaid’s message', async () => {
	const { status, output } = buildFixture(
		'syntax-error',
		page(['flowchart LR', '  accTitle: Broken', '  accDescr: A diagram with a syntax error.', '  a --> b', '  b -->> c[', ''].join('\n')),
	);
	expect(status).not.toBe(0);
	expect(output).toContain('src/pages/chapter.mdx:9: mermaid diagram (fence at line 9)');
	expect(output).toContain('line 5 of the diagram, line 14 of the file');
	expect(output).toContain('Parse error on line 5:');
});

test('a diagram without accTitle and accDescr fails the build and says what to add', async () => {
	const { status, output } = buildFixture('no-accessible-name', page(['flowchart LR', '  a --> b'].join('\n')));
	expect(status).not.toBe(0);
	expect(output).toContain('src/pages/chapter.mdx:9: mermaid diagram (fence at line 9)');
	expect(output).toMatch(/add an `accTitle: …` line and an `accDescr: …` line/);
});

test('a valid diagram builds into inline SVG', async () => {
	const { dir, status, output } = buildFixture(
		'valid',
		page(['flowchart LR', '  accTitle: Works', '  accDescr: Two boxes.', '  a --> b'].join('\n')),
	);
	expect(output).not.toContain('[ERROR]');
	expect(status).toBe(0);
	const html = readFileSync(`${dir}dist/chapter/index.html`, 'utf8');
	expect(html).toMatch(/<figure class="mermaid-figure"[^>]*>.*<svg id="mmd-[0-9a-f]{12}"/);
	expect(html).toContain('<figcaption id="mmd-');
});
