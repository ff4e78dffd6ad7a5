// Lets Astro components write the directive src/integrations/islands/index.ts adds.
declare module 'astro' {
	interface AstroClientDirectives {
		'client:interaction'?: boolean;
	}
}

export {};
