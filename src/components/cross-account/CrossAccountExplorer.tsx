import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { describeConfiguration } from '../../cross-account/describe.ts';
import { buildHops } from '../../cross-account/hops.ts';
import { CHOICES, DEFAULT_CONFIGURATION, fieldApplies, LABELS, type Configuration, type Field } from '../../cross-account/model.ts';
import { assess, pathKey, shownConfiguration } from '../../cross-account/rules.ts';
import { accountSetup } from '../../cross-account/setup.ts';
import { parseUrlState, toSearch } from '../../cross-account/url-state.ts';
import ChoiceGroups from '../shared/ChoiceGroups.tsx';
import IslandHeader from '../shared/IslandHeader.tsx';
import { below } from '../shared/Heading.tsx';
import HopList from '../shared/HopList.tsx';
import PlayerControls from '../shared/PlayerControls.tsx';
import ShownPath from '../shared/ShownPath.tsx';
import UrlNotice from '../shared/UrlNotice.tsx';
import { useIdPrefix } from '../shared/useIdPrefix.ts';
import { useJourney } from '../shared/usePlayer.ts';
import { useUrlSync } from '../shared/useUrlSync.ts';
import AccountSetupList from './AccountSetupList.tsx';
import BlockedLinkPanel from './BlockedLinkPanel.tsx';
import CrossAccountDiagram from './CrossAccountDiagram.tsx';
import VerdictNote from './VerdictNote.tsx';
// What every island shares (choices, player, hop list, notices, the drawing's nodes) first, then this island's own.
import '../shared/island.css';
import './cross-account.css';

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

	const verdict = useMemo(() => assess(config), [config]);
	const shown = useMemo(() => shownConfiguration(config), [config]);
	const hops = useMemo(() => buildHops(shown), [shown]);
	const setup = useMemo(() => accountSetup(shown), [shown]);
	const { player, dispatch, onKeyDown } = useJourney(pathKey(config), hops.length);
	const hop = hops[player.step]!;

	// The address is read once, on mount; from then on the explorer writes it.
	const { hydrated, notices, dismissNotices, writeSearch } = useUrlSync(syncUrl, parseUrlState, (state) => {
		setConfig(state.config);
		dispatch({ type: 'reset', total: buildHops(state.config).length, step: state.step });
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
	const embed = embeddable ? { kind: 'cross-account', view: toSearch(config, player.step), steps: hops.length } as const : undefined;
	const hopListId = `${prefix}-hops`;
	const previewId = `${prefix}-preview`;
	const impossible = verdict.status === 'impossible';
	const shownVerdict = impossible ? assess(shown) : verdict;

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
			<ChoiceGroups
				choices={CHOICES}
				labels={LABELS}
				config={config}
				onChange={choose}
				idPrefix={prefix}
				noteFor={(field) => (fieldApplies(field, config) ? undefined : 'Only for the backend pattern')}
				className="cross-account__choices island__controls"
			/>
			{verdict.status === 'impossible' && <BlockedLinkPanel verdict={verdict} onApply={applyAlternative} headingLevel={subLevel} idPrefix={prefix} />}
			<ShownPath
				preview={impossible}
				id={previewId}
				label={impossible ? 'Preview: what works instead:' : 'Showing:'}
				description={describeConfiguration(shown)}
				lineRef={showing}
			>
				{shownVerdict.status !== 'impossible' && <VerdictNote verdict={shownVerdict} />}
				<PlayerControls player={player} dispatch={dispatch} title={hop.title} hydrated={hydrated} idPrefix={prefix} />
				<div className="cross-account__stage">
					<CrossAccountDiagram config={shown} hop={hop} idPrefix={prefix} onKeyDown={onKeyDown} />
					<HopList
						hops={hops}
						step={player.step}
						onSeek={(step) => dispatch({ type: 'seek', step })}
						hydrated={hydrated}
						id={hopListId}
						idPrefix={prefix}
						onKeyDown={onKeyDown}
					/>
				</div>
				<AccountSetupList setup={setup} headingLevel={subLevel} />
			</ShownPath>
		</div>
	);
}
