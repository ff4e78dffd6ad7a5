import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { buildHops } from '../../topology/hops.ts';
import { DEFAULT_CONFIGURATION, FIELDS, type Configuration, type Field } from '../../topology/model.ts';
import { pathFor } from '../../topology/rules.ts';
import { buildTopology } from '../../topology/topology.ts';
import { parseUrlState, toSearch } from '../../topology/url-state.ts';
import ChoiceControls from './ChoiceControls.tsx';
import { describeConfiguration } from '../../topology/describe.ts';
import Heading from './Heading.tsx';
import HopList from './HopList.tsx';
import PlayerControls from './PlayerControls.tsx';
import SecurityGroups from './SecurityGroups.tsx';
import TopologyDiagram from './TopologyDiagram.tsx';
import UnsupportedPanel from './UnsupportedPanel.tsx';
import UrlNotice from './UrlNotice.tsx';
import { stepKeys, usePlayer } from './usePlayer.ts';
import './topology.css';

export interface TopologyExplorerProps {
	/** The choices to start from, over the explorer's defaults (REST API, VPC link V2, ALB, ECS, public client). */
	preset?: Partial<Configuration>;
	/** Choices shown but not changeable, for a chapter about one setup; each gets the note "Fixed in this chapter". */
	locked?: Field[];
	/** Read the view from the address on load and keep the address up to date, so it can be shared. Only for the full-page explorer. */
	syncUrl?: boolean;
	/** The island's heading. */
	title?: string;
	/** The level of that heading, to fit the page's outline; the explorer's own sections sit one level below. */
	headingLevel?: 2 | 3;
	/** Prefix for the ids inside the island; React's own id is used when absent. */
	idPrefix?: string;
}

/**
 * The topology explorer: choose a setup, see its components, and step a request and its response
 * along the real path. Everything it shows comes from src/topology/; this only keeps the state.
 * The first render depends on props alone, because Astro renders it on the server too.
 */
export default function TopologyExplorer({
	preset,
	locked = [],
	syncUrl = false,
	title = 'Follow a request to your private backend',
	headingLevel = 3,
	idPrefix,
}: TopologyExplorerProps) {
	const reactId = useId();
	// React's ids contain characters that would need escaping inside url(#…) references.
	const prefix = idPrefix ?? `topology-${reactId.replace(/[^\w-]/g, '')}`;
	const [config, setConfig] = useState<Configuration>(() => ({ ...DEFAULT_CONFIGURATION, ...preset }));
	/** The field the reader changed last: the nearest supported setup keeps it if it can. */
	const [lastChanged, setLastChanged] = useState<Field>();
	const [notices, setNotices] = useState<string[]>([]);
	const [hydrated, setHydrated] = useState(false);

	const { validity, shown } = useMemo(() => pathFor(config, lastChanged), [config, lastChanged]);
	const topology = useMemo(() => buildTopology(shown), [shown]);
	const hops = useMemo(() => buildHops(shown), [shown]);
	const [player, dispatch] = usePlayer(FIELDS.map((field) => shown[field]).join(' '), hops.length);
	const hop = hops[player.step]!;
	const onKeyDown = useMemo(() => stepKeys(dispatch), [dispatch]);

	// Once, on mount: the address is read here only; from then on the explorer writes it.
	useEffect(() => {
		setHydrated(true);
		if (!syncUrl) return;
		const state = parseUrlState(window.location.search);
		setNotices(state.notices);
		if (!state.present) return;
		const next = { ...state.config };
		for (const field of locked) Object.assign(next, { [field]: config[field] });
		setConfig(next);
		dispatch({ type: 'reset', total: buildHops(pathFor(next).shown).length, step: state.step });
	}, []);

	useEffect(() => {
		if (!syncUrl || !hydrated) return;
		const { pathname, hash } = window.location;
		window.history.replaceState(window.history.state, '', `${pathname}${toSearch(config, player.step)}${hash}`);
	}, [syncUrl, hydrated, config, player.step]);

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

	const subLevel = headingLevel === 2 ? 3 : 4;
	const hopListId = `${prefix}-hops`;
	const previewId = `${prefix}-preview`;

	return (
		<div className="topology not-content" data-topology-explorer="" data-hydrated={hydrated ? 'true' : undefined} id={prefix}>
			<Heading level={headingLevel} className="topology__title">
				{title}
			</Heading>
			{syncUrl && <UrlNotice notices={notices} onDismiss={() => setNotices([])} />}
			<ChoiceControls config={config} locked={locked} onChange={choose} idPrefix={prefix} />
			{!validity.valid && <UnsupportedPanel validity={validity} onApply={applyAlternative} headingLevel={subLevel} idPrefix={prefix} />}
			<div
				className={validity.valid ? 'topology__path' : 'topology__path topology__path--preview'}
				role={validity.valid ? undefined : 'group'}
				aria-labelledby={validity.valid ? undefined : previewId}
			>
				<p className="topology__showing" id={previewId} ref={showing} tabIndex={-1}>
					<span className="topology__showing-label">{validity.valid ? 'Showing:' : 'Preview: nearest supported setup:'}</span>{' '}
					{describeConfiguration(shown)}
				</p>
				<PlayerControls player={player} dispatch={dispatch} title={hop.title} hydrated={hydrated} idPrefix={prefix} />
				<div className="topology__stage">
					<TopologyDiagram topology={topology} hop={hop} describedBy={hopListId} idPrefix={prefix} onKeyDown={onKeyDown} />
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
				<SecurityGroups rules={topology.securityGroups} headingLevel={subLevel} />
			</div>
		</div>
	);
}
