import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './fixtures.ts';
import { HtmlValidate, type Message } from 'html-validate';

/**
 * Every built page is valid HTML by html-validate's recommended rules. The exceptions below are
 * each about markup that Astro, React, Starlight or Expressive Code write, not about ours, and
 * each says why it is harmless; everything the site writes itself is held to the full rules.
 */


const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		{
			// Expressive Code writes one <div class="ec-line"> per line inside <pre><code>, and an icon <div> in its copy button.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: { permittedContent: ['@phrasing', 'div'] },
			// Astro writes the <style> for its islands in the body, inside the element that holds the first island.
			div: { permittedContent: ['@flow', 'dt', 'dd', 'style'] },
		},
	],
	rules: {
		// Serializer style, not validity: Astro and React write <meta/> and <input/>, and checked="" for booleans.
		'void-style': 'off',
		'attribute-boolean-style': 'off',
		// React's server renderer writes inputMode and autoComplete; HTML attribute names are case-insensitive.
		'attr-case': 'off',
		// Starlight, Expressive Code and the mermaid figures style elements with style attributes by design.
		'no-inline-style': 'off',
		// Starlight's and Expressive Code's buttons sit outside any form, where a missing type changes nothing.
		'no-implicit-button-type': 'off',
		// Starlight's skip link target is id="_top".
		'valid-id': ['error', { relaxed: true }],
		// Starlight's steps put role="list" back on an <ol> whose markers CSS removes (Safari drops list semantics).
		'no-redundant-role': 'off',
		// Starlight's tabs use role="presentation", the older name for role="none".
		'presentation-role-style': 'off',
		// Starlight has a desktop and a mobile table of contents with one label; CSS shows one of them.
		'unique-landmark': 'off',
		// Chapter titles say what the chapter is, and the site name follows: longer than 70 characters, shorter than 90.
		'long-title': ['error', { maxlength: 90 }],
	},
});

/**
 * Expressive Code names the copy button of each code block (`figure > div.copy > button`) by its
 * `title` only, which the text-content rule asks to avoid; screen readers still read the title.
 */
const isThirdParty = (message: Message) => message.ruleId === 'text-content' && /figure > div > button$/.test(message.selector ?? '');

function htmlFiles(dist: string): string[] {
	return readdirSync(dist, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes('pagefind'))
		.map((entry) => join(entry.parentPath, entry.name));
}

// The root build; the sub-path build has the same markup (sub-path.spec.ts compares them).
test('every page is valid HTML', async () => {
	const files = htmlFiles(DIST);
	expect(files.length).toBeGreaterThan(10);
	const report = await validator.validateMultipleFiles(files);
	const problems = report.results.flatMap((result) =>
		result.messages.filter((message) => !isThirdParty(message)).map((message) => `${result.filePath.slice(DIST.length)}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector})`),
	);
	expect(problems).toEqual([]);
});
