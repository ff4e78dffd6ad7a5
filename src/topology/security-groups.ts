import type { Hop, SecurityGroupRule } from './model.ts';

/**
 * The security groups a hop goes through: on a request hop, the outbound rules of the group of the
 * component it leaves and the inbound rules of the group of the one it reaches, where the path
 * depends on them (a VPC link's inbound rules never matter: nothing connects to it). Security
 * groups are stateful, so a response on the same connection needs no rule, and no group lights.
 */
export function governs(groups: readonly SecurityGroupRule[], hop: Pick<Hop, 'direction' | 'from' | 'to'>): Set<string> {
	if (hop.direction !== 'request') return new Set();
	const matters = (group: SecurityGroupRule) => (group.guards.includes(hop.to) && group.checks !== 'outbound') || (group.guards.includes(hop.from) && group.checks !== 'inbound');
	return new Set(groups.filter(matters).map((group) => group.group));
}
