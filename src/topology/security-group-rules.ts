import type { Configuration, SecurityGroupRule } from './model.ts';
import { SOURCES } from './sources.ts';
import { APP_PORT, LISTENER_PORT, targetName } from './topology.ts';

/**
 * The security groups a drawn path needs, in words, each with the page that says so: apart from
 * topology.ts because the browser loads words only when needed (see setup-view.ts).
 */

/** The security group rules this path needs, hop by hop, with the components each group is attached to. */
export function securityGroupsOf(config: Configuration): SecurityGroupRule[] {
	const rules: SecurityGroupRule[] = [];
	const target = `${targetName(config)}s`;
	const targets = ['target-a', 'target-b'];
	if (config.client === 'vpc') {
		rules.push({
			group: 'execute-api endpoint',
			rule: 'Inbound: HTTPS (443) from the client applications in the consumer VPC.',
			source: SOURCES.interfaceEndpoints,
			guards: ['vpce'],
			checks: 'inbound',
		});
	}
	if (config.link === 'v2') {
		const to = config.target === 'cloudmap' ? `the ${target} on port ${APP_PORT}` : `the load balancer on port ${LISTENER_PORT}`;
		rules.push({
			group: 'VPC link V2',
			rule: `Outbound: to ${to}. Inbound rules do not matter: nothing connects to the link.`,
			source: SOURCES.sampleRestV2,
			guards: ['eni-a', 'eni-b'],
			checks: 'outbound',
		});
	}
	if (config.target === 'alb') {
		rules.push({
			group: 'Application Load Balancer',
			rule: `Inbound: port ${LISTENER_PORT} from the VPC link's security group. Outbound: port ${APP_PORT} to the ${target}.`,
			source: SOURCES.albSecurityGroups,
			guards: ['lb'],
		});
	}
	if (config.target === 'nlb' && config.link === 'v2') {
		rules.push({
			group: 'Network Load Balancer',
			rule: `Inbound: port ${LISTENER_PORT} from the VPC link's security group. An NLB has security groups only if they were attached when it was created; without them it accepts all traffic to its listeners.`,
			source: SOURCES.nlbSecurityGroups,
			guards: ['lb'],
		});
	}
	if (config.link === 'v1' && config.target === 'nlb') {
		// The legacy setup guide for V1 links has PrivateLink traffic skip the NLB's inbound rules
		// and warns against relying on API Gateway's address ranges.
		rules.push({
			group: 'Network Load Balancer',
			rule: 'If it has security groups: turn off their inbound-rule checks for PrivateLink traffic, so the link’s traffic through the endpoint service is let in without rules based on API Gateway’s addresses.',
			source: SOURCES.nlbForVpcLinkV1,
			guards: ['lb'],
		});
	}
	rules.push(
		config.target === 'cloudmap'
			? {
					group: target,
					rule: `Inbound: port ${APP_PORT} from the VPC link's security group, since the link connects to them directly.`,
					source: SOURCES.sampleRestV2,
					guards: targets,
					checks: 'inbound',
				}
			: {
					group: target,
					rule: `Inbound: port ${APP_PORT} from the load balancer's security group, so that only the load balancer can reach them.`,
					source: config.target === 'alb' ? SOURCES.albSecurityGroups : SOURCES.nlbSecurityGroups,
					guards: targets,
					checks: 'inbound',
				},
	);
	return rules;
}
