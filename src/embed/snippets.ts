import { escapeAttribute } from '../utils/escape-attribute.ts';

/**
 * The HTML a reader copies from the Embed dialog. Every value is escaped for an attribute,
 * although only our own titles and URLs ever reach here: a snippet is pasted into someone
 * else's page, so it must be valid whatever it carries.
 */

/**
 * What an embed needs from its sandbox, and nothing more:
 * - allow-scripts: the diagram is interactive;
 * - allow-same-origin: the island's module scripts load with CORS, which an opaque origin would fail;
 * - allow-popups and allow-popups-to-escape-sandbox: links open the guide or AWS documentation in
 *   a new tab, which should work like any tab, not inherit the frame's restrictions.
 * Not allowed: top navigation, forms, modals, downloads, pointer lock and the rest.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The browser's default, written out: the embed learns the host's origin, never its full address. */
export const EMBED_REFERRER_POLICY = 'strict-origin-when-cross-origin';


export interface IframeSnippetOptions {
	/** The absolute embed URL, with its query. */
	src: string;
	title: string;
	/** Height in CSS pixels; the resize script changes it to fit when the host includes it. */
	height: number;
}

export function iframeSnippet({ src, title, height }: IframeSnippetOptions): string {
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}"` +
		` style="border: 0; max-width: 100%;" loading="lazy" sandbox="${EMBED_SANDBOX}" referrerpolicy="${EMBED_REFERRER_POLICY}"></iframe>`
	);
}

/** The tag that loads the resize script from the site that serves the embed. */
export function resizeScriptSnippet(scriptUrl: string): string {
	return `<script src="${escapeAttribute(scriptUrl)}" defer></script>`;
}

/**
 * The longest alt text a diagram's image gets, in characters. A screen reader reads alt text in
 * one go, with no headings or sentences to skip by, so it should be the point of the picture
 * rather than all of it. 500 characters is about 80 words, half a minute at a screen reader's
 * usual pace, and leaves room for a diagram whose parts take a few sentences to name.
 */
export const ALT_MAX_LENGTH = 500;

/**
 * The alt text of a diagram's image: its accessible description, the text a reader of the
 * figure hears after its name, or its caption when it has none. A description longer than
 * `ALT_MAX_LENGTH` keeps its whole sentences up to there, so the text never stops mid-thought;
 * a first sentence that is longer on its own stops at a word, with an ellipsis to say it goes on.
 */
export function imageAlt(description: string | undefined, caption: string): string {
	const text = description?.replace(/\s+/g, ' ').trim();
	if (!text) return caption.replace(/\s+/g, ' ').trim();
	if (text.length <= ALT_MAX_LENGTH) return text;
	let end = 0;
	// A sentence ends at a stop, a space and anything but a lower-case letter, so “e.g. the” goes on.
	for (const { index } of text.matchAll(/[.!?](?= [^a-z])/g)) {
		if (index + 1 > ALT_MAX_LENGTH) break;
		end = index + 1;
	}
	if (end > 0) return text.slice(0, end);
	const lastSpace = text.lastIndexOf(' ', ALT_MAX_LENGTH - 1);
	return `${text.slice(0, lastSpace > 0 ? lastSpace : ALT_MAX_LENGTH - 1).replace(/[,;:]$/, '')}…`;
}

export interface ImageSnippetOptions {
	light: string;
	dark: string;
	alt: string;
	width: number;
	height: number;
}

/** One theme's image. */
export function imgSnippet(src: string, { alt, width, height }: Omit<ImageSnippetOptions, 'light' | 'dark'>): string {
	return `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(alt)}" width="${width}" height="${height}" loading="lazy" style="max-width: 100%; height: auto;">`;
}

/** The image that follows the reader's colour preference: dark where they prefer dark, light otherwise. */
export function pictureSnippet(options: ImageSnippetOptions): string {
	return (
		`<picture>\n` +
		`  <source srcset="${escapeAttribute(options.dark)}" media="(prefers-color-scheme: dark)">\n` +
		`  ${imgSnippet(options.light, options)}\n` +
		`</picture>`
	);
}
