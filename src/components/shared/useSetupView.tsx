import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LazyModule } from '../../explorer/lazy-module.ts';
import { parsePageData, serializePageData } from '../../explorer/page-data.ts';
import { viewCache, type Named } from '../../explorer/view-cache.ts';

export interface SetupViewState<V> {
	/**
	 * The view of the requested setup; while the module that works it out loads (or after it
	 * failed to), the last view there was. The page always carries the opening one, so there is
	 * always one to show.
	 */
	view: V;
	/** The view shown is not the requested setup's: that one is on its way. */
	loading: boolean;
	/** The module could not be loaded: the island says so rather than wait forever. */
	failed: boolean;
	/** Starts loading the module, for the moment the reader reaches for the choices. */
	prefetch: () => void;
	/** The opening view as the page carries it; render it inside the island, so hydration finds it again. */
	pageData: ReactNode;
}

/**
 * The view of an explorer's current setup (see explorer/lazy-module.ts): the opening one from the
 * page, any other from `module`, which loads at the first sign that the reader is about to change
 * the setup, or at once when the current setup is not the opening one. `key` names the request.
 * Views are kept by name, and once the module is here the setups `around` the current one are
 * worked out ahead in idle time (see explorer/view-cache.ts).
 */
export function useSetupView<M, R, V>(
	module: LazyModule<M>,
	compute: (module: M, request: R) => V,
	request: R,
	key: string,
	id: string,
	around: (request: R) => Array<Named<R>>,
): SetupViewState<V> {
	const [loaded, setLoaded] = useState(module.current);
	const [failed, setFailed] = useState(false);
	// Read once, with the first render's request: on the server (or in a browser that already has
	// the module) worked out, which writes the page's copy; otherwise read from that copy.
	const [opening] = useState(() => {
		const text = loaded ? serializePageData({ key, view: compute(loaded, request) }) : typeof document === 'undefined' ? undefined : document.getElementById(id)?.textContent;
		const data = parsePageData<V>(text, key);
		return data && { ...data, text: text! };
	});
	const cache = useMemo(() => loaded && viewCache((next: R) => compute(loaded, next)), [loaded, compute]);
	const requested = useMemo(() => (opening?.key === key ? opening.view : cache ? cache.get(key, request) : undefined), [opening, key, cache, request]);
	const [lastView, setLastView] = useState(requested);
	if (requested && requested !== lastView) setLastView(requested);
	// Named by `key`, the request itself may be a new object with the same choices.
	useEffect(() => (cache ? cache.ahead(around(request)) : undefined), [cache, key]);
	const prefetch = useCallback(() => {
		module.load().then(
			(ready) => {
				setLoaded(() => ready);
				setFailed(false);
			},
			() => setFailed(true),
		);
	}, [module]);
	const loading = requested === undefined;
	useEffect(() => {
		if (loading) prefetch();
	}, [loading, prefetch]);
	const pageData = opening && <script type="application/json" id={id} dangerouslySetInnerHTML={{ __html: opening.text }} />;
	return { view: (requested ?? lastView)!, loading, failed: loading && failed, prefetch, pageData };
}
