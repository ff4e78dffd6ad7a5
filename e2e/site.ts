import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';

const DIST = new URL('../dist/', import.meta.url).pathname;

/** Every page of the built site, as URL paths ('/', '/chapters/…/', '/404.html'). */
export function builtPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(path);
			} else if (entry.name.endsWith('.html')) {
				const url = `/${relative(DIST, path).split(sep).join('/')}`;
				pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
			}
		}
	};
	walk(DIST);
	expect(pages.length, 'no pages in dist/: build the site first').toBeGreaterThan(0);
	return pages.sort();
}

/**
 * Opens a page and returns once it is fully parsed and loaded and its network has gone quiet.
 * Playwright's `networkidle` alone does not wait for `load`: on a busy machine it can fire while
 * the longest chapters are still being parsed, and the page would be read half-built.
 */
export async function openSettled(page: Page, url: string): Promise<void> {
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
}

/** The first chapter page, the one with diagrams this suite looks at. */
export const CHAPTER_1 = '/chapters/01-mastering-private-integrations/';

export type Theme = 'light' | 'dark';

/** Picks a theme the way a reader does on a desktop, through Starlight's theme menu. */
export async function chooseTheme(page: Page, theme: Theme): Promise<void> {
	await page.locator('starlight-theme-select select').first().selectOption(theme);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/**
 * Opens a page already in a theme: a guide page as a returning reader whose choice is stored, an
 * embed page (which has no theme menu) through its `theme` parameter.
 */
export async function openInTheme(page: Page, path: string, theme: Theme): Promise<void> {
	await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.goto(path.startsWith('/embed/') ? `${path}${path.includes('?') ? '&' : '?'}theme=${theme}` : path);
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
