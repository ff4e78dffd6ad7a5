import type { ReactNode } from 'react';
import type { IslandKind } from '../../embed/islands.ts';
import EmbedButton from './EmbedButton.tsx';
import Heading, { type HeadingLevel } from './Heading.tsx';

interface Props {
	level: HeadingLevel;
	title: string;
	/** What the Embed button offers; absent on the embed page itself, which is the embed. */
	embed?: { kind: IslandKind; view: string; steps?: number };
	/** What an island offers beside the Embed button, such as the topology explorer's Build this link. */
	actions?: ReactNode;
}

/** An island's title line: its heading, and its actions and Embed button at the end of the line when there is room. */
export default function IslandHeader({ level, title, embed, actions }: Props) {
	return (
		<div className="island__header">
			<Heading level={level} className="island__title">
				{title}
			</Heading>
			{actions}
			{embed && <EmbedButton kind={embed.kind} title={title} view={embed.view} steps={embed.steps} />}
		</div>
	);
}
