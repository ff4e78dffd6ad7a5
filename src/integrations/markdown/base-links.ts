import { defineHastPlugin, type HastPluginEntry, type HastVisitorContext } from 'satteri';

/**
 * Puts the site's base path in front of every root-relative link and image in Markdown and MDX.
 *
 * Chapters link to each other as `/chapters/…/` and `/glossary/#term`, which is right when the site
 * is served from a domain's root. Deployed under a sub-path (`BASE_PATH=/guides/x/`), Starlight
 * prefixes its own navigation, but not links written in content, nor `href` on components such
 * as `<LinkButton>`. This plugin does, for plain string values: `https://…`, `//host/…`, `#id`,
 * relative paths and `{expressions}` are left alone.
 */
const URL_ATTRIBUTES = ['href', 'src'];

/** `/guides/x/` and `/guides/x` both give `/guides/x`; the root gives nothing to add. */
export function basePrefix(base: string): string {
	return base.replace(/\/+$/, '');
}

/** `url` under the base, or undefined when it is not a root-relative path or there is no base. */
export function withBasePrefix(prefix: string, url: unknown): string | undefined {
	return prefix && typeof url === 'string' && url.startsWith('/') && !url.startsWith('//') ? `${prefix}${url}` : undefined;
}

interface JsxElement {
	attributes: ReadonlyArray<{ type: string; name?: string; value?: unknown }>;
}

export function baseLinks(base: string): HastPluginEntry {
	const prefix = basePrefix(base);
	const jsx = {
		filter: ['a', 'img', 'LinkButton', 'LinkCard'],
		visit(node: Readonly<JsxElement>, ctx: HastVisitorContext) {
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute' || !URL_ATTRIBUTES.includes(attribute.name ?? '')) continue;
				const next = withBasePrefix(prefix, attribute.value);
				if (next) ctx.setProperty(node as never, attribute.name!, next);
			}
		},
	};
	return () =>
		defineHastPlugin({
			name: 'base-links',
			element: {
				filter: ['a', 'img', 'source', 'iframe'],
				visit(node, ctx) {
					for (const key of URL_ATTRIBUTES) {
						const next = withBasePrefix(prefix, node.properties?.[key]);
						if (next) ctx.setProperty(node, key, next);
					}
				},
			},
			mdxJsxFlowElement: jsx,
			mdxJsxTextElement: jsx,
		});
}
