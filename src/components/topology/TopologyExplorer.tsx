import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { describeConfiguration } from '../../topology/describe.ts';
import { buildHops } from '../../topology/hops.ts';
import { CHOICES, DEFAULT_CONFIGURATION, FIELDS, LABELS, type Configuration, type Field } from '../../topology/model.ts';
import { pathFor } from '../../topology/rules.ts';
import { buildTopology } from '../../topology/topology.ts';
import { parseUrlState, toSearch } from '../../topology/url-state.ts';
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
import SecurityGroups from './SecurityGroups.tsx';
import TopologyDiagram from './TopologyDiagram.tsx';
import UnsupportedPanel from './UnsupportedPanel.tsx';
// What every island shares (choices, player, hop list, notices, the drawing's nodes) first, then this island's own.
import '../shared/island.css';
import './topology.css';

/** One empty list for every render, so memoised paths do not recompute for a new `[]`. */
const NOTHING_LOCKED: Field[] = [];

export interface TopologyExplorerProps {
	/** The choices to start from, over the explorer's defaults (REST API, VPC link V2, ALB, ECS, public client). */
	preset?: Partial<Configuration>;
	/** Choices shown but not changeable, for a chapter about one setup; each gets the note "Fixed in this chapter". */
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
}

/**
 * The topology explorer: choose a setup, see its components, and step a request and its response
 * along the real path. Everything it shows comes from src/topology/; this only keeps the state.
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
}: TopologyExplorerProps) {
	const prefix = useIdPrefix(idPrefix, 'topology');
	const [config, setConfig] = useState<Configuration>(() => ({ ...DEFAULT_CONFIGURATION, ...preset }));
	/** The field the reader changed last: the nearest supported setup keeps it if it can. */
	const [lastChanged, setLastChanged] = useState<Field>();

	const { validity, shown } = useMemo(() => pathFor(config, lastChanged, locked), [config, lastChanged, locked]);
	const topology = useMemo(() => buildTopology(shown), [shown]);
	const hops = useMemo(() => buildHops(shown), [shown]);
	const { player, dispatch, hop, onKeyDown } = useJourney(FIELDS.map((field) => shown[field]).join(' '), hops);

	// The address is read once, on mount; from then on the explorer writes it, without the page's other parameters.
	const { hydrated, notices, dismissNotices, writeSearch } = useUrlSync(syncUrl, parseUrlState, (state) => {
		const next = { ...state.config };
		for (const field of locked) Object.assign(next, { [field]: config[field] });
		setConfig(next);
		dispatch({ type: 'reset', total: buildHops(pathFor(next, undefined, locked).shown).length, step: state.step });
	});
	useEffect(() => {
		if (hydrated) writeSearch((search) => toSearch(config, player.step, search));
	}, [hydrated, writeSearch, config, player.step]);

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
	const embed = embeddable ? { kind: 'topology', view: toSearch(config, player.step), steps: hops.length } as const : undefined;
	const hopListId = `${prefix}-hops`;
	const previewId = `${prefix}-preview`;

	return (
		<div className="island topology not-content" data-topology-explorer="" data-hydrated={hydrated ? 'true' : undefined} id={prefix}>
			<IslandHeader level={headingLevel} title={title} embed={embed} />
			{syncUrl && <UrlNotice notices={notices} onDismiss={dismissNotices} />}
			<ChoiceGroups
				choices={CHOICES}
				labels={LABELS}
				config={config}
				onChange={choose}
				idPrefix={prefix}
				noteFor={(field) => (locked.includes(field) ? 'Fixed in this chapter' : undefined)}
				className="island__controls"
			/>
			{!validity.valid && <UnsupportedPanel validity={validity} onApply={applyAlternative} headingLevel={subLevel} idPrefix={prefix} />}
			<ShownPath
				preview={!validity.valid}
				id={previewId}
				label={validity.valid ? 'Showing:' : 'Preview: nearest supported setup:'}
				description={describeConfiguration(shown)}
				lineRef={showing}
			>
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
			</ShownPath>
		</div>
	);
}
