/**
 * The views an explorer has worked out, by the name of their request. Going back to a setup
 * reuses its view, the same objects, so the memoised parts of the island skip it. And the setups
 * one change away from the current one are worked out ahead, while the browser is idle: the first
 * time the reader picks one, the click only renders. (Worked out cold, the core's code takes a few
 * milliseconds more than warm, which the first change of each kind paid on the click.)
 *
 * Framework-free; useSetupView binds it to React. Written here rather than taken from a library:
 * it is a Map with a size limit and an idle loop, and an LRU package would still leave the loop.
 */

/** A request and its name: requests with the same name get the same view. */
export interface Named<R> {
	key: string;
	request: R;
}

/** Time left in an idle period, as requestIdleCallback's deadline gives it. */
export interface IdleDeadline {
	timeRemaining(): number;
}

/** Runs `task` when the browser is idle; returns a function that cancels it if it has not run. */
export type ScheduleIdle = (task: (deadline: IdleDeadline) => void) => () => void;

export interface ViewCache<R, V> {
	/** The view for the named request: the one kept, or worked out now and kept. */
	get(key: string, request: R): V;
	/** Works out, in idle time, the views of these requests not yet kept; returns a function that stops. */
	ahead(requests: Array<Named<R>>): () => void;
}

/** Keeps more views than a reader visits by going back and forth, and the setups around each. */
const LIMIT = 48;

/**
 * The browser's idle callback, with a timeout so that the work is done within a second even on a
 * page that never idles; Safari has none, so there it waits for the next task.
 */
const scheduleIdle: ScheduleIdle = (task) => {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(task, { timeout: 1000 });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(() => task({ timeRemaining: () => 8 }));
	return () => clearTimeout(handle);
};

export function viewCache<R, V>(compute: (request: R) => V, schedule: ScheduleIdle = scheduleIdle, limit = LIMIT): ViewCache<R, V> {
	// A Map iterates in insertion order: the first key is the one used longest ago.
	const kept = new Map<string, V>();
	const keep = (key: string, view: V) => {
		kept.delete(key);
		kept.set(key, view);
		if (kept.size > limit) kept.delete(kept.keys().next().value!);
		return view;
	};
	return {
		get(key, request) {
			const view = kept.get(key);
			return keep(key, view === undefined ? compute(request) : view);
		},
		ahead(requests) {
			const left = requests.filter(({ key }) => !kept.has(key));
			let cancel = () => {};
			const work = (deadline: IdleDeadline) => {
				// One view takes a millisecond or so. At least one per call, as a call at the timeout has no
				// time left; then more while there is still time for the browser's own work.
				do {
					const { key, request } = left.shift()!;
					if (!kept.has(key)) keep(key, compute(request));
				} while (left.length > 0 && deadline.timeRemaining() > 2);
				if (left.length > 0) cancel = schedule(work);
			};
			if (left.length > 0) cancel = schedule(work);
			return () => cancel();
		},
	};
}
