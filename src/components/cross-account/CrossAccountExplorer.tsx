import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SetupView } from '../../cross-account/setup-view.ts';
import { CHOICES, DEFAULT_CONFIGURATION, FIELDS, fieldApplies, LABELS, summarizeConfiguration, type Configuration, type Field } from '../../cross-account/model.ts';
import { mentionsExplorer, parseUrlState, toSearch, type UrlState } from '../../cross-account/url-state.ts';
import { viewModule } from '../../cross-account/view-loader.ts';
import { oneChangeAway } from '../../explorer/one-change-away.ts';
import ChoiceGroups from '../shared/ChoiceGroups.tsx';
import { DiagramLegend, OwnerKey } from '../shared/DiagramKey.tsx';
import ExplorerShell from '../shared/ExplorerShell.tsx';
import Heading, { below } from '../shared/Heading.tsx';
import HopList from '../shared/HopList.tsx';
import PlayerControls from '../shared/PlayerControls.tsx';
import StepPanel from '../shared/StepPanel.tsx';
import UrlNotice from '../shared/UrlNotice.tsx';
import { useExplorer } from '../shared/useExplorer.ts';
import { useIdPrefix } from '../shared/useIdPrefix.ts';
import { useOrientation } from '../shared/useOrientation.ts';
import { useUrlSync } from '../shared/useUrlSync.ts';
import AccountSetupList from './AccountSetupList.tsx';
import CrossAccountDiagram from './CrossAccountDiagram.tsx';
import VerdictNote from './VerdictNote.tsx';
// What every island shares (choices, player, hop list, notices, the drawing's nodes), then what both explorers share, then this island's own.
import '../shared/island.css';
import '../shared/explorer.css';
import './cross-account.css';

type ViewModule = typeof import('../../cross-account/setup-view.ts');
const computeView = (module: ViewModule, config: Configuration): SetupView => module.setupView(config);
const pathOf = (view: SetupView) => view.path;
const nameOf = (config: Configuration) => FIELDS.map((field) => config[field]).join(' ');
/** The choices a reader can make next: the API only counts for the pattern it belongs to. */
const oneClickAway = (config: Configuration) => oneChangeAway(CHOICES, config).flatMap((next) => (fieldApplies(next.field, config) ? [next.config] : []));

/** Only a reader who picks the direct link needs its drawing and the panel that says why; they are fetched with the core. */
const loadBlockedFigure = () => import('./BlockedLinkFigure.tsx');
const loadBlockedPanel = () => import('./BlockedLinkPanel.tsx');
const BlockedLinkFigure = lazy(loadBlockedFigure);
const BlockedLinkPanel = lazy(loadBlockedPanel);

/**
 * Below this width (CSS px) the drawing turns to its phone layout: the wide one is 1,000 units
 * across with 21-unit text, so narrower than 620px its text would drop under 13px. The same number
 * as the topology explorer's, which shared/explorer.css uses.
 */
const TALL_BELOW = 620;

/**
 * The explorer's state from the address. A link about the explorer may name any choice and hop,
 * and counting a path's hops takes the core, so it waits for the module that has it; any other
 * address needs nothing but the defaults.
 */
async function readAddress(search: string): Promise<UrlState> {
	// Without the core no path can be counted: any hop is taken as given, and the player keeps it within the path.
	const uncounted = () => Number.MAX_SAFE_INTEGER;
	if (!mentionsExplorer(search)) return parseUrlState(search, uncounted);
	// Offline, the link is still read; the island then says it could not load the choice.
	return viewModule.load().then(
		(module) => module.readAddress(search),
		() => parseUrlState(search, uncounted),
	);
}

export interface CrossAccountExplorerProps {
	/** Read the view from the address on load and keep the address up to date, so it can be shared. */
	syncUrl?: boolean;
	/** Prefix for the ids inside the island; React's own id is used when absent. Must be unique on the page. */
	idPrefix?: string;
	/** The island's heading. */
	title?: string;
	/** The level of that heading, to fit the page's outline; the explorer's own sections sit one level below. */
	headingLevel?: 1 | 2 | 3 | 4;
	/** Show the Embed button; off on the embed page itself. */
	embeddable?: boolean;
	/** The choices to start from, over the defaults (the backend pattern with an HTTP API). */
	preset?: Partial<Configuration>;
}

/**
 * The cross-account explorer: two AWS accounts side by side, and a request and its response
 * stepped hop by hop between them, with the drawing and the current hop's explanation on screen
 * together. Everything it shows comes from src/cross-account/; this only keeps the state. The
 * first render depends on props alone, because Astro renders it on the server.
 */
export default function CrossAccountExplorer({
	syncUrl = false,
	idPrefix,
	title = 'Follow a request from one AWS account to another',
	headingLevel = 3,
	preset,
	embeddable = true,
}: CrossAccountExplorerProps) {
	const prefix = useIdPrefix(idPrefix, 'cross-account');
	const [config, setConfig] = useState<Configuration>(() => ({ ...DEFAULT_CONFIGURATION, ...preset }));
	const root = useRef<HTMLDivElement>(null);
	const orientation = useOrientation(root, TALL_BELOW);
	const explorer = useExplorer({
		module: viewModule,
		compute: computeView,
		request: config,
		keyOf: nameOf,
		around: oneClickAway,
		pathOf,
		idPrefix: prefix,
	});
	const { view, loading, failed, player, dispatch, hop, list } = explorer;
	const impossible = view.verdict.status === 'impossible';
	// What follows the stage follows a change a moment later (see useExplorer).
	const later = explorer.below;
	const prefetch = useCallback(() => {
		explorer.prefetch();
		void loadBlockedFigure();
		void loadBlockedPanel();
	}, [explorer.prefetch]);

	// The address is read once, on mount; from then on the explorer writes it.
	const { hydrated, notices, dismissNotices, writeSearch } = useUrlSync(syncUrl, readAddress, (state) => {
		setConfig(state.config);
		// A link about the explorer was read with the core (see readAddress), so its path can be counted.
		dispatch({ type: 'reset', total: viewModule.current()?.setupView(state.config).hops.length ?? 1, step: state.step });
	});
	useEffect(() => {
		if (hydrated) writeSearch((search) => toSearch(config, player.step, search));
	}, [hydrated, writeSearch, config, player.step]);

	const choose = useCallback(
		<F extends Field>(field: F, value: Configuration[F]) => {
			setConfig((current) => ({ ...current, [field]: value }));
			// Another pattern is another journey: it starts from its first hop. Switching the API
			// type keeps the hop, so the same step can be compared in both.
			if (field === 'pattern') dispatch({ type: 'seek', step: 0 });
		},
		[dispatch],
	);
	const showing = useRef<HTMLParagraphElement>(null);
	const applyAlternative = useCallback((alternative: Configuration) => {
		flushSync(() => setConfig(alternative));
		// The button just went away with its panel: keep the reader's place on what now shows.
		showing.current?.focus();
	}, []);

	const subLevel = below(headingLevel);
	// The Embed button offers the view as it is now.
	const embed = embeddable ? { kind: 'cross-account', view: toSearch(config, player.step), steps: view.hops.length } as const : undefined;
	const hopListId = `${prefix}-hops`;
	const summaryId = `${prefix}-diagram-summary`;
	// The same array while the view and the width stay, so the drawing's boxes are not worked out again on every step.
	const drawings = useMemo(() => (orientation ? [orientation] : (['wide', 'tall'] as const)).map((o) => ({ orientation: o, diagram: view.drawings[o] })), [orientation, view]);

	return (
		<ExplorerShell
			className="cross-account"
			dataAttribute="data-cross-account-explorer"
			id={prefix}
			rootRef={root}
			hydrated={hydrated}
			heading={{ level: headingLevel, title, embed }}
			notice={syncUrl && <UrlNotice notices={notices} onDismiss={dismissNotices} />}
			summary={{ label: 'Pattern:', text: summarizeConfiguration(config), flag: !loading && impossible ? '(not possible)' : undefined }}
			choices={
				// The API choice belongs to the backend pattern: with the other pattern it stays in view, disabled, and says why.
				<ChoiceGroups
					choices={CHOICES}
					labels={LABELS}
					config={config}
					onChange={choose}
					idPrefix={prefix}
					noteFor={(field) => (fieldApplies(field, config) ? undefined : 'Only for the backend pattern')}
					className="cross-account__choices"
				/>
			}
			onIntent={prefetch}
			showingLabel={loading ? (failed ? 'Could not load:' : 'Loading:') : impossible ? 'Not possible:' : 'Showing:'}
			showing={
				<>
					{loading ? summarizeConfiguration(config) : view.description}
					{failed && '. Check the connection, then reload the page.'}
				</>
			}
			showingRef={showing}
			stageRef={explorer.stage}
			loading={loading}
			player={!impossible && <PlayerControls player={player} dispatch={explorer.step} title={hop!.title} hydrated={hydrated} idPrefix={prefix} />}
			figure={
				impossible && view.blocked ? (
					<Suspense>
						<BlockedLinkFigure diagram={view.blocked} idPrefix={prefix} />
					</Suspense>
				) : (
					<CrossAccountDiagram drawings={drawings} descriptions={view.descriptions} hop={hop!} describedBy={summaryId} idPrefix={prefix} onKeyDown={explorer.onStageKeyDown} />
				)
			}
			panel={
				view.verdict.status === 'impossible' ? (
					<Suspense>
						<BlockedLinkPanel verdict={view.verdict} alternative={view.alternativeDescription!} onApply={applyAlternative} headingLevel={subLevel} idPrefix={prefix} />
					</Suspense>
				) : (
					<StepPanel hop={hop!} previous={view.hops[player.step - 1]} step={player.step} total={view.hops.length} detailsId={`${prefix}-${hop!.id}`} idPrefix={prefix} />
				)
			}
			legend={
				!impossible && (
					<DiagramLegend>
						<OwnerKey owner="client">The caller’s side</OwnerKey>
						<OwnerKey owner="aws">Run by AWS</OwnerKey>
						<OwnerKey owner="vpc">The consumer’s VPC</OwnerKey>
						<OwnerKey owner="other">The provider’s VPC</OwnerKey>
						<li>
							<span className="legend-swatch legend-swatch--crossing" aria-hidden="true" /> Dashed: between the accounts, over AWS PrivateLink
						</li>
					</DiagramLegend>
				)
			}
			pageData={explorer.pageData}
		>
			{later.verdict.status !== 'impossible' && (
				<>
					<VerdictNote verdict={later.verdict} />
					<p className="cross-account__summary" id={summaryId}>
						{later.summary}
					</p>
					<Heading level={subLevel}>Every hop in full</Heading>
					<HopList hops={list.hops} step={list.step} onSeek={explorer.seek} hydrated={hydrated} allOpen id={hopListId} idPrefix={prefix} onKeyDown={explorer.onKeyDown} />
					<AccountSetupList setup={later.setup} headingLevel={subLevel} />
				</>
			)}
		</ExplorerShell>
	);
}
