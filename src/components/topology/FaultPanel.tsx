import { useState } from 'react';
import type { FaultJourney } from '../../faults/journey.ts';
import { withBase } from '../../utils/base.ts';

interface Props {
	journey: FaultJourney;
	/** 0-based position of the hop where the request dies, which is the last. */
	step: number;
	/** Leaves fault mode: the journey goes through again. */
	onClear: () => void;
	idPrefix: string;
}

type View = 'response' | 'logs' | 'fix';
const VIEWS: Array<[View, string]> = [
	['response', 'Response'],
	['logs', 'Logs'],
	['fix', 'Fix'],
];

/**
 * The hop where the request dies, in the step panel's place: what happens there, then, one view at
 * a time, what the caller gets, where it shows in the logs and metrics, and the fix with its
 * sources and the troubleshooting entry and chapter behind it. The views scroll inside the
 * panel, which keeps the stage's size.
 */
export default function FaultPanel({ journey, step, onClear, idPrefix }: Props) {
	const [view, setView] = useState<View>('response');
	const { fault } = journey;
	const titleId = `${idPrefix}-fault-title`;
	const where =
		fault.outcome === 'fails'
			? `The request dies here: hop ${step + 1}`
			: fault.outcome === 'intermittent'
				? `Some requests die here: hop ${step + 1}`
				: 'Rejected when deployed: this connection never exists';
	const { response, traces } = fault;
	return (
		<section className={`step-panel fault-panel fault-panel--${fault.outcome}`} aria-labelledby={titleId} data-fault-panel={fault.id}>
			<div className="step-panel__top">
				<p className="step-panel__where">
					<span className="step-panel__number" aria-hidden="true">
						✕
					</span>
					{where}
				</p>
				<div className="step-panel__views" role="group" aria-label="Show">
					{VIEWS.map(([key, label]) => (
						<button key={key} type="button" aria-pressed={view === key} onClick={() => setView(key)}>
							{label}
						</button>
					))}
				</div>
			</div>
			<p className="step-panel__title" id={titleId}>
				{fault.title}
			</p>
			<p className="step-panel__summary">
				{fault.happens}
				{fault.which && <> {fault.which}</>}
			</p>
			{/* A region the keyboard can reach, so a view longer than the panel can be scrolled without a pointer. */}
			<div className="fault-panel__body" tabIndex={0} role="region" aria-label={VIEWS.find(([key]) => key === view)![1]}>
				{view === 'response' && (
					<dl className="fault-panel__response">
						<div>
							<dt>{response.who} gets</dt>
							<dd className="fault-panel__status">{response.status}</dd>
						</div>
						{response.body && (
							<div>
								<dt>Body</dt>
								<dd>
									<code>{response.body}</code>
								</dd>
							</div>
						)}
						<div>
							<dt>How we know</dt>
							<dd>{response.note}</dd>
						</div>
					</dl>
				)}
				{view === 'logs' && (
					<dl className="fault-panel__logs">
						<div>
							<dt>Access log</dt>
							<dd>
								<ul>
									{traces.accessLog.map((field) => (
										<li key={field.variable}>
											<code>{field.variable}</code>: {field.value}
										</li>
									))}
								</ul>
							</dd>
						</div>
						<div>
							<dt>Execution log</dt>
							<dd>{fault.noExecutionLog ?? <pre>{traces.executionLog.join('\n')}</pre>}</dd>
						</div>
						<div>
							<dt>Metrics</dt>
							<dd>
								<ul>
									{traces.metrics.map((metric) => (
										<li key={metric}>{metric}</li>
									))}
								</ul>
							</dd>
						</div>
						<div>
							<dt>The backend’s own logs</dt>
							<dd>{traces.targetLogs}</dd>
						</div>
					</dl>
				)}
				{view === 'fix' && (
					<>
						<p className="fault-panel__fix">{fault.fix}</p>
						<button type="button" className="island-button" onClick={onClear}>
							Fix it: back to a request that gets through
						</button>
						<ul className="fault-panel__links">
							<li>
								Troubleshooting: <a href={withBase(`troubleshooting/#${fault.troubleshooting}`)}>the entry for this symptom</a>
							</li>
							<li>
								Chapter: <a href={withBase(fault.chapter.path)}>{fault.chapter.label}</a>
							</li>
							{fault.sources.map((source) => (
								<li key={source.url}>
									Source: <a href={source.url}>{source.title}</a>
								</li>
							))}
						</ul>
					</>
				)}
			</div>
		</section>
	);
}
