import type { ReactNode } from 'react';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading whose level the page decides, so the island fits a chapter's outline. */
export default function Heading({ level, id, className, children }: { level: HeadingLevel; id?: string; className?: string; children: ReactNode }) {
	const Tag = `h${level}` as const;
	return (
		<Tag id={id} className={className}>
			{children}
		</Tag>
	);
}

/** The level one below `level`, stopping at h6. */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;
