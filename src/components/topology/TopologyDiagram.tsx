import { Suspense, useMemo, type CSSProperties, type KeyboardEventHandler } from 'react';
import { areaLabelAt, HALO, topologyBoxes } from '../../topology/drawing.ts';
import type { FaultJourney } from '../../faults/journey.ts';
import type { Hop, SecurityGroupRule, Topology } from '../../topology/model.ts';
import { governs } from '../../topology/security-groups.ts';
import { FaultLayer } from './fault-parts.ts';
import { ArrowMarker, carries, Connection, ConnectionLabel, CurrentLine, DiagramNode, Outline, Packet, type Explain } from '../shared/svg-parts.tsx';

interface Props {
	topology: Topology;
	/** The security groups to outline around what they guard (none while the setup's words load). */
	securityGroups: readonly SecurityGroupRule[];
	/** The current hop: its two nodes and the line between them are highlighted; absent for a setup that cannot be built. */
	hop?: Hop;
	/** The id of the text alternative (the hop list, or the unsupported panel). */
	describedBy: string;
	idPrefix: string;
	onKeyDown?: KeyboardEventHandler<SVGSVGElement>;
	onExplain: Explain;
	/** A fault the request meets: the journey to where it dies, and what is at fault (see faults/journey.ts). */
	fault?: FaultJourney;
}

const NO_HOP = { from: '', to: '' } as const;

/**
 * The drawing of one topology in one orientation: who owns what behind, security groups around
 * what they guard (lit on the hop they govern), connections with what they carry, components,
 * and the travelling packet. A setup that cannot be built is drawn as chosen, with the
 * impossible connection crossed out and no packet.
 */
export default function TopologyDiagram({ topology, securityGroups, hop, describedBy, idPrefix, onKeyDown, onExplain, fault }: Props) {
	const boxes = useMemo(() => topologyBoxes(topology), [topology]);
	const at = hop ?? NO_HOP;
	const from = boxes.get(at.from);
	const to = boxes.get(at.to);
	const arrowId = `${idPrefix}-${topology.orientation}-arrow`;
	const lit = hop ? governs(securityGroups, hop) : new Set<string>();
	// On the hop where the request dies, it never arrives: the fault's layer draws it stopping at the mark.
	const dying = !!fault && hop === fault.hops.at(-1);

	return (
		<svg
			className={`explorer-svg explorer-svg--${topology.orientation}`}
			data-diagram=""
			data-orientation={topology.orientation}
			viewBox={`0 0 ${topology.width} ${topology.height}`}
			style={{ '--ratio': topology.width / topology.height } as CSSProperties}
			role="group"
			aria-label="Topology diagram"
			aria-describedby={describedBy}
			tabIndex={0}
			onKeyDown={onKeyDown}
		>
			<ArrowMarker id={arrowId} />
			{topology.areas.map((area) => {
				const label = areaLabelAt(area);
				return (
					<g key={area.id} className={`area area--${area.kind}${area.owner ? ` area--${area.owner}` : ''}`}>
						<rect x={area.x} y={area.y} width={area.width} height={area.height} rx={area.kind === 'zone' ? 14 : 10} />
						<text x={label.x} y={label.y} textAnchor={label.anchor} dominantBaseline="central">
							{area.label}
						</text>
					</g>
				);
			})}
			{securityGroups.flatMap((group) =>
				group.guards.map((id) => {
					const box = boxes.get(id);
					return box ? (
						<Outline
							key={`${group.group}-${id}`}
							box={box}
							room={HALO}
							className={lit.has(group.group) ? 'security-group is-lit' : 'security-group'}
							data-security-group={group.group}
						/>
					) : null;
				}),
			)}
			{topology.edges.map((edge) => {
				const a = boxes.get(edge.from);
				const b = boxes.get(edge.to);
				return a && b ? <Connection key={`${edge.from}-${edge.to}`} edge={edge} a={a} b={b} /> : null;
			})}
			{from && to && from !== to && !dying && <CurrentLine from={from} to={to} markerId={arrowId} />}
			{topology.nodes.map((node) => (
				<DiagramNode key={node.id} node={node} box={boxes.get(node.id)!} hop={at} onExplain={onExplain} />
			))}
			{topology.edges.map((edge) => (
				<ConnectionLabel key={`${edge.from}-${edge.to}`} edge={edge} current={carries(edge, at)} />
			))}
			{fault && (
				<Suspense fallback={null}>
					<FaultLayer fault={fault} boxes={boxes} securityGroups={securityGroups} halo={HALO} current={dying} markerId={arrowId} />
				</Suspense>
			)}
			{hop && to && !dying && <Packet box={to} direction={hop.direction} />}
		</svg>
	);
}
