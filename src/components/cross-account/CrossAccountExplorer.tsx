import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { describeConfiguration } from '../../cross-account/describe.ts';
import { buildHops } from '../../cross-account/hops.ts';
import { DEFAULT_CONFIGURATION, type Configuration, type Field } from '../../cross-account/model.ts';
import { assess, pathKey, shownConfiguration } from '../../cross-account/rules.ts';
import { accountSetup } from '../../cross-account/setup.ts';
import { parseUrlState, toSearch } from '../../cross-account/url-state.ts';
import Heading from '../topology/Heading.tsx';
import HopList from '../topology/HopList.tsx';
import PlayerControls from '../topology/PlayerControls.tsx';
import UrlNotice from '../topology/UrlNotice.tsx';
import { stepKeys, usePlayer } from '../topology/usePlayer.ts';
import AccountSetupList from './AccountSetupList.tsx';
import BlockedLinkPanel from './BlockedLinkPanel.tsx';
import CrossAccountDiagram from './CrossAccountDiagram.tsx';
import PatternControls from './PatternControls.tsx';
import VerdictNote from './VerdictNote.tsx';
// The topology explorer's stylesheet styles the shared parts (choices, player, hop list, notices).
import '../topology/topology.css';
import './cross-account.css';

export interface CrossAccountExplorerProps {
	/** Read the view from the address on load and keep the address up to date, so it can be shared. */
	syncUrl?: boolean;
	/** Prefix for the ids inside the island; React's own id is used when absent. Must be unique on the page. */
	idPrefix?: string;
	/** The island's heading. */
	title?: string;
	/** The level of that heading, to fit the page's outline; the explorer's own sections sit one level below. */
	headingLevel?: 2 | 3;
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
}: CrossAccountExplorerProps) {
	const reactId = useId();
	// React's ids contain characters that would need escaping inside url(#…) references.
	const prefix = idPrefix ?? `cross-account-${reactId.replace(/[^\w-]/g, '')}`;
	const [config, setConfig] = useState<Configuration>(() => ({ ...DEFAULT_CONFIGURATION, ...preset }));
	const [notices, setNotices] = useState<string[]>([]);
	const [hydrated, setHydrated] = useState(false);

	const verdict = useMemo(() => assess(config), [config]);
	const shown = useMemo(() => shownConfiguration(config), [config]);
	const hops = useMemo(() => buildHops(shown), [shown]);
	const setup = useMemo(() => accountSetup(shown), [shown]);
	const [player, dispatch] = usePlayer(pathKey(config), hops.length);
	const hop = hops[player.step]!;
	const onKeyDown = useMemo(() => stepKeys(dispatch), [dispatch]);

	// Once, on mount: the address is read here only; from then on the explorer writes it.
	useEffect(() => {
		setHydrated(true);
		if (!syncUrl) return;
		const state = parseUrlState(window.location.search);
		setNotices(state.notices);
		if (!state.present) return;
		setConfig(state.config);
		dispatch({ type: 'reset', total: buildHops(state.config).length, step: state.step });
	}, []);

	useEffect(() => {
		if (!syncUrl || !hydrated) return;
		const { pathname, search, hash } = window.location;
		window.history.replaceState(window.history.state, '', `${pathname}${toSearch(config, player.step, search)}${hash}`);
	}, [syncUrl, hydrated, config, player.step]);

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

	const subLevel = headingLevel === 2 ? 3 : 4;
	const hopListId = `${prefix}-hops`;
	const previewId = `${prefix}-preview`;
	const impossible = verdict.status === 'impossible';
	const shownVerdict = impossible ? assess(shown) : verdict;

	return (
		<div
			className="topology cross-account not-content"
			data-cross-account-explorer=""
			data-hydrated={hydrated ? 'true' : undefined}
			id={prefix}
		>
			<Heading level={headingLevel} className="topology__title">
				{title}
			</Heading>
			{syncUrl && <UrlNotice notices={notices} onDismiss={() => setNotices([])} />}
			<PatternControls config={config} onChange={choose} idPrefix={prefix} />
			{verdict.status === 'impossible' && <BlockedLinkPanel verdict={verdict} onApply={applyAlternative} headingLevel={subLevel} idPrefix={prefix} />}
			<div
				className={impossible ? 'topology__path topology__path--preview' : 'topology__path'}
				role={impossible ? 'group' : undefined}
				aria-labelledby={impossible ? previewId : undefined}
			>
				<p className="topology__showing" id={previewId} ref={showing} tabIndex={-1}>
					<span className="topology__showing-label">{impossible ? 'Preview: what works instead:' : 'Showing:'}</span> {describeConfiguration(shown)}
				</p>
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
			</div>
		</div>
	);
}
