/**
 * Named regions of the sample files, so a chapter can show the part it is about while the tests
 * keep checking the whole file. A region is marked by comment lines in the file itself, the
 * convention editors fold on:
 *
 *     #region vpc-link          (shell scripts and YAML)
 *     …
 *     #endregion
 *
 *     // #region vpc-link       (TypeScript)
 *     …
 *     // #endregion
 *
 * Regions may nest; `#endregion` closes the innermost one and may repeat its name. Marker lines
 * never appear in an excerpt.
 */

/** How a file's comments start: `#` for shell and YAML, `//` for TypeScript. */
export type CommentStart = '#' | '//';

export interface Region {
	name: string;
	/** 1-based numbers of the region's first and last line in the file, markers excluded. */
	firstLine: number;
	lastLine: number;
	/** The region's lines without any marker lines, common indentation removed, joined by "\n". */
	code: string;
}

const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The marker on `line`, if it is one: `{ open: name }` or `{ close: name or '' }`. */
function markerOn(line: string, comment: CommentStart): { open: string } | { close: string } | undefined {
	const prefix = comment === '#' ? '' : '//\\s*';
	const match = new RegExp(`^\\s*${prefix}#(end)?region\\b(.*)$`).exec(line);
	if (!match) return undefined;
	const name = match[2]!.trim();
	return match[1] ? { close: name } : { open: name };
}

/** `lines` without the leading whitespace they all share (blank lines do not count). */
export function dedent(lines: string[]): string[] {
	const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0]);
	if (indents.length === 0) return lines.map(() => '');
	let common = indents[0]!;
	for (const indent of indents) {
		let i = 0;
		while (i < common.length && i < indent.length && common[i] === indent[i]) i++;
		common = common.slice(0, i);
	}
	return lines.map((line) => (line.trim() === '' ? '' : line.slice(common.length)));
}

/**
 * Every region of a file, by name. `file` names the file in error messages. Throws on a marker
 * without a valid name, a name used twice, an `#endregion` with no open region or naming another
 * one, and a region still open at the end of the file.
 */
export function fileRegions(text: string, comment: CommentStart, file: string): Map<string, Region> {
	const lines = text.split('\n');
	const open: Array<{ name: string; line: number }> = [];
	const found = new Map<string, Region>();
	lines.forEach((line, index) => {
		const marker = markerOn(line, comment);
		if (!marker) return;
		const at = `${file}, line ${index + 1}`;
		if ('open' in marker) {
			if (!NAME.test(marker.open)) throw new Error(`${at}: "#region" needs a name of lower-case words joined by hyphens.`);
			if (found.has(marker.open) || open.some(({ name }) => name === marker.open)) {
				throw new Error(`${at}: region "${marker.open}" is marked twice.`);
			}
			open.push({ name: marker.open, line: index });
			return;
		}
		const innermost = open.pop();
		if (!innermost) throw new Error(`${at}: "#endregion" closes no region.`);
		if (marker.close !== '' && marker.close !== innermost.name) {
			throw new Error(`${at}: "#endregion ${marker.close}" closes region "${innermost.name}" (opened on line ${innermost.line + 1}).`);
		}
		const inside = lines.slice(innermost.line + 1, index);
		const shown = inside.filter((content) => !markerOn(content, comment));
		if (shown.every((content) => content.trim() === '')) throw new Error(`${at}: region "${innermost.name}" is empty.`);
		// The first and last lines that are not markers.
		const numbers = inside.flatMap((content, i) => (markerOn(content, comment) ? [] : [innermost.line + 2 + i]));
		found.set(innermost.name, {
			name: innermost.name,
			firstLine: numbers[0]!,
			lastLine: numbers.at(-1)!,
			code: dedent(shown).join('\n'),
		});
	});
	const unclosed = open.at(-1);
	if (unclosed) throw new Error(`${file}, line ${unclosed.line + 1}: region "${unclosed.name}" is never closed with "#endregion".`);
	return found;
}
