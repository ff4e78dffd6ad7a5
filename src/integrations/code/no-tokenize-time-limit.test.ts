import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ExpressiveCode, loadShikiTheme } from '@astrojs/starlight/expressive-code';
import { toHtml } from '@astrojs/starlight/expressive-code/hast';
import siteConfig from '../../../ec.config.mjs';

/**
 * A busy build machine, simulated: vscode-textmate times each line with `Date.now()`, so a clock
 * that jumps a second at every reading makes every line look as if it ran over Shiki's default
 * 500 ms limit, without waiting for a busy machine.
 */
function slowClock() {
	let now = Date.now();
	vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
}

afterEach(() => {
	vi.restoreAllMocks();
});

const sample = readFileSync(new URL('../../samples/cdk/http-api-alb-ecs.ts', import.meta.url), 'utf8');
const themes = await Promise.all([loadShikiTheme('night-owl'), loadShikiTheme('night-owl-light')]);

/** The sample highlighted by Expressive Code with the site's plugins and Shiki options (ec.config.mjs), and `overrides`. */
async function highlight(overrides: Partial<typeof siteConfig> = {}): Promise<string> {
	const { plugins, shiki, defaultProps } = { ...siteConfig, ...overrides };
	const ec = new ExpressiveCode({ themes, plugins, shiki, defaultProps });
	const { renderedGroupAst } = await ec.render({ code: sample, language: 'ts' });
	return toHtml(renderedGroupAst);
}

describe('noTokenizeTimeLimit, in the site configuration', () => {
	test('highlights a sample the same however slow the machine is', async () => {
		const normal = await highlight();
		slowClock();
		expect(await highlight()).toBe(normal);
	});

	test('without it, the slow clock cuts lines short (so the test above can catch the bug)', async () => {
		const normal = await highlight({ shiki: {} });
		slowClock();
		const cut = await highlight({ shiki: {} });
		expect(cut).not.toBe(normal);
		// Each line became one token in the default colour, so almost nothing is coloured.
		const coloured = (html: string) => html.match(/<span style/g)?.length ?? 0;
		expect(coloured(cut)).toBeLessThan(coloured(normal) / 2);
	});
});
