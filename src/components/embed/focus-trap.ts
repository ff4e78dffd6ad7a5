/**
 * Keeps Tab and Shift+Tab inside a modal dialog. showModal() makes the page behind inert, but
 * browsers then let Tab leave for their own toolbar; wrapping from the last control to the first
 * keeps a keyboard reader in the dialog until they close it (Escape, or the Close button).
 */
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function trapFocus(dialog: HTMLDialogElement): void {
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'Tab') return;
		const tabbable = [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
			(node) => !node.closest('[inert]') && node.getClientRects().length > 0,
		);
		const first = tabbable[0];
		const last = tabbable.at(-1);
		if (!first || !last) return;
		if (event.shiftKey && (document.activeElement === first || document.activeElement === dialog)) {
			event.preventDefault();
			last.focus();
		} else if (!event.shiftKey && document.activeElement === last) {
			event.preventDefault();
			first.focus();
		}
	});
}
