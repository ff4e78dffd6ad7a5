import { memo } from 'react';
import type { AccountSetup } from '../../cross-account/model.ts';
import Heading, { type HeadingLevel } from '../shared/Heading.tsx';
import SourceLinks from '../shared/SourceLinks.tsx';

/** What each account creates or allows for the drawn path, side by side where there is room. */
function AccountSetupList({ setup, headingLevel }: { setup: AccountSetup[]; headingLevel: HeadingLevel }) {
	return (
		<div className="cross-account__setup">
			<Heading level={headingLevel}>What each account sets up</Heading>
			<div className="cross-account__setup-accounts">
				{setup.map((account) => (
					<div key={account.side} className={`cross-account__setup-account cross-account__setup-account--${account.side}`}>
						<p className="cross-account__setup-heading">{account.heading}</p>
						<ul>
							{account.tasks.map((task, index) => (
								<li key={index}>
									{task.inferred && <span className="cross-account__badge">Inference</span>} {task.text}{' '}
									<span className="cross-account__task-sources">
										<SourceLinks sources={task.sources} />
									</span>
								</li>
							))}
						</ul>
					</div>
				))}
			</div>
		</div>
	);
}

/** Memoised: the explorer defers it, so a change re-renders it only when the setup itself changes. */
export default memo(AccountSetupList);
