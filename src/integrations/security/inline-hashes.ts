import { createHash } from 'node:crypto';
import { htmlToHast } from 'satteri';

/**
 * The sha256 sources a page's inline scripts and styles need under a Content-Security-Policy
 * without 'unsafe-inline'. The page is parsed, not matched with patterns: a <style> inside an
 * inline SVG is foreign content, whose character references (mermaid writes `&gt;`) the browser
 * decodes before hashing, while HTML <script> and <style> are hashed exactly as written.
 */

export interface InlineHashes {
	/** `'sha256-…'` sources of inline scripts that run, sorted so the policy is reproducible. */
	scripts: string[];
	/** `'sha256-…'` sources of inline <style> elements, HTML and SVG, sorted. */
	styles: string[];
}

/** Script types a browser runs; data blocks such as JSON are not executed and need no hash. */
const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript)$/i;

interface Node {
	type: string;
	tagName?: string;
	value?: string;
	properties?: Record<string, unknown>;
	children?: Node[];
	content?: Node;
}

export const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const textOf = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));

export function inlineHashes(html: string): InlineHashes {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const visit = (node: Node) => {
		if (node.type === 'element' && node.tagName === 'script' && node.properties?.src == null && EXECUTABLE.test(String(node.properties?.type ?? ''))) {
			scripts.add(sha256Source(textOf(node)));
		}
		if (node.type === 'element' && node.tagName === 'style') styles.add(sha256Source(textOf(node)));
		for (const child of node.children ?? []) visit(child);
		// A <template>'s content is a document fragment of its own.
		if (node.content) visit(node.content);
	};
	visit(htmlToHast(html) as unknown as Node);
	return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}
