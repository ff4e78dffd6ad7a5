import { useCallback, useEffect, useRef, useState } from 'react';

/** A query string waiting to be written, and what would run to write it. */
interface PendingWrite {
	toSearch: (current: string) => string;
	frame?: number;
	timer?: number;
}

/** What an island's parser makes of the page address. */
interface ParsedAddress {
	/** What could not be used, in the island's own words, for the UrlNotice. */
	notices: string[];
	/** Whether the address said anything about the island at all. */
	present: boolean;
}

/**
 * An island's tie to the page address. The first render depends on props alone, because Astro
 * renders it on the server too, so the address is read once, on mount: with `syncUrl` the address
 * goes through `parse` (which may have to load what it reads with, see TopologyExplorer), its
 * notices are kept, `apply` gets the state when the address was about this island, and then
 * `hydrated` turns true, so that nothing the address changes can be undone by an earlier click. From then on the island writes the address and
 * never reads it again: `writeSearch` swaps the query string in place (history.replaceState,
 * keeping the path and the hash, with no new history entry), and does nothing without `syncUrl`.
 * The swap waits until the change has been painted: Chromium lays the page out to save the scroll
 * position with the history entry, so writing at once would add a forced layout to every click.
 * Writes that arrive before then collapse into the last one.
 */
export function useUrlSync<S extends ParsedAddress>(syncUrl: boolean, parse: (search: string) => S | Promise<S>, apply: (state: S) => void) {
	const [hydrated, setHydrated] = useState(false);
	const [notices, setNotices] = useState<string[]>([]);

	useEffect(() => {
		if (!syncUrl) {
			setHydrated(true);
			return;
		}
		let mounted = true;
		void Promise.resolve(parse(window.location.search)).then((state) => {
			if (!mounted) return;
			setNotices(state.notices);
			if (state.present) apply(state);
			setHydrated(true);
		});
		return () => {
			mounted = false;
		};
		// Once, on mount, with the first render's props: later renders never read the address.
	}, []);

	const pending = useRef<PendingWrite>(undefined);
	useEffect(
		() => () => {
			if (pending.current) {
				cancelAnimationFrame(pending.current.frame!);
				clearTimeout(pending.current.timer);
			}
		},
		[],
	);
	/** `toSearch` gets the current query string, so an island can keep the parameters that are not its own. */
	const writeSearch = useCallback(
		(toSearch: (current: string) => string) => {
			if (!syncUrl) return;
			if (pending.current) {
				pending.current.toSearch = toSearch;
				return;
			}
			const write: PendingWrite = { toSearch };
			pending.current = write;
			// The frame callback runs before the paint; the task it queues runs after it.
			write.frame = requestAnimationFrame(() => {
				write.timer = window.setTimeout(() => {
					pending.current = undefined;
					const { pathname, search, hash } = window.location;
					window.history.replaceState(window.history.state, '', `${pathname}${write.toSearch(search)}${hash}`);
				});
			});
		},
		[syncUrl],
	);
	const dismissNotices = useCallback(() => setNotices([]), []);

	return { hydrated, notices, dismissNotices, writeSearch };
}
