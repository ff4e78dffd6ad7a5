/** An AWS page that supports a statement: the shape every island's sources share. */
export interface SourceLink {
	title: string;
	url: string;
}

/** Links to the pages behind a statement, in order, separated by semicolons. The words around them are the caller's. */
export default function SourceLinks({ sources }: { sources: readonly SourceLink[] }) {
	return sources.map((source, index) => (
		<span key={source.url}>
			{index > 0 && '; '}
			<a href={source.url}>{source.title}</a>
		</span>
	));
}
