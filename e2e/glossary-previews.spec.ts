import { expect, test, type Locator } from '@playwright/test';
import { axeViolations, CHAPTER_1, CONTRAST_RULES, documentOf, openInTheme, recordProblems, switchTheme } from './fixtures.ts';

/**
 * A glossary term's preview (src/components/glossary/), on one load of chapter 1: what it says,
 * how a mouse, a keyboard and a finger open it, that Escape and leaving close it, that it stays
 * inside a phone's window beside its term, and that the preview's link and the term's own link
 * both lead to the entry (the first leaves the chapter, so the test steps back to it for the second).
 */

test.use({ hasTouch: true });

/** What the glossary page says: the term as its `<dt>` names it, and the first line of its entry. */
function glossaryEntry(id: string): { term: string; definition: string } {
	const term = documentOf('/glossary/').querySelector(`dt[id="${id}"]`)!;
	return { term: term.textContent!.trim(), definition: term.nextElementSibling!.textContent!.trim().split('\n')[0]!.trim() };
}

/** Whether the preview is wholly inside the window, and beside its term (just below or just above it). */
async function placement(preview: Locator, term: Locator) {
	const [t, b] = await Promise.all([term.boundingBox(), preview.boundingBox()]);
	const window = preview.page().viewportSize()!;
	if (!t || !b) return undefined;
	return {
		inside: b.x >= 0 && b.y >= 0 && b.x + b.width <= window.width && b.y + b.height <= window.height,
		beside: Math.abs(b.y - (t.y + t.height)) < 12 || Math.abs(t.y - (b.y + b.height)) < 12,
	};
}

test('a glossary term previews its entry on hover, keyboard focus and a first tap, closes on Escape, fits a phone, and still links to the glossary', async ({ page }) => {
	const problems = await recordProblems(page);
	await openInTheme(page, CHAPTER_1, 'light');
	const preview = page.locator('#glossary-preview');
	const subnet = page.locator('.sl-markdown-content a[href="/glossary/#subnet"]').first();
	const entry = glossaryEntry('subnet');

	// A mouse resting on the term: the glossary's own words, tied to the link as its description.
	await subnet.hover();
	await expect(preview).toBeVisible();
	await expect(preview.locator('.glossary-preview__term')).toHaveText(entry.term);
	await expect(preview.locator('#glossary-preview-definition')).toHaveText(entry.definition);
	await expect(subnet).toHaveAttribute('aria-describedby', 'glossary-preview-definition');
	await expect(preview.getByRole('link', { name: 'Full entry in the glossary' })).toHaveAttribute('href', '/glossary/#subnet');
	const scope = { include: '#glossary-preview, a[aria-describedby="glossary-preview-definition"]' };
	expect(await axeViolations(page, scope), 'light').toEqual([]);
	// The theme menu changes colours only; the pointer still rests on the term.
	await switchTheme(page, 'dark');
	await expect(preview).toBeVisible();
	expect(await axeViolations(page, { ...scope, rules: CONTRAST_RULES }), 'dark').toEqual([]);

	await page.keyboard.press('Escape');
	await expect(preview).toBeHidden();
	await expect(subnet).not.toHaveAttribute('aria-describedby');
	await page.mouse.move(0, 0);

	// The keyboard: Tab goes on through the text (here to the next term, which shows its own preview), never
	// into the box, and back onto the term its preview opens as it gets focus.
	await subnet.focus();
	await page.keyboard.press('Tab');
	await expect(subnet).not.toBeFocused();
	await expect(subnet).not.toHaveAttribute('aria-describedby');
	await expect(preview.locator(':focus')).toHaveCount(0);
	await page.keyboard.press('Shift+Tab');
	await expect(subnet).toBeFocused();
	await expect(preview).toBeVisible();
	await expect(preview.locator('#glossary-preview-definition')).toHaveText(entry.definition);
	await page.keyboard.press('Escape');
	await expect(preview).toBeHidden();
	await expect(subnet).toBeFocused();

	// A phone: a first tap on a term right of the column's middle shows its preview instead of leaving the page,
	// moved sideways to stay inside the window; a tap elsewhere puts it away.
	await page.setViewportSize({ width: 390, height: 844 });
	const terms = page.locator('.sl-markdown-content a[href^="/glossary/#"]');
	const rightIndex = await terms.evaluateAll((links) => links.findIndex((link) => link.getBoundingClientRect().left > innerWidth / 2));
	expect(rightIndex, 'a term right of the middle').toBeGreaterThanOrEqual(0);
	const right = terms.nth(rightIndex);
	const [chapter, rightEntry] = [page.url(), (await right.getAttribute('href'))!];
	await right.tap();
	await expect(preview).toBeVisible();
	await expect(preview.getByRole('link')).toHaveAttribute('href', rightEntry);
	await expect.poll(() => placement(preview, right)).toEqual({ inside: true, beside: true });
	expect(page.url()).toBe(chapter);
	await page.locator('h1').tap();
	await expect(preview).toBeHidden();
	// The box's own link is the way on from a tap: it is not a term to preview, it goes to the entry.
	await right.tap();
	await preview.getByRole('link').tap();
	await expect(page).toHaveURL(new URL(rightEntry, chapter).href);
	expect(await problems()).toEqual([]);

	// Enter still follows the term's own link to its entry.
	await page.goBack();
	await subnet.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/glossary\/#subnet$/);
	await expect(page.locator('dt#subnet')).toBeInViewport();
});
