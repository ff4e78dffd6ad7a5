import { entryPoint, type Box } from '../../explorer/geometry.ts';
import type { SecurityGroupRule } from '../../topology/model.ts';
import type { FaultJourney } from '../../faults/journey.ts';
import { Outline } from '../shared/svg-parts.tsx';

interface Props {
	fault: FaultJourney;
	boxes: ReadonlyMap<string, Box>;
	securityGroups: readonly SecurityGroupRule[];
	/** Room between a component and an outline around it, as for the security groups the drawing outlines. */
	halo: number;
	/** The hop where the request dies is the current one: its arrow is drawn, stopping at the mark. */
	current: boolean;
	/** The arrowhead the drawing defines for the current hop. */
	markerId: string;
}

/** The radius of the mark where the request dies. */
const DIES = 18;

/**
 * What the drawing marks of a fault: an outline around each component at fault or, when its
 * security group is what is at fault, over that group's outline around everything it guards; and
 * where the request dies. Loaded only when a reader chooses a fault.
 */
export default function FaultLayer({ fault: { fault, hops, blamed }, boxes, securityGroups, halo, current, markerId }: Props) {
	const dies = hops.at(-1)!;
	const from = boxes.get(dies.from);
	const to = boxes.get(dies.to);
	const outlined = fault.securityGroup ? securityGroups.filter((group) => group.guards.some((id) => blamed.includes(id))).flatMap((group) => group.guards) : blamed;
	return (
		<>
			{[...new Set(outlined)].map((id) => {
				const box = boxes.get(id);
				return box ? <Outline key={id} box={box} room={halo} className={fault.securityGroup ? 'security-group is-at-fault' : 'fault-blame'} data-fault-blame={id} /> : null;
			})}
			{from && to && <FaultMark from={from} to={to} intermittent={fault.outcome === 'intermittent'} current={current} markerId={markerId} />}
		</>
	);
}

/**
 * Where the request dies: a disc with a cross on the connection, near the end it does not reach
 * (the words are in the step panel), and on that hop the arrow that stops there. Dashed when only
 * some requests die there.
 */
function FaultMark({ from, to, intermittent, current, markerId }: { from: Box; to: Box; intermittent: boolean; current: boolean; markerId: string }) {
	const start = entryPoint(to, from);
	const end = entryPoint(from, to);
	// Two thirds of the way along, so the mark sits clear of the label at the connection's middle.
	const x = start.x + ((end.x - start.x) * 2) / 3;
	const y = start.y + ((end.y - start.y) * 2) / 3;
	const arm = DIES / 2;
	// The current hop's arrow runs from where it starts to the mark's edge, and no further.
	const reach = Math.hypot(x - start.x, y - start.y);
	const stop = reach > DIES ? (reach - DIES - 2) / reach : 0;
	return (
		<g className={intermittent ? 'fault-mark is-intermittent' : 'fault-mark'} data-fault-mark="" aria-hidden="true">
			{current && stop > 0 && (
				<line className="edge edge--current" x1={start.x} y1={start.y} x2={start.x + (x - start.x) * stop} y2={start.y + (y - start.y) * stop} markerEnd={`url(#${markerId})`} />
			)}
			<circle cx={x} cy={y} r={DIES} />
			<path d={`M${x - arm},${y - arm} L${x + arm},${y + arm} M${x + arm},${y - arm} L${x - arm},${y + arm}`} />
		</g>
	);
}
