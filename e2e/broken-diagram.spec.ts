import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const ROOT = new URL('../', import.meta.url);
const INTEGRATION = new URL('src/integrations/mermaid/index.ts', ROOT).pathname;
const ASTRO = new URL('node_modules/astro/bin/astro.mjs', ROOT).pathname;

/**
 * The one end-to-end check of the mermaid integration's wiring into Astro: a broken diagram fails
 * a real build, naming the file and line. The messages themselves (a missing accTitle, lines
 * inside and outside the diagram, no browser) are unit-tested in src/integrations/mermaid/, and
 * the site's own build shows that valid diagrams become inline SVG.
 *
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
