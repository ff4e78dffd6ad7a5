import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The page's axe violations against WCAG 2.2 AA and axe's best practices, one line each (rule: elements). */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		// An experimental axe rule that flags Starlight's search button: its name is
		// "Search", and the keyboard hint beside the word ("Ctrl K") counts as visible
		// label text. The word a speech user would say, "Search", is in the name.
		.disableRules(['label-content-name-mismatch'])
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
