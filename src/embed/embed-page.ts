import { readThemeMessage, resizeMessage } from './messages.ts';
import { parseEmbedOptions, type Theme } from './options.ts';

/**
 * What runs in every embed page, beside its island: a notice for embed parameters that could not
 * be used, the height report to the host page, and theme changes the host asks for. The theme in
 * the address was applied before the first paint by the inline script in EmbedLayout.astro.
 */

const root = document.documentElement;
const options = parseEmbedOptions(location.search);
const framed = window.parent !== window;

/** Builds the notice with text nodes only: the sentences are ours, and nothing from the address is shown. */
function showNotices(notices: string[]): void {
	const region = document.querySelector<HTMLElement>('[data-embed-notices]');
	if (!region || notices.length === 0) return;
	const box = document.createElement('div');
	box.className = 'url-notice';
	const title = document.createElement('p');
	title.className = 'url-notice__title';
	title.textContent = 'This embed’s address could not be used in full.';
	const list = document.createElement('ul');
	for (const notice of notices) {
		const item = document.createElement('li');
		item.textContent = notice;
		list.append(item);
	}
	const dismiss = document.createElement('button');
	dismiss.type = 'button';
	dismiss.className = 'island-button';
	dismiss.textContent = 'Dismiss';
	dismiss.addEventListener('click', () => box.remove());
	box.append(title, list, dismiss);
	region.append(box);
}

const prefersLight = matchMedia('(prefers-color-scheme: light)');
let current: Theme = 'auto';
const resolve = () => (current === 'auto' ? (prefersLight.matches ? 'light' : 'dark') : current);

function followTheme(theme: Theme): void {
	current = theme;
	root.dataset.theme = resolve();
}
// With `auto`, the embed changes along with the reader's system setting.
prefersLight.addEventListener('change', () => {
	root.dataset.theme = resolve();
});

/**
 * A host page may switch the theme, for instance when its own theme toggle changes. Only the
 * frame's own parent is listened to (and, where the browser names it, only from the parent's
 * origin), and only an exact theme message is used: anything else is ignored, never evaluated.
 */
window.addEventListener('message', (event) => {
	if (!framed || event.source !== window.parent) return;
	const parentOrigin = location.ancestorOrigins?.[0];
	if (parentOrigin !== undefined && event.origin !== parentOrigin) return;
	const theme = readThemeMessage(event.data);
	if (theme) followTheme(theme);
});

/**
 * Tells the host how tall the content is, on load and after every change of size (a toggle, an
 * opened panel, a narrower frame), so the resize script can fit the frame to it. The height is
 * not a secret, so it goes to whichever page embeds us.
 */
function reportHeight(): void {
	let last = -1;
	const post = () => {
		const message = resizeMessage(document.body.getBoundingClientRect().height);
		if (message.height === last) return;
		last = message.height;
		window.parent.postMessage(message, '*');
	};
	new ResizeObserver(post).observe(document.body);
	post();
}

showNotices(options.notices);
followTheme(options.theme);
if (framed) reportHeight();
