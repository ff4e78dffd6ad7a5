/**
 * Small helpers that build the Embed dialog's elements with DOM calls. Children are elements or
 * strings, and strings always become text nodes, so nothing is ever parsed as markup.
 */

type Child = Node | string;

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** A labelled control with an optional hint tied to it as its description. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
	const hintNode = hint ? element('p', { class: 'embed-dialog__field-hint', id: `${control.id}-hint` }, hint) : undefined;
	if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
	return element('div', { class: 'embed-dialog__field' }, element('label', { for: control.id }, label), control, ...(hintNode ? [hintNode] : []));
}

/** A fieldset of radio buttons; `value()` is the checked one. */
export function radioGroup(name: string, legend: string, options: Array<[value: string, label: string]>, checked: string) {
	const inputs = options.map(([value]) =>
		element('input', { type: 'radio', name, id: `${name}-${value}`, value, ...(value === checked ? { checked: '' } : {}) }),
	);
	const fieldset = element(
		'fieldset',
		{ class: 'embed-dialog__radios' },
		element('legend', {}, legend),
		...options.map(([, label], index) => element('label', { class: 'embed-dialog__check' }, inputs[index]!, ` ${label}`)),
	);
	return { fieldset, inputs, value: () => inputs.find((input) => input.checked)?.value ?? checked };
}
