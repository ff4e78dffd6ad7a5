import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SetupView } from '../../cross-account/setup-view.ts';
import { CHOICES, DEFAULT_CONFIGURATION, FIELDS, fieldApplies, LABELS, type Configuration, type Field } from '../../cross-account/model.ts';
import { mentionsExplorer, parseUrlState, toSearch, type UrlState } from '../../cross-account/url-state.ts';
import { viewModule } from '../../cross-account/view-loader.ts';
import ChoiceGroups from '../shared/ChoiceGroups.tsx';
import IslandHeader from '../shared/IslandHeader.tsx';
import { below } from '../shared/Heading.tsx';
import HopList from '../shared/HopList.tsx';
import PlayerControls from '../shared/PlayerControls.tsx';
import ShownPath from '../shared/ShownPath.tsx';
import UrlNotice from '../shared/UrlNotice.tsx';
import { useExplorer } from '../shared/useExplorer.ts';
import { useIdPrefix } from '../shared/useIdPrefix.ts';
import { useUrlSync } from '../shared/useUrlSync.ts';
import AccountSetupList from './AccountSetupList.tsx';
import BlockedLinkPanel from './BlockedLinkPanel.tsx';
import CrossAccountDiagram from './CrossAccountDiagram.tsx';
import VerdictNote from './VerdictNote.tsx';
// What every island shares (choices, player, hop list, notices, the drawing's nodes) first, then this island's own.
import '../shared/island.css';
import './cross-account.css';

type ViewModule = typeof import('../../cross-account/setup-view.ts');
const computeView = (module: ViewModule, config: Configuration): SetupView => module.setupView(config);
const pathOf = (view: SetupView) => view.path;

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
 * stepped hop by hop between them. Everything it shows comes from src/cross-account/; this only
 * keeps the state. The first render depends on props alone, because Astro renders it on the server.
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
	const explorer = useExplorer({
		module: viewModule,
		compute: computeView,
		request: config,
		requestKey: FIELDS.map((field) => config[field]).join(' '),
		pathOf,
		idPrefix: prefix,
	});
	const { view, loading, failed, player, dispatch, hop } = explorer;
	// Below the drawing, what each account sets up follows a change a moment later, like the hop list.
	const setup = useDeferredValue(view.setup);

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
	const previewId = `${prefix}-preview`;
	const impossible = view.verdict.status === 'impossible';
	const label = loading ? (failed ? 'Could not load this choice; check the connection, then reload the page. Still showing:' : 'Loading; still showing:') : impossible ? 'Preview: what works instead:' : 'Showing:';

	return (
		<div
			className="island cross-account not-content"
			data-cross-account-explorer=""
			data-hydrated={hydrated ? 'true' : undefined}
			id={prefix}
		>
			<IslandHeader level={headingLevel} title={title} embed={embed} />
			{syncUrl && <UrlNotice notices={notices} onDismiss={dismissNotices} />}
			{/* The API choice belongs to the backend pattern: with the other pattern it stays in view, disabled, and says why. */}
			{/* Reaching for the choices is the moment to fetch the core that works out every other choice. */}
			<div onPointerEnter={explorer.prefetch} onFocus={explorer.prefetch} onTouchStart={explorer.prefetch}>
				<ChoiceGroups
					choices={CHOICES}
					labels={LABELS}
					config={config}
					onChange={choose}
					idPrefix={prefix}
					noteFor={(field) => (fieldApplies(field, config) ? undefined : 'Only for the backend pattern')}
					className="cross-account__choices island__controls"
				/>
			</div>
			{view.verdict.status === 'impossible' && view.blocked && (
				<BlockedLinkPanel verdict={view.verdict} blocked={view.blocked} alternative={view.alternativeDescription!} onApply={applyAlternative} headingLevel={subLevel} idPrefix={prefix} />
			)}
			<ShownPath preview={impossible} id={previewId} label={label} description={view.description} lineRef={showing}>
				<VerdictNote verdict={view.shownVerdict ?? (view.verdict as NonNullable<SetupView['shownVerdict']>)} />
				<PlayerControls player={player} dispatch={dispatch} title={hop!.title} hydrated={hydrated} idPrefix={prefix} />
				<div className={loading ? 'cross-account__stage is-stale' : 'cross-account__stage'} aria-busy={loading}>
					<CrossAccountDiagram drawings={view.drawings} descriptions={view.descriptions} summary={view.summary} hop={hop!} idPrefix={prefix} onKeyDown={explorer.onKeyDown} />
					<HopList
						hops={explorer.list.hops}
						step={explorer.list.step}
						onSeek={explorer.seek}
						hydrated={hydrated}
						id={hopListId}
						idPrefix={prefix}
						onKeyDown={explorer.onKeyDown}
					/>
				</div>
				<AccountSetupList setup={setup} headingLevel={subLevel} />
			</ShownPath>
			{explorer.pageData}
		</div>
	);
}
