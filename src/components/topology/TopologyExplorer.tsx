import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { oneChangeAway } from '../../explorer/one-change-away.ts';
import { describeConfiguration, summarizeConfiguration } from '../../topology/describe.ts';
import { hopCount } from '../../topology/hop-count.ts';
import { CHOICES, DEFAULT_CONFIGURATION, FIELDS, LABELS, type Configuration, type Field } from '../../topology/model.ts';
import type { SetupView } from '../../topology/setup-view.ts';
import { mentionsExplorer, toSearch, type UrlState } from '../../topology/url-state.ts';
import { viewModule } from '../../topology/view-loader.ts';
import { withBase } from '../../utils/base.ts';
import ChoiceGroups from '../shared/ChoiceGroups.tsx';
import ExplorerShell from '../shared/ExplorerShell.tsx';
import { DiagramCaption, DiagramLegend, OwnerKey, useExplained } from '../shared/DiagramKey.tsx';
import Heading, { below } from '../shared/Heading.tsx';
import HopList from '../shared/HopList.tsx';
import PlayerControls from '../shared/PlayerControls.tsx';
import StepPanel from '../shared/StepPanel.tsx';
import UrlNotice from '../shared/UrlNotice.tsx';
import { useIdPrefix } from '../shared/useIdPrefix.ts';
import { useOrientation } from '../shared/useOrientation.ts';
import { useExplorer } from '../shared/useExplorer.ts';
import { useUrlSync } from '../shared/useUrlSync.ts';
import FaultControl from './FaultControl.tsx';
import SecurityGroups from './SecurityGroups.tsx';
import { FaultPanel, loadFaultParts } from './fault-parts.ts';
import TopologyDiagram from './TopologyDiagram.tsx';
// What every island shares (choices, player, hop list, notices, the drawing's nodes), then what both explorers share, then this island's own.
import '../shared/island.css';
import '../shared/explorer.css';
import './topology.css';

/** One empty list for every render, so memoised paths do not recompute for a new `[]`. */
const NOTHING_LOCKED: Field[] = [];

type ViewModule = typeof import('../../topology/setup-view.ts');

/** What a setup's view depends on: the setup, and what steers the nearest supported one when AWS does not support it. */
interface SetupRequest {
	config: Configuration;
	keep?: Field;
	fixed: readonly Field[];
}
const computeView = (module: ViewModule, { config, keep, fixed }: SetupRequest): SetupView => module.setupView(config, keep, fixed);
const nameOf = ({ config, keep, fixed }: SetupRequest) => [...FIELDS.map((field) => config[field]), keep, ...fixed].join(' ');
/** The choices a reader can make next: a fixed one cannot change, and the one changed steers the nearest supported setup. */
const oneClickAway = ({ config, fixed }: SetupRequest): SetupRequest[] =>
	oneChangeAway(CHOICES, config).flatMap((next) => (fixed.includes(next.field) ? [] : [{ config: next.config, keep: next.field, fixed }]));
/** Every choice the topology explorer offers can be made: what cannot be is fixed, and left out. */
const NO_NOTE = () => undefined;
/** The journey a view steps through: the setup drawn, or for an unsupported one its nearest supported one. */
const pathName = (view: SetupView) => FIELDS.map((field) => view.shown[field]).join(' ');

/** Only a reader who picks a setup AWS does not support needs the panel that says why; it is fetched with the core. */
const loadUnsupportedPanel = () => import('./UnsupportedPanel.tsx');
const UnsupportedPanel = lazy(loadUnsupportedPanel);

/** Whether the reader asked for less motion: a chosen fault then shows its failing hop at once rather than playing the way there. */
const prefersLessMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The state an address that says nothing about the explorer gives: the defaults. */
const UNTOUCHED: UrlState = { config: DEFAULT_CONFIGURATION, step: 0, notices: [], present: false };

/**
 * The explorer's state from the address. A link about the explorer may name any setup, hop and
 * fault, and reading it takes AWS's rules and the faults, so it waits for the module that has
 * them; any other address needs nothing but the defaults. If that module cannot load, the link
 * cannot be read, and the notice says so.
 */
async function readAddress(search: string): Promise<UrlState> {
	if (!mentionsExplorer(search)) return UNTOUCHED;
	return viewModule.load().then(
		(module) => module.readAddress(search),
		() => ({ ...UNTOUCHED, notices: ['The link could not be read: the explorer’s code did not load. Check the connection, then reload the page.'] }),
	);
}

/**
 * Below this width (CSS px) the drawing turns tall: the wide one is 1,000 units across with 21-unit
 * text, so narrower than 620px its text would drop under 13px. shared/explorer.css uses the same number.
 */
const TALL_BELOW = 620;

export interface TopologyExplorerProps {
	/** The choices to start from, over the explorer's defaults (REST API, VPC link V2, ALB, ECS, public client). */
	preset?: Partial<Configuration>;
	/** Choices a chapter about one setup fixes: named in one line ("API type: HTTP API, fixed in this chapter") rather than offered. */
	locked?: Field[];
	/** Read the view from the address on load and keep the address up to date, so it can be shared. Only for the full-page explorer. */
	syncUrl?: boolean;
	/** The island's heading. */
	title?: string;
	/** The level of that heading, to fit the page's outline; the explorer's own sections sit one level below. 1 is for an embed page, where the island is the page. */
	headingLevel?: 1 | 2 | 3 | 4;
	/** Show the Embed button; off on the embed page itself. */
	embeddable?: boolean;
	/** Prefix for the ids inside the island; React's own id is used when absent. */
	idPrefix?: string;
	/** Put "What can go wrong" and Build this under the stage rather than above it, for a page whose first screen must show the drawing (the landing page). */
	faultsAfterStage?: boolean;
}

/**
 * The topology explorer: choose a setup, see its components, and step a request and its response
 * along the real path, with the drawing and the current hop's explanation on screen together.
 * Everything it shows comes from src/topology/; this only keeps the state.
 * The first render depends on props alone, because Astro renders it on the server too.
 */
export default function TopologyExplorer({
	preset,
	locked = NOTHING_LOCKED,
	syncUrl = false,
	title = 'Follow a request to your private backend',
	headingLevel = 3,
	idPrefix,
	embeddable = true,
	faultsAfterStage = false,
}: TopologyExplorerProps) {
	const prefix = useIdPrefix(idPrefix, 'topology');
	const [config, setConfig] = useState<Configuration>(() => ({ ...DEFAULT_CONFIGURATION, ...preset }));
	/** The field the reader changed last: the nearest supported setup keeps it if it can. */
	const [lastChanged, setLastChanged] = useState<Field>();
	const root = useRef<HTMLDivElement>(null);
	const orientation = useOrientation(root, TALL_BELOW);

	/** The fault the reader chose, by id; it shows only on a setup where it can happen. */
	const [fault, setFault] = useState<string>();
	/**
	 * Turns true once the core is here, so the list of faults, which comes with it, renders. A state
	 * rather than the module's presence, which differs between the server (where the core is
	 * always imported) and the browser, so the first render matches the page.
	 */
	const [coreHere, setCoreHere] = useState(false);
	// The view of the setup chosen only: the last one, still shown while the new one loads, keeps
	// its own path, so the player's place from a link survives the wait.
	const journeyOf = useCallback((shown: SetupView) => (fault ? viewModule.current()?.journeyFor(shown, config, fault) : undefined), [fault, config]);
	const hopsOf = useCallback((shown: SetupView) => journeyOf(shown)?.hops ?? shown.hops, [journeyOf]);
	const pathOf = useCallback((shown: SetupView) => (journeyOf(shown) ? `${pathName(shown)} ${fault}` : pathName(shown)), [journeyOf, fault]);

	const request = useMemo<SetupRequest>(() => ({ config, keep: lastChanged, fixed: locked }), [config, lastChanged, locked]);
	const explorer = useExplorer({
		module: viewModule,
		compute: computeView,
		request,
		keyOf: nameOf,
		around: oneClickAway,
		pathOf,
		hopsOf,
		idPrefix: prefix,
	});
	const { view, loading, failed, player, dispatch, hop, list } = explorer;
	const supported = view.validity.valid;
	const journey = journeyOf(view);
	const prefetch = useCallback(() => {
		explorer.prefetch();
		void loadUnsupportedPanel();
	}, [explorer.prefetch]);
	const prefetchFaults = useCallback(() => {
		void viewModule.load().then(
			() => setCoreHere(true),
			() => undefined,
		);
		void loadFaultParts();
	}, []);
	/**
	 * Set when the reader chooses a fault: once its journey is drawn, the player replays it to the
	 * hop where the request dies, and the stage is brought into view again there, as the fault's
	 * panel is taller than a hop's.
	 */
	const replay = useRef(false);
	const revealAtEnd = useRef(false);
	const chooseFault = useCallback((id: string | undefined) => {
		replay.current = revealAtEnd.current = id !== undefined;
		setFault(id);
	}, []);
	useEffect(() => {
		if (!replay.current || !journey) return;
		replay.current = false;
		explorer.step(prefersLessMotion() ? { type: 'seek', step: journey.hops.length - 1 } : { type: 'replay' });
	}, [journey, explorer.step]);
	const onFailingHop = journey && player.step === journey.hops.length - 1;
	useEffect(() => {
		if (!onFailingHop || !revealAtEnd.current) return;
		revealAtEnd.current = false;
		explorer.reveal();
	}, [onFailingHop, explorer.reveal]);
	/** Leaving fault mode from its panel: the panel goes, so the reader's place moves to the list it came from. */
	const clearFault = useCallback(() => {
		flushSync(() => chooseFault(undefined));
		document.getElementById(`${prefix}-fault`)?.focus();
	}, [chooseFault, prefix]);
	const drawings = orientation ? [view.drawings[orientation]] : [view.drawings.wide, view.drawings.tall];
	const [explained, onExplain] = useExplained(drawings[0]!.nodes);

	// The address is read once, on mount; from then on the explorer writes it, without the page's other parameters.
	const { hydrated, notices, dismissNotices, writeSearch } = useUrlSync(syncUrl, readAddress, (state: UrlState) => {
		const next = { ...state.config };
		for (const field of locked) Object.assign(next, { [field]: config[field] });
		setConfig(next);
		setFault(state.fault);
		// A link about the explorer was read with the core (see readAddress), so the path it draws can be counted.
		dispatch({ type: 'reset', total: viewModule.current()?.hopsDrawn(next, locked, state.fault) ?? hopCount(next), step: state.step });
	});
	/** The fault shown: the one chosen, when it can happen in this setup. */
	const shownFault = journey ? fault : undefined;
	useEffect(() => {
		if (hydrated) writeSearch((search) => toSearch(config, player.step, search, shownFault));
	}, [hydrated, writeSearch, config, player.step, shownFault]);

	const choose = useCallback(<F extends Field>(field: F, value: Configuration[F]) => {
		setConfig((current) => ({ ...current, [field]: value }));
		setLastChanged(field);
	}, []);
	const showing = useRef<HTMLParagraphElement>(null);
	const applyAlternative = useCallback((alternative: Configuration) => {
		flushSync(() => {
			setConfig(alternative);
			setLastChanged(undefined);
		});
		// The button just went away with its panel: keep the reader's place on what now shows.
		showing.current?.focus();
	}, []);

	const subLevel = below(headingLevel);
	// The Embed button offers the view as it is now.
	const embed = embeddable ? ({ kind: 'topology', view: toSearch(config, player.step, '', shownFault), steps: explorer.hops.length } as const) : undefined;
	const hopListId = `${prefix}-hops`;
	const unsupportedId = `${prefix}-unsupported`;
	const core = coreHere || fault ? viewModule.current() : undefined;
	const stepPanel = (
		<StepPanel hop={hop!} previous={explorer.hops[player.step - 1]} step={player.step} total={explorer.hops.length} detailsId={`${prefix}-${hop?.id}`} idPrefix={prefix} />
	);

	// Build this opens the templates of what is drawn; while a new setup loads, that is still the last one.
	const build = supported && (
		<a className="island-button island__build" href={withBase(view.templates)}>
			Build this<span className="sr-only">: templates for the setup on screen</span>
		</a>
	);

	return (
		<ExplorerShell
			className="topology"
			dataAttribute="data-topology-explorer"
			id={prefix}
			rootRef={root}
			hydrated={hydrated}
			heading={{
				level: headingLevel,
				title,
				embed,
				actions: !faultsAfterStage && build,
			}}
			notice={syncUrl && <UrlNotice notices={notices} onDismiss={dismissNotices} />}
			summary={{ label: 'Setup:', text: summarizeConfiguration(config), flag: !loading && !supported ? '(not supported)' : undefined }}
			choices={
				<ChoiceGroups
					choices={CHOICES}
					labels={LABELS}
					config={config}
					onChange={choose}
					idPrefix={prefix}
					noteFor={NO_NOTE}
					fixed={locked}
					fixedLabel="fixed in this chapter"
					clashing={loading || supported ? undefined : view.clashing}
				/>
			}
			onIntent={prefetch}
			showingLabel={loading ? (failed ? 'Could not load:' : 'Loading:') : supported ? 'Showing:' : 'Not supported:'}
			showing={
				<>
					{describeConfiguration(config)}
					{journey && <span className="explorer__showing-fault">, with a fault: {journey.fault.title}</span>}
					{failed && '. Check the connection, then reload the page.'}
				</>
			}
			showingRef={showing}
			roomyPanel={!!onFailingHop}
			modesAfterStage={faultsAfterStage}
			modes={
				<>
					<FaultControl
						groups={core && supported ? core.faultGroups(view.shown) : undefined}
						value={shownFault}
						note={core && !loading ? core.faultListNote(!supported, journey ? undefined : fault) : undefined}
						unsupported={!loading && !supported}
						onChange={chooseFault}
						onIntent={prefetchFaults}
						idPrefix={prefix}
					/>
					{faultsAfterStage && build}
				</>
			}
			stageRef={explorer.stage}
			loading={loading}
			player={supported && <PlayerControls player={player} dispatch={explorer.step} title={hop!.title} hydrated={hydrated} idPrefix={prefix} />}
			figure={
				<figure className="explorer-diagram">
					{drawings.map((topology) => (
						<div key={topology.orientation} className={`explorer-diagram__canvas explorer-diagram__canvas--${topology.orientation}`}>
							<TopologyDiagram
								topology={topology}
								securityGroups={view.securityGroups}
								hop={supported ? hop : undefined}
								describedBy={supported ? hopListId : unsupportedId}
								idPrefix={prefix}
								onKeyDown={supported ? explorer.onStageKeyDown : undefined}
								onExplain={onExplain}
								fault={journey}
							/>
						</div>
					))}
					<DiagramCaption explained={explained} />
				</figure>
			}
			panel={
				view.validity.valid ? (
					onFailingHop ? (
						<Suspense fallback={stepPanel}>
							<FaultPanel journey={journey} step={player.step} onClear={clearFault} idPrefix={prefix} />
						</Suspense>
					) : (
						stepPanel
					)
				) : (
					<Suspense>
						<UnsupportedPanel validity={view.validity} templates={view.templates} onApply={applyAlternative} headingLevel={subLevel} idPrefix={prefix} />
					</Suspense>
				)
			}
			legend={
				<DiagramLegend>
					<OwnerKey owner="client">The caller’s side</OwnerKey>
					<OwnerKey owner="aws">Run by AWS</OwnerKey>
					<OwnerKey owner="vpc">Your VPC</OwnerKey>
					<li>
						<span className="legend-swatch legend-swatch--security-group" aria-hidden="true" /> A security group, lit on a request hop whose rules it decides
					</li>
					<li>
						<span className="legend-swatch legend-swatch--lookup" aria-hidden="true" /> A lookup API Gateway makes (Cloud Map), not the request
					</li>
					<li>Requests may use either Availability Zone; the walk-through follows zone A</li>
					<li>With a fault chosen: in red, what is at fault, and ✕ where the request dies</li>
				</DiagramLegend>
			}
			pageData={explorer.pageData}
		>
			{/* What follows the stage follows a change a moment later (see useExplorer). */}
			{explorer.below.validity.valid && (
				<>
					<Heading level={subLevel}>Every hop in full</Heading>
					<HopList hops={list.hops} step={list.step} onSeek={explorer.seek} hydrated={hydrated} allOpen id={hopListId} idPrefix={prefix} onKeyDown={explorer.onKeyDown} />
				</>
			)}
			<SecurityGroups rules={explorer.below.securityGroups} headingLevel={subLevel} />
		</ExplorerShell>
	);
}
