import type { ReactNode, Ref } from 'react';

interface Props {
	/** True when the reader's choice cannot be built, and what is drawn is the nearest path that can. */
	preview: boolean;
	/** The id of the line that says what is drawn; in a preview, that line names the whole group. */
	id: string;
	/** "Showing:", or the island's words for a preview. */
	label: string;
	/** What is drawn, in words. */
	description: string;
	/** The line takes the focus when the panel that sent the reader here goes away. */
	lineRef: Ref<HTMLParagraphElement>;
	/** The island's player, drawing, hop list and notes. */
	children: ReactNode;
}

/**
 * The path an explorer draws, introduced by a line that says what it is. A preview is framed with
 * a dashed border and is a group named by that line, so it is never taken for the reader's choice.
 */
export default function ShownPath({ preview, id, label, description, lineRef, children }: Props) {
	return (
		<div className={preview ? 'explorer__path explorer__path--preview' : 'explorer__path'} role={preview ? 'group' : undefined} aria-labelledby={preview ? id : undefined}>
			<p className="explorer__showing" id={id} ref={lineRef} tabIndex={-1}>
				<span className="explorer__showing-label">{label}</span> {description}
			</p>
			{children}
		</div>
	);
}
