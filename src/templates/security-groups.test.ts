import { expect, test } from 'vitest';
import { securityGroupsOf } from '../topology/security-group-rules.ts';
import { securityGroupPlan } from './security-groups.ts';
import { buildableSetups } from './setups.ts';

/** The templates' security groups are the explorer's: the same groups, and every port the explorer names is opened. */
test.each(buildableSetups())('the security groups of %o are the ones the explorer lists', (config) => {
	const explorer = securityGroupsOf(config);
	const plan = securityGroupPlan(config);
	expect(plan.map((group) => group.explorerName)).toEqual(explorer.map((group) => group.group));
	for (const [index, group] of plan.entries()) {
		const words = explorer[index]!.rule;
		for (const direction of ['Inbound', 'Outbound'] as const) {
			const said = new RegExp(`${direction}:[^.]*?(?:port |\\()(\\d+)`).exec(words)?.[1];
			const rules = group.rules.filter((rule) => rule.direction === direction.toLowerCase() && rule.port !== 'all');
			if (said) expect(rules.map((rule) => String(rule.port))).toEqual([said]);
			else if (direction === 'Inbound') expect(rules).toEqual([]);
		}
		// Nothing reaches a backend or a load balancer from outside the VPC.
		for (const rule of group.rules.filter((rule) => rule.direction === 'inbound')) expect(rule.peer).not.toEqual({ cidr: 'anywhere' });
	}
});
