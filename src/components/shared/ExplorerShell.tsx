import type { ComponentProps, ReactNode, Ref } from 'react';
import IslandHeader from './IslandHeader.tsx';

interface Props {
	/** The island's own class and data attribute, beside the shared `island explorer`. */
	className: string;
	dataAttribute: `data-${string}`;
	id: string;
	rootRef?: Ref<HTMLDivElement>;
	hydrated: boolean;
	/** The heading, and what its Embed button offers. */
	heading: ComponentProps<typeof IslandHeader>;
	/** A notice about the address the island was opened with, if it reads one. */
	notice?: ReactNode;
	/** What the choices say in one line when folded on a phone: "Setup:", the choice in words, and a flag such as "(not supported)". */
	summary: { label: string; text: string; flag?: string };
	choices: ReactNode;
	/** Called when the reader reaches for the choices: the moment to fetch the core that works out other setups. */
	onIntent: () => void;
	/** The line that says what is shown ("Showing:", "Loading:"…), and a ref to return the focus to it. */
	showingLabel: string;
	showing: ReactNode;
	showingRef: Ref<HTMLParagraphElement>;
	/** A control between that line and the stage that changes what the stage plays (the topology explorer's "What can go wrong"). */
	modes?: ReactNode;
	/** Put `modes` under the stage instead, for a page whose first screen must show the drawing. */
	modesAfterStage?: boolean;
	/** The stage shows a panel with more to say than a hop (a fault): it gets more room, the drawing a little less. */
	roomyPanel?: boolean;
	/** The stage: player, drawing and step panel (or what stands for it), kept on screen together. */
	stageRef: Ref<HTMLDivElement>;
	/** A new setup's view is on its way: the stage shows the last one, faded, and says it is busy. */
	loading: boolean;
	player?: ReactNode;
	figure: ReactNode;
	panel: ReactNode;
	legend: ReactNode;
	/** What follows the stage: the full hop list and the island's own sections. */
	children: ReactNode;
	/** The page's copy of the opening view (see useSetupView). */
	pageData: ReactNode;
}

/**
 * The layout both explorers share: heading, the choices (folded into one line on a phone), the
 * line that says what is shown, the stage, the legend, then the full hop list and the island's own
 * sections. Renders only; the state is useExplorer's. Styles: ./explorer.css.
 */
export default function ExplorerShell(props: Props) {
	const { className, dataAttribute, id, rootRef, hydrated, loading } = props;
	return (
		<div className={`island explorer ${className} not-content`} {...{ [dataAttribute]: '' }} data-hydrated={hydrated ? 'true' : undefined} id={id} ref={rootRef}>
			<IslandHeader {...props.heading} />
			{props.notice}
			<details className="explorer__setup island__controls" onPointerEnter={props.onIntent} onFocus={props.onIntent} onTouchStart={props.onIntent}>
				{/* On a phone the choices fold into one line that says what is chosen; wider, they are always open. */}
				<summary>
					<span>
						<span className="explorer__setup-label">{props.summary.label}</span> {props.summary.text}
						{props.summary.flag && <span className="explorer__setup-flag"> {props.summary.flag}</span>}
					</span>
					<span className="explorer__setup-change">Change</span>
				</summary>
				{props.choices}
			</details>
			<p className="explorer__showing" ref={props.showingRef} tabIndex={-1}>
				<span className="explorer__showing-label">{props.showingLabel}</span> {props.showing}
			</p>
			{!props.modesAfterStage && props.modes}
			<div className={`explorer__stage${props.roomyPanel ? ' explorer__stage--roomy' : ''}${loading ? ' is-stale' : ''}`} ref={props.stageRef} aria-busy={loading}>
				{props.player}
				{props.figure}
				{props.panel}
			</div>
			{props.modesAfterStage && props.modes}
			{props.legend}
			{props.children}
			{props.pageData}
		</div>
	);
}
