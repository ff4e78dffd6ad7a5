import { memo } from 'react';
import type { SecurityGroupRule } from '../../topology/model.ts';
import Heading, { type HeadingLevel } from '../shared/Heading.tsx';

/** The security group rules the drawn path needs, each with the page that says so. */
function SecurityGroups({ rules, headingLevel }: { rules: readonly SecurityGroupRule[]; headingLevel: HeadingLevel }) {
	return (
		<div className="security-groups">
			<Heading level={headingLevel}>What your security groups must allow</Heading>
			<ul>
				{rules.map((rule, index) => (
					<li key={index}>
						<span className="security-groups__group">{rule.group}</span> {rule.rule} <a href={rule.source.url}>{rule.source.title}</a>
					</li>
				))}
			</ul>
		</div>
	);
}

/** Memoised: it renders the explorer's deferred view, so a change re-renders it only when that catches up. */
export default memo(SecurityGroups);
