import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/**
 * Wraps every Markdown table in a labelled, focusable region that scrolls sideways.
 *
 * On a phone, wide comparison tables scroll inside the text column. A region that scrolls must be
 * reachable from the keyboard (WCAG 2.1.1; axe's `scrollable-region-focusable`), and a focusable
 * region needs a name for screen readers: "Table: " and the table's column headings. Two tables
 * with the same headings on one page get "(2)", "(3)"… so every region's name is unique.
 */
export const scrollableTables: HastPluginEntry = () => {
	const seen = new Map<string, number>();
	return defineHastPlugin({
		name: 'scrollable-tables',
		element: {
			filter: ['table'],
			visit(table, ctx) {
				const head = table.children.find((child) => child.type === 'element' && child.tagName === 'thead');
				const headings = head ? ctx.textContent(head).replace(/\s+/g, ' ').trim() : '';
				const label = headings ? `Table: ${headings}` : 'Table';
				const count = (seen.get(label) ?? 0) + 1;
				seen.set(label, count);
				ctx.wrapNode(table, {
					type: 'element',
					// A <section> with a name is a region to assistive technology, no role attribute needed.
					tagName: 'section',
					properties: {
						className: ['table-scroll'],
						tabIndex: 0,
						ariaLabel: count === 1 ? label : `${label} (${count})`,
					},
					children: [],
				});
			},
		},
	});
};
