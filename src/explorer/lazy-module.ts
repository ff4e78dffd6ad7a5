/**
 * A module an island loads only when the reader is about to need it. An explorer's core (the
 * layout, AWS's rules and every hop in words) is most of its code, yet a reader sees one setup at a
 * time: the page carries the view of the setup it opens with (see page-data.ts), and the core
 * arrives when the reader reaches for the choices. On the server the module is passed in already
 * imported, so pages render whole.
 *
 * Written here rather than taken from a library: React.lazy loads components, not data, and this
 * is one promise that may be tried again. Framework-free; useSetupView binds it to React.
 */
export interface LazyModule<M> {
	/** The module, once it is here: at once on the server, after `load()` settles in the browser. */
	current(): M | undefined;
	/** Starts loading, once; calls share the attempt, and a failed one (offline, or a deploy replaced the file) can be tried again. */
	load(): Promise<M>;
}

export function lazyModule<M>(importer: () => Promise<M>, alreadyImported?: M): LazyModule<M> {
	let module = alreadyImported;
	let pending: Promise<M> | undefined;
	return {
		current: () => module,
		load() {
			if (module) return Promise.resolve(module);
			pending ??= importer().then(
				(loaded) => (module = loaded),
				(error: unknown) => {
					pending = undefined;
					throw error;
				},
			);
			return pending;
		},
	};
}
