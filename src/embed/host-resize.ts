import { readResizeMessage } from './messages.ts';

/**
 * The script a host page includes to let our embeds fit their content:
 *   <script src="https://<our site>/embed/resize.js" defer></script>
 * It resizes an iframe only when all of these hold: the message is an exact resize message, it
 * came from that iframe's own window, from our site's origin (the origin this script was loaded
 * from), and the iframe's address is on that origin too. Without the script an embed keeps the
 * height its snippet gives it.
 */

const KEY = '__apigwDiagramsResize';
const ours = document.currentScript instanceof HTMLScriptElement ? new URL(document.currentScript.src).origin : undefined;
const host = window as unknown as Record<string, unknown>;

// Included twice, the script still listens once.
if (ours && !host[KEY]) {
	host[KEY] = true;
	window.addEventListener('message', (event) => {
		if (event.origin !== ours) return;
		const height = readResizeMessage(event.data);
		if (height === undefined) return;
		const frame = [...document.querySelectorAll('iframe')].find((iframe) => iframe.contentWindow === event.source);
		if (!frame || originOf(frame.src) !== ours) return;
		frame.style.height = `${height}px`;
	});
}

function originOf(url: string): string | undefined {
	try {
		return new URL(url, document.baseURI).origin;
	} catch {
		return undefined;
	}
}
