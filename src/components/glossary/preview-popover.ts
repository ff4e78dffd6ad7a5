import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import type { DefinitionPart, GlossaryPreview } from '../../utils/glossary-previews.ts';
import './preview-popover.css';

/**
 * The box that shows a glossary term's preview beside its link: one per page, made the first time
 * a reader reaches for a term (term-previews.ts decides when it shows and hides). It is a popover,
 * so it sits in the top layer, above the page and outside the chapter's sections (which clip what
 * they contain), and takes no place in the layout: showing it moves nothing.
 *
 * Placed by Floating UI rather than CSS anchor positioning, which not every browser readers use has
 * yet: below the term, above it when there is no room below, moved sideways to stay inside the
 * window (a phone is barely wider than the box), and kept beside the term while the page scrolls.
 * Built with DOM calls and text nodes only: the definitions are the site's own, but nothing is
 * ever parsed as markup. (Not with the Embed dialog's element() helper: shared by two files that
 * load on demand, it would become a third file that the dialog, too, then waits for.)
 */
export interface PreviewPopover {
	/** The box itself, so the reader's pointer and focus inside it can be told apart from outside. */
	element: HTMLElement;
	/** The term link it shows a preview for, while it is open. */
	link(): HTMLAnchorElement | undefined;
	show(link: HTMLAnchorElement, preview: GlossaryPreview): void;
	hide(): void;
}

const ID = 'glossary-preview';
/** Space between the term and the box, and the least between the box and the window's edges. */
const GAP = 6;
const EDGE = 8;

export function createPreviewPopover(): PreviewPopover {
	const term = Object.assign(document.createElement('p'), { className: 'glossary-preview__term' });
	const definition = Object.assign(document.createElement('p'), { className: 'glossary-preview__definition', id: `${ID}-definition` });
	const more = Object.assign(document.createElement('a'), { className: 'glossary-preview__more', textContent: 'Full entry in the glossary' });
	const element = Object.assign(document.createElement('div'), { className: 'glossary-preview', id: ID });
	element.popover = 'manual';
	element.append(term, definition, more);
	document.body.append(element);

	let shownFor: HTMLAnchorElement | undefined;
	let stopFollowing: (() => void) | undefined;

	const hide = () => {
		stopFollowing?.();
		stopFollowing = undefined;
		shownFor?.removeAttribute('aria-describedby');
		shownFor = undefined;
		if (element.matches(':popover-open')) element.hidePopover();
	};

	return {
		element,
		link: () => shownFor,
		hide,
		show(link, preview) {
			if (shownFor !== link) hide();
			term.textContent = preview.term;
			definition.replaceChildren(...preview.definition.map(partNode));
			// As the page writes it (root-relative), not resolved to this origin.
			more.setAttribute('href', link.getAttribute('href')!);
			// The definition, not the whole box: "Full entry in the glossary" is not part of what the term means.
			link.setAttribute('aria-describedby', definition.id);
			shownFor = link;
			if (!element.matches(':popover-open')) element.showPopover();
			stopFollowing ??= autoUpdate(link, element, () => {
				void computePosition(link, element, {
					strategy: 'fixed',
					placement: 'bottom-start',
					// inline(): a term that wraps onto a second line gets the box under that line, not under both.
					middleware: [inline(), offset(GAP), flip({ padding: EDGE }), shift({ padding: EDGE })],
				}).then(({ x, y }) => {
					element.style.left = `${x}px`;
					element.style.top = `${y}px`;
				});
			});
		},
	};
}

function partNode(part: DefinitionPart): Node {
	if (typeof part === 'string') return document.createTextNode(part);
	return 'code' in part ? Object.assign(document.createElement('code'), { textContent: part.code }) : Object.assign(document.createElement('strong'), { textContent: part.strong });
}
