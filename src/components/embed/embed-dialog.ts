import { exportSvg } from '../../embed/export-svg.ts';
import { download, svgToPng } from '../../embed/export-png.ts';
import { EMBEDDABLE_ISLANDS, isIslandKind, type EmbeddableIsland } from '../../embed/islands.ts';
import type { Theme } from '../../embed/options.ts';
import { iframeSnippet, imageAlt, imgSnippet, pictureSnippet, resizeScriptSnippet } from '../../embed/snippets.ts';
import { absolute, embedUrl, resizeScriptUrl, viewUrl } from '../../embed/urls.ts';
import { BASE } from '../../utils/base.ts';
import { element, field, radioGroup } from './dom.ts';
import { trapFocus } from './focus-trap.ts';
import './embed-dialog.css';

/**
 * The Embed dialog, one per page, filled for the diagram whose button was pressed. An island
 * gets an iframe snippet with its options and a live preview; a mermaid figure gets <img> and
 * <picture> snippets of its SVG files. Both can be downloaded as SVG or PNG. Everything is built
 * with DOM calls and text nodes: the only values it handles are our own titles and URLs, and even
 * those never go through innerHTML.
 */

interface IslandTarget {
	type: 'island';
	island: EmbeddableIsland;
	view: string;
	steps: number;
	/** The island's drawing, exported by the Download buttons. */
	drawing: SVGSVGElement | undefined;
}

interface MermaidTarget {
	type: 'mermaid';
	title: string;
	/** The images' alt text: what the figure says to a screen reader, not only its caption. */
	alt: string;
	light: string;
	dark: string;
	width: number;
	height: number;
}

type Target = IslandTarget | MermaidTarget;

const siteRoot = () => new URL(BASE, location.origin);
const pageTheme = (): 'light' | 'dark' => (document.documentElement.dataset.theme === 'light' ? 'light' : 'dark');
/** The theme a file is made in: the one chosen, or this page's when the choice is to follow the reader. */
const fileTheme = (chosen: string): 'light' | 'dark' => (chosen === 'light' || chosen === 'dark' ? chosen : pageTheme());
const fileNameOf = (title: string) =>
	title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60) || 'diagram';

function targetOf(host: HTMLElement): Target | undefined {
	const { kind = '', title = '', view = '', steps, light, dark, width, height } = host.dataset;
	if (kind === 'mermaid' && light && dark) {
		return { type: 'mermaid', title, alt: imageAlt(descriptionOf(host), title), light, dark, width: Number(width) || 800, height: Number(height) || 600 };
	}
	if (!isIslandKind(kind)) return undefined;
	const drawings = [...(host.closest('.island')?.querySelectorAll<SVGSVGElement>('svg[data-diagram]') ?? [])];
	// The cross-account explorer draws two orientations and shows the one that fits: export that one.
	const drawing = drawings.find((svg) => svg.getBoundingClientRect().width > 0) ?? drawings[0];
	return { type: 'island', island: EMBEDDABLE_ISLANDS[kind], view, steps: Number(steps) || 0, drawing };
}

/**
 * The accessible description of the figure `host` belongs to: the text of what its drawing's
 * aria-describedby names (mermaid writes accDescr there). Read from the page when the dialog opens,
 * rather than carried in the button's data attributes, which would repeat every description in
 * the page's HTML.
 */
function descriptionOf(host: HTMLElement): string | undefined {
	const ids = host.closest('figure')?.querySelector('svg[aria-describedby]')?.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
	return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ') || undefined;
}

let dialog: HTMLDialogElement | undefined;

/** Opens the dialog for the diagram of `host`; focus returns to `opener` when it closes. */
export function openEmbedDialog(host: HTMLElement, opener: HTMLElement): void {
	const target = targetOf(host);
	if (!target) return;
	dialog?.remove();
	dialog = buildDialog(target, opener);
	document.body.append(dialog);
	dialog.showModal();
}

function buildDialog(target: Target, opener: HTMLElement): HTMLDialogElement {
	const title = target.type === 'island' ? target.island.title : target.title;
	const dialogElement = element('dialog', { class: 'embed-dialog', 'aria-labelledby': 'embed-dialog-title' });
	const status = element('p', { class: 'embed-dialog__status', role: 'status' });
	const say = (message: string) => {
		// Emptied first, so the same message twice is announced twice.
		status.textContent = '';
		requestAnimationFrame(() => (status.textContent = message));
	};

	const close = element('button', { type: 'button', class: 'embed-dialog__close' }, 'Close');
	close.addEventListener('click', () => dialogElement.close());
	const heading = element('h2', { id: 'embed-dialog-title' }, `Embed “${title}”`);
	const head = element('div', { class: 'embed-dialog__head' }, heading, close);

	const parts = target.type === 'island' ? islandParts(target, say) : mermaidParts(target, say);
	dialogElement.append(head, parts, status);

	trapFocus(dialogElement);
	dialogElement.addEventListener('close', () => {
		dialogElement.remove();
		if (dialog === dialogElement) dialog = undefined;
		opener.focus();
	});
	// A click on the backdrop (outside the dialog's box) closes it, as Escape does.
	dialogElement.addEventListener('click', (event) => {
		if (event.target === dialogElement) {
			const box = dialogElement.getBoundingClientRect();
			const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
			if (!inside) dialogElement.close();
		}
	});
	return dialogElement;
}

function islandParts(target: IslandTarget, say: (message: string) => void): HTMLElement {
	const { island } = target;
	const stepOfView = Number(new URLSearchParams(target.view).get('step')) || 1;

	const theme = radioGroup('embed-theme', 'Theme', [
		['auto', 'Follow the reader'],
		['light', 'Light'],
		['dark', 'Dark'],
	], 'auto');
	const controls = element('input', { type: 'checkbox', id: 'embed-controls', checked: '' });
	const height = element('input', { type: 'number', id: 'embed-height', min: '200', max: '6000', step: '10', value: String(island.height), inputmode: 'numeric' });
	const resize = element('input', { type: 'checkbox', id: 'embed-resize', checked: '' });
	const step = element('select', { id: 'embed-step' });
	for (let hop = 1; hop <= target.steps; hop += 1) {
		step.append(element('option', { value: String(hop), ...(hop === stepOfView ? { selected: '' } : {}) }, `Hop ${hop} of ${target.steps}`));
	}

	const options = element(
		'div',
		{ class: 'embed-dialog__options' },
		theme.fieldset,
		...(target.steps > 0 ? [field('Start at', step)] : []),
		field('Height in pixels', height, 'Used as is without the resize script, and before it first runs.'),
		element('label', { class: 'embed-dialog__check' }, controls, ' Show the choices (off: a fixed view)'),
		element('label', { class: 'embed-dialog__check' }, resize, ' Add the resize script, so the frame fits its content'),
	);

	const snippet = element('textarea', { id: 'embed-snippet', readonly: '', rows: '6', spellcheck: 'false' });
	// The preview shows, it is not for using: it is inert, so Tab does not walk through the whole
	// island inside it; its box scrolls, by mouse or, once focused, by keyboard.
	const preview = element('iframe', { title: `Preview: ${island.title}`, class: 'embed-dialog__frame', inert: '' });

	const current = () => {
		const chosenTheme = theme.value() as Theme;
		const view = new URLSearchParams(target.view);
		if (target.steps > 0) view.set('step', step.value);
		const viewSearch = `?${view.toString()}`;
		const src = embedUrl(siteRoot(), { kind: island.kind, view: viewSearch }, { theme: chosenTheme, controls: controls.checked });
		const chosenHeight = Math.min(6000, Math.max(200, Math.round(Number(height.value)) || island.height));
		return { src, viewSearch, chosenTheme, chosenHeight };
	};
	const update = () => {
		const { src, chosenHeight } = current();
		const frame = iframeSnippet({ src, title: island.title, height: chosenHeight });
		snippet.value = resize.checked ? `${frame}\n${resizeScriptSnippet(resizeScriptUrl(siteRoot()))}` : frame;
		if (preview.getAttribute('src') !== src) preview.setAttribute('src', src);
		preview.style.height = `${chosenHeight}px`;
	};
	for (const input of [controls, height, resize, step, ...theme.inputs]) input.addEventListener('change', update);
	height.addEventListener('input', update);
	update();

	const copyLink = button('Copy link to this view', async () =>
		say((await copy(viewUrl(siteRoot(), { kind: island.kind, view: current().viewSearch }))) ? 'Link copied.' : 'Copying is not allowed here.'),
	);
	const exported = async () => {
		if (!target.drawing) throw new Error('This diagram has no drawing to export.');
		return exportSvg(target.drawing, { theme: fileTheme(theme.value()), title: island.title, description: describeView(target.drawing) });
	};
	const downloads = downloadButtons(exported, () => `${fileNameOf(island.title)}-${fileTheme(theme.value())}`, say);

	return dialogBody({
		preview: element('div', { class: 'embed-dialog__frame-box', tabindex: '0', role: 'region', 'aria-label': 'Preview' }, preview),
		options,
		snippet,
		actions: [copySnippetButton(snippet, say), copyLink, ...downloads],
		hint: 'The drawing is exported as it is now, in the chosen theme (“Follow the reader” uses this page’s theme). Where a page cannot show frames, use an image instead. ',
	});
}

function mermaidParts(target: MermaidTarget, say: (message: string) => void): HTMLElement {
	const origin = location.origin;
	const urls = { light: absolute(target.light, origin), dark: absolute(target.dark, origin) };
	const theme = radioGroup('embed-theme', 'Theme', [
		['auto', 'Follow the reader (<picture>)'],
		['light', 'Light (<img>)'],
		['dark', 'Dark (<img>)'],
	], 'auto');
	const snippet = element('textarea', { id: 'embed-snippet', readonly: '', rows: '5', spellcheck: 'false' });
	const image = element('img', { alt: target.alt, width: String(target.width), height: String(target.height), class: 'embed-dialog__image' });
	const chosenFile = () => urls[fileTheme(theme.value())];

	const update = () => {
		const size = { alt: target.alt, width: target.width, height: target.height };
		snippet.value = theme.value() === 'auto' ? pictureSnippet({ ...urls, ...size }) : imgSnippet(chosenFile(), size);
		image.src = chosenFile();
	};
	for (const input of theme.inputs) input.addEventListener('change', update);
	update();

	const fetchSvg = async () => {
		const response = await fetch(chosenFile());
		if (!response.ok) throw new Error(`The SVG file could not be loaded (${response.status}).`);
		return { svg: await response.text(), width: target.width, height: target.height };
	};
	const stem = () => target[fileTheme(theme.value())].split('/').pop()!.replace(/\.svg$/, '');
	const copyLink = button('Copy image address', async () => say((await copy(chosenFile())) ? 'Image address copied.' : 'Copying is not allowed here.'));

	return dialogBody({
		preview: element('div', { class: 'embed-dialog__image-box', tabindex: '0', role: 'region', 'aria-label': 'Preview' }, image),
		options: element('div', { class: 'embed-dialog__options' }, theme.fieldset),
		snippet,
		actions: [copySnippetButton(snippet, say), copyLink, ...downloadButtons(fetchSvg, stem, say)],
		hint: '“Follow the reader” shows the dark file to readers who prefer dark colours and the light file to everyone else. Downloads use the chosen theme (“Follow the reader” uses this page’s theme). ',
	});
}

/** The layout both kinds share: preview, options, the snippet, the buttons, and a hint with the guide's link. */
function dialogBody(parts: { preview: HTMLElement; options: HTMLElement; snippet: HTMLTextAreaElement; actions: HTMLElement[]; hint: string }): HTMLElement {
	return element(
		'div',
		{ class: 'embed-dialog__body' },
		element('div', { class: 'embed-dialog__preview' }, element('p', { class: 'embed-dialog__label' }, 'Preview'), parts.preview),
		parts.options,
		element('div', { class: 'embed-dialog__snippet' }, element('label', { for: 'embed-snippet' }, 'Snippet to paste into your page'), parts.snippet),
		element('div', { class: 'embed-dialog__actions' }, ...parts.actions),
		element('p', { class: 'embed-dialog__hint' }, parts.hint, guideLink()),
	);
}

function copySnippetButton(snippet: HTMLTextAreaElement, say: (message: string) => void): HTMLButtonElement {
	return button('Copy snippet', async () => say((await copy(snippet.value, snippet)) ? 'Snippet copied.' : 'Select the snippet and copy it.'));
}

/** Download SVG and Download PNG of the same drawing, named `<stem>.svg` and `<stem>.png`. */
function downloadButtons(
	source: () => Promise<{ svg: string; width: number; height: number }>,
	stem: () => string,
	say: (message: string) => void,
): HTMLButtonElement[] {
	return [
		button('Download SVG', async () => {
			const { svg } = await source();
			download(new Blob([svg], { type: 'image/svg+xml' }), `${stem()}.svg`);
			say('SVG downloaded.');
		}),
		button('Download PNG', async () => {
			const { svg, width, height } = await source();
			download(await svgToPng(svg, width, height), `${stem()}.png`);
			say('PNG downloaded.');
		}),
	];
}

/** The guide's page on embedding: every parameter, the resize script, the hosting headers. */
function guideLink(): HTMLAnchorElement {
	return element('a', { href: `${BASE}embedding/` }, 'How embedding works');
}

/** The hop the drawing shows, for the exported file's description. */
function describeView(drawing: SVGSVGElement): string | undefined {
	const island = drawing.closest('.island');
	const text = (selector: string) => island?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
	const showing = text('.explorer__showing') ?? text('.scaling-verdict__headline');
	const hop = text('[aria-current="step"] .hop__heading');
	return [showing, hop].filter(Boolean).join(' ') || undefined;
}

function button(label: string, onClick: () => void | Promise<void>): HTMLButtonElement {
	const element_ = element('button', { type: 'button', class: 'embed-dialog__button' }, label);
	element_.addEventListener('click', () => {
		Promise.resolve()
			.then(onClick)
			.catch((error: unknown) => {
				const status = element_.closest('dialog')?.querySelector('[role="status"]');
				if (status) status.textContent = error instanceof Error ? error.message : 'That did not work.';
			});
	});
	return element_;
}

/** Copies `text`; without clipboard access, selects `fallback` so the reader can copy it. */
async function copy(text: string, fallback?: HTMLTextAreaElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		fallback?.focus();
		fallback?.select();
		return false;
	}
}
