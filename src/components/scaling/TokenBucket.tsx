import { useEffect, useMemo, useRef } from 'react';
import { formatNumber } from '../../scaling/model.ts';
import type { BucketRun } from '../../scaling/token-bucket.ts';

interface Props {
	run: BucketRun;
	/** The run in words: the figure's text alternative, shown under it. */
	summary: string;
	/** Whether a new run plays: after the reader's own change, not after the address set the plan. */
	playOnChange: boolean;
	idPrefix: string;
}

/** How long one run of the animation takes: four modelled seconds, played in under three. */
const PLAY_MS = 2_400;

// The drawing's geometry, in its own units: CSS pixels in the planner's narrowest column, so that
// its 13-unit text is never smaller than 13px there.
const WIDTH = 300;
const BUCKET = { x: 2, y: 24, width: 36, height: 80 };
const CHART = { x: 88, y: 24, width: 204, height: 80 };
const THROTTLED = { y: 124, height: 20 };
const HEIGHT = 166;
/** Where the labels on the chart's left end, right-aligned. */
const LABELS_X = CHART.x - 6;

/** The bucket's count at rest, under it: the lowest it got. */
const restCount = (lowest: number) => `lowest ${formatNumber(Math.round(lowest))}`;

/**
 * The token bucket, modelled (see scaling/token-bucket.ts): on the left the bucket and its level;
 * on the right the level over four seconds, with the spike marked and the requests answered 429
 * as red bars under the line. When the plan changes, the run plays once: the line draws itself
 * and the bucket empties and fills with it. Readers who ask for less motion see the whole run at
 * once, and can still play it with the button.
 */
export default function TokenBucket({ run, summary, playOnChange, idPrefix }: Props) {
	const svg = useRef<SVGSVGElement>(null);
	const level = (tokens: number) => (tokens / run.size) * BUCKET.height;
	const xOf = (t: number) => CHART.x + (t / run.duration) * CHART.width;
	const lowest = useMemo(() => Math.min(run.size, ...run.steps.map((step) => step.low)), [run]);
	const line = useMemo(() => {
		const point = (t: number, tokens: number) => `${xOf(t).toFixed(1)},${(CHART.y + CHART.height - level(tokens)).toFixed(1)}`;
		// A spike takes its tokens at once: the line drops straight down at its moment, then refills.
		const step = run.steps[0]!.t;
		return [point(0, run.size), ...run.steps.flatMap(({ t, low, tokens }) => (low < tokens ? [point(t - step, low), point(t, tokens)] : [point(t, tokens)]))].join(' ');
	}, [run]);
	const worst = Math.max(...run.steps.map((step) => step.throttled));
	const stepWidth = CHART.width / run.steps.length;

	/** Shows the run at `progress` (0 to 1), or at rest (undefined): moves the reveal, the bucket's level and its count, without React. */
	const show = (progress: number | undefined) => {
		const root = svg.current;
		if (!root) return;
		const step = progress === undefined ? undefined : run.steps[Math.min(run.steps.length - 1, Math.floor(progress * run.steps.length))]!;
		const tokens = progress === 0 ? run.size : step ? Math.min(step.low, step.tokens) : lowest;
		root.querySelector('[data-reveal]')!.setAttribute('width', String((progress ?? 1) * CHART.width));
		const water = root.querySelector('[data-water]')!;
		water.setAttribute('y', String(BUCKET.y + BUCKET.height - level(tokens)));
		water.setAttribute('height', String(level(tokens)));
		root.querySelector('[data-count]')!.textContent = progress === undefined ? restCount(lowest) : `${formatNumber(Math.round(tokens))} left`;
	};
	const stop = useRef<() => void>(undefined);
	/** Plays the run once, from the start, and comes to rest at its end; a second call starts again. */
	const play = () => {
		stop.current?.();
		let frame = 0;
		const start = performance.now();
		const tick = (now: number) => {
			const progress = (now - start) / PLAY_MS;
			if (progress >= 1) return show(undefined);
			show(progress);
			frame = requestAnimationFrame(tick);
		};
		show(0);
		frame = requestAnimationFrame(tick);
		stop.current = () => cancelAnimationFrame(frame);
	};

	// The reader's change plays the run, unless the reader asks for less motion; otherwise the new
	// run shows at rest (React leaves alone what a stopped animation moved, where its own values did
	// not change). The first render, on the server too, shows the whole run at rest.
	const first = useRef(true);
	useEffect(() => {
		if (first.current) {
			first.current = false;
			return;
		}
		if (playOnChange && !window.matchMedia('(prefers-reduced-motion: reduce)').matches) play();
		else show(undefined);
		return () => stop.current?.();
	}, [run]);

	const clipId = `${idPrefix}-bucket-reveal`;
	const summaryId = `${idPrefix}-bucket-summary`;
	return (
		<>
			<figure className="scaling-bucket__figure">
				<svg ref={svg} className="scaling-bucket__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
					<defs>
						<clipPath id={clipId}>
							<rect data-reveal="" x={CHART.x} y={0} width={CHART.width} height={HEIGHT} />
						</clipPath>
					</defs>
					<rect className="scaling-bucket__water" data-water="" x={BUCKET.x} y={BUCKET.y + BUCKET.height - level(lowest)} width={BUCKET.width} height={level(lowest)} />
					<path className="scaling-bucket__outline" d={`M${BUCKET.x},${BUCKET.y} V${BUCKET.y + BUCKET.height} H${BUCKET.x + BUCKET.width} V${BUCKET.y}`} />
					<text className="scaling-bucket__caption" data-count="" x={0} y={BUCKET.y + BUCKET.height + 15}>
						{restCount(lowest)}
					</text>
					<text className="scaling-bucket__caption" x={LABELS_X} y={CHART.y + 4} textAnchor="end">
						{formatNumber(run.size)}
					</text>
					<text className="scaling-bucket__caption" x={LABELS_X} y={CHART.y + CHART.height} textAnchor="end">
						0
					</text>
					<path className="scaling-bucket__axis" d={`M${CHART.x},${CHART.y} V${CHART.y + CHART.height} H${CHART.x + CHART.width}`} />
					<line className="scaling-bucket__spike" x1={xOf(run.spikeAt)} x2={xOf(run.spikeAt)} y1={CHART.y - 14} y2={THROTTLED.y + THROTTLED.height} />
					<text className="scaling-bucket__caption" x={xOf(run.spikeAt) + 5} y={CHART.y - 8}>
						spike
					</text>
					<g clipPath={`url(#${clipId})`}>
						<polyline className="scaling-bucket__level" points={line} />
						{worst > 0 &&
							run.steps.map((step, index) =>
								step.throttled > 0 ? (
									<rect
										key={index}
										className="scaling-bucket__throttled"
										x={CHART.x + index * stepWidth}
										width={stepWidth}
										y={THROTTLED.y + THROTTLED.height * (1 - Math.max(0.15, step.throttled / worst))}
										height={THROTTLED.height * Math.max(0.15, step.throttled / worst)}
									/>
								) : null,
							)}
					</g>
					<text className="scaling-bucket__caption" x={LABELS_X} y={THROTTLED.y + THROTTLED.height - 2} textAnchor="end">
						429s
					</text>
					<text className="scaling-bucket__caption" x={CHART.x} y={CHART.y - 8}>
						tokens
					</text>
					{Array.from({ length: run.duration + 1 }, (_, second) => (
						<text key={second} className="scaling-bucket__caption" x={xOf(second)} y={HEIGHT - 6} textAnchor={second === 0 ? 'start' : second === run.duration ? 'end' : 'middle'}>
							{`${second} s`}
						</text>
					))}
				</svg>
				<figcaption className="scaling-bucket__summary" id={summaryId}>
					{summary}
				</figcaption>
			</figure>
			{/* After the figure: a caption must be its figure's first or last part. */}
			<button type="button" className="island-button scaling-bucket__play" aria-describedby={summaryId} onClick={() => play()}>
				Play the four seconds
			</button>
			<p className="scaling-bucket__note">
				A model of the idea, not a forecast: AWS applies its throttles on a best-effort basis, and the real bucket is shared by every API in the account and Region.
			</p>
		</>
	);
}
