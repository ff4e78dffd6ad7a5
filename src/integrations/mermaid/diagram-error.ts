/** Where a ```mermaid fence starts: the file, relative to the project, and the fence's line. */
export interface FenceLocation {
	file: string;
	fenceLine: number;
}

/**
 * A diagram that cannot be turned into SVG. The message leads with `file:line` so editors and
 * terminals link straight to the fence, and keeps mermaid's own explanation intact.
 */
export class DiagramError extends Error {
	override name = 'DiagramError';
	readonly location: FenceLocation;

	constructor(location: FenceLocation, problem: string) {
		super(`${location.file}:${location.fenceLine}: mermaid diagram (fence at line ${location.fenceLine}): ${problem}`);
		this.location = location;
	}

	/** A mermaid parse or render failure; mermaid counts lines from the first line inside the fence. */
	static fromMermaid(location: FenceLocation, mermaidMessage: string): DiagramError {
		const diagramLine = /\bon line (\d+)/.exec(mermaidMessage)?.[1];
		const where = diagramLine
			? `line ${diagramLine} of the diagram, line ${location.fenceLine + Number(diagramLine)} of the file`
			: 'the diagram';
		return new DiagramError(location, `mermaid could not render ${where}:\n${mermaidMessage}`);
	}
}
