/**
 * Escapes plain text for a double-quoted HTML (or XML) attribute value, or for text between
 * tags: the markup this site writes by hand (figures, snippets) stays valid whatever it carries.
 */
export function escapeAttribute(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
