/**
 * The view of the setup a page opens with, carried in the page as JSON, so that an island can
 * hydrate without loading the module that works out every other view (see lazy-module.ts). The
 * server writes it into a `<script type="application/json">`, which browsers never run.
 */

/** What the page carries: a view and the request it answers. */
export interface PageData<V> {
	key: string;
	view: V;
}

/**
 * JSON that is safe inside a script element: `<` is escaped, so neither `</script>` nor `<!--`
 * in the words can end the element or change how the browser reads it.
 */
export const serializePageData = <V>(data: PageData<V>): string => JSON.stringify(data).replace(/</g, '\\u003c');

/** The page's view for `key`, or undefined when the page carries none or another one. */
export function parsePageData<V>(text: string | null | undefined, key: string): PageData<V> | undefined {
	const data = text ? (JSON.parse(text) as PageData<V>) : undefined;
	return data?.key === key ? data : undefined;
}
