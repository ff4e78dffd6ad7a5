import { CHOICE_SPECS, countOf, formatNumber, type Plan } from './model.ts';

/**
 * The planner's drawing in words: the text alternative screen readers get, and a caption
 * everyone can read. It says what the drawing shows and, as the drawing does, that AWS does
 * not publish how many network interfaces a VPC link V2 gets, or how they are spread.
 */

const typeName = (plan: Plan) => CHOICE_SPECS.apiType.labels[plan.apiType];

/** A short name for the drawing, e.g. "Diagram: 3 REST APIs, one VPC link V2, 3 Availability Zones, 3 subnets". */
export function pictureLabel(plan: Plan): string {
	const apis = plan.apis === 1 ? `1 ${typeName(plan)}` : `${formatNumber(plan.apis)} ${typeName(plan)}s`;
	const zones = countOf(plan.azs, ['Availability Zone', 'Availability Zones']);
	const subnets = countOf(plan.azs * plan.subnetsPerAz, ['subnet', 'subnets']);
	return `Diagram: ${apis}, one VPC link V2, ${zones}, ${subnets}`;
}

/** The whole drawing in a few sentences. */
export function describePicture(plan: Plan): string {
	const type = typeName(plan);
	const apis = plan.apis === 1 ? `One ${type} uses one VPC link V2.` : `${formatNumber(plan.apis)} ${type}s share one VPC link V2.`;
	const total = plan.azs * plan.subnetsPerAz;
	const each = countOf(plan.subnetsPerAz, ['subnet', 'subnets']);
	const where =
		plan.azs === 1
			? `The link uses ${each} in a single Availability Zone of your VPC.`
			: `The link uses ${countOf(total, ['subnet', 'subnets'])} of your VPC: ${each} in each of ${formatNumber(plan.azs)} Availability Zones.`;
	const enis =
		'API Gateway creates and manages network interfaces for the link in your account. A network interface always sits in a subnet, and the link ' +
		(total === 1 ? 'has only this one, so the drawing marks it once.' : 'has only these, so the drawing marks each of them once.') +
		' AWS does not publish how many interfaces it creates, or how it spreads them, so the drawing never counts them.';
	return `${apis} ${where} ${enis}`;
}
