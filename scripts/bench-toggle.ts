import type { Page } from 'playwright-core';

/**
 * One change a reader makes in an island, found the way a reader finds it: a radio button by its
 * group's legend and its own label, or a number box by its label.
 */
export type Change = { group: string; choice: string } | { field: string; value: string };

export interface ToggleTimes {
	/** Script, React's commit, style and layout: everything before paint that the change causes. */
	workMs: { p50: number; p95: number };
	/** The work of the page's first change, which runs code for the first time. */
	firstWorkMs: number;
	/** Until the frame after the change is produced: adds waiting for the next vsync. */
	nextFrameMs: { p50: number; p95: number };
	changes: number;
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const summary = (values: number[]) => ({ p50: Number(percentile(values, 50).toFixed(1)), p95: Number(percentile(values, 95).toFixed(1)) });

/**
 * Makes `count` changes in the hydrated island under `root` on the open page, going round
 * `changes` in order (each should differ from the state before it, or nothing re-renders), and
 * times each one from the input event to layout done, and to the next frame. Each change starts
 * once the page is idle again after the one before. The first is the first of the page.
 */
export async function toggleToPaint(page: Page, root: string, changes: Change[], count = 50): Promise<ToggleTimes> {
	await page.waitForSelector(`${root}[data-hydrated="true"]`);
	// A reader's pointer (or focus) reaches the choices before it changes one, and the explorers
	// fetch the code that works out other setups at that sign: so does this, before the timed changes.
	await page.hover(`${root} fieldset`);
	await page.waitForLoadState('networkidle');
	const { work, frame } = await page.evaluate(
		async ({ root, changes, count }) => {
			const island = document.querySelector(root)!;
			const labelled = (labels: Iterable<HTMLLabelElement>, text: string) => [...labels].find((label) => label.textContent?.trim() === text)?.control as HTMLInputElement | null | undefined;
			const inputFor = (change: (typeof changes)[number]) => {
				if ('field' in change) return labelled(island.querySelectorAll('label'), change.field);
				const fieldset = [...island.querySelectorAll('fieldset')].find((set) => set.querySelector('legend')?.textContent?.trim() === change.group);
				return fieldset && labelled(fieldset.querySelectorAll('label'), change.choice);
			};
			// React tracks an input's value through the prototype's setter: set it there, then send the event a keystroke sends.
			const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
			const frame: number[] = [];
			const work: number[] = [];
			for (let i = 0; i < count; i++) {
				const change = changes[i % changes.length]!;
				const input = inputFor(change);
				if (!input || input.disabled) throw new Error(`No enabled input for ${JSON.stringify(change)} in ${root}`);
				const start = performance.now();
				if ('field' in change) {
					setValue.call(input, change.value);
					input.dispatchEvent(new Event('input', { bubbles: true }));
				} else {
					input.click();
				}
				// Reading layout forces what the change dirtied to be styled and laid out now, inside the timed span.
				document.body.getBoundingClientRect();
				work.push(performance.now() - start);
				await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
				frame.push(performance.now() - start);
				// Let what the change sets going in the background (the hop list below the stage, which
				// follows a moment later) finish before the next change, as it does between a reader's
				// clicks: otherwise the next change's timed span would include this one's layout.
				await new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 2000 }));
			}
			return { work, frame };
		},
		{ root, changes, count },
	);
	return { workMs: summary(work), firstWorkMs: Number(work[0]!.toFixed(1)), nextFrameMs: summary(frame), changes: count };
}
