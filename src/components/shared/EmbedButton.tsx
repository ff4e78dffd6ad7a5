import type { IslandKind } from '../../embed/islands.ts';

declare module 'react' {
	namespace JSX {
		interface IntrinsicElements {
			/** Upgraded by src/components/embed/diagram-embed.ts; hidden until then (site.css). */
			'diagram-embed': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> & {
				'data-kind': string;
				'data-title': string;
				'data-view'?: string;
				'data-steps'?: number;
			};
		}
	}
}

interface Props {
	kind: IslandKind;
	/** The island's title, for the dialog and the button's accessible name. */
	title: string;
	/** The island's current state as a query string, so the embed shows what the reader sees. */
	view: string;
	/** How many hops the island steps through, for the dialog's start-step choice; absent when it has none. */
	steps?: number;
}

/**
 * The island's "Embed" button. It is a plain element that a small site-wide script upgrades and
 * that opens the Embed dialog (src/components/embed/): the dialog is not React, so mermaid figures
 * on pages without islands get the same dialog without loading React.
 */
export default function EmbedButton({ kind, title, view, steps }: Props) {
	return (
		<diagram-embed data-kind={kind} data-title={title} data-view={view} data-steps={steps}>
			<button type="button" className="diagram-embed__open" aria-haspopup="dialog">
				Embed<span className="sr-only"> “{title}”</span>
			</button>
		</diagram-embed>
	);
}
