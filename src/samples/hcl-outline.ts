/**
 * The structure of a Terraform file as written: which blocks and arguments it has, on which
 * lines, and each argument's expression as source text. hcl2json, the real HCL parser, checks
 * the syntax and gives the values, but its JSON keeps no line numbers and cannot tell a block
 * (`tls_config { … }`) from an argument holding a list of objects; the checker needs both to
 * report "unknown argument on line 12". This reader only has to find where blocks, arguments and
 * expressions start and end, so it skips over strings, heredocs, comments and brackets without
 * understanding expressions. It expects text that hcl2json has already accepted.
 */

export interface HclAttribute {
	kind: 'attribute';
	name: string;
	/** 1-based line of the name. */
	line: number;
	/** The expression after `=`, exactly as written (without a trailing comment). */
	expression: string;
	/** 1-based line where the expression starts. */
	expressionLine: number;
}

export interface HclBlock {
	kind: 'block';
	type: string;
	labels: string[];
	/** 1-based line of the block's type. */
	line: number;
	body: HclItem[];
}

export type HclItem = HclAttribute | HclBlock;

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_-]*/y;
const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/** A cursor over the text, with the skipping rules of HCL's native syntax. */
class Reader {
	readonly text: string;
	position = 0;
	private readonly lineStarts: number[] = [0];

	constructor(text: string) {
		this.text = text;
		for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
	}

	/** The 1-based line of an offset. */
	lineAt(offset: number): number {
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.lineStarts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	}

	fail(message: string): never {
		throw new Error(`line ${this.lineAt(this.position)}: ${message}`);
	}

	startsWith(token: string): boolean {
		return this.text.startsWith(token, this.position);
	}

	/** Skips spaces, tabs and comments; newlines too when `newlines` is set. */
	skipSpace(newlines: boolean): void {
		for (;;) {
			const char = this.text[this.position];
			if (char === ' ' || char === '\t' || char === '\r' || (newlines && char === '\n')) this.position++;
			else if (char === '#' || this.startsWith('//')) this.skipLineComment();
			else if (this.startsWith('/*')) this.skipBlockComment();
			else return;
		}
	}

	skipLineComment(): void {
		const end = this.text.indexOf('\n', this.position);
		this.position = end < 0 ? this.text.length : end;
	}

	skipBlockComment(): void {
		const end = this.text.indexOf('*/', this.position + 2);
		if (end < 0) this.fail('unclosed comment');
		this.position = end + 2;
	}

	identifier(): string | undefined {
		IDENTIFIER.lastIndex = this.position;
		const match = IDENTIFIER.exec(this.text);
		if (!match) return undefined;
		this.position += match[0].length;
		return match[0];
	}

	/** Skips a quoted template from its opening `"`, interpolations included; returns its raw content. */
	quoted(): string {
		const start = ++this.position;
		for (;;) {
			const char = this.text[this.position];
			if (char === undefined || char === '\n') this.fail('unclosed string');
			if (char === '"') return this.text.slice(start, this.position++);
			if (char === '\\') this.position += 2;
			else if (this.startsWith('$${') || this.startsWith('%%{')) this.position += 3;
			else if (this.startsWith('${') || this.startsWith('%{')) {
				this.position += 2;
				this.balanced('}');
			} else this.position++;
		}
	}

	/** Skips a heredoc from its `<<`: the end marker is a line holding only the marker's name. */
	heredoc(): void {
		const opener = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
		opener.lastIndex = this.position;
		const match = opener.exec(this.text);
		if (!match) this.fail('malformed heredoc');
		this.position += match[0].length;
		for (;;) {
			const end = this.text.indexOf('\n', this.position);
			const line = this.text.slice(this.position, end < 0 ? undefined : end);
			if (line.trim() === match[1]) {
				this.position += line.length;
				return;
			}
			if (end < 0) this.fail(`heredoc ${match[1]} is never closed`);
			this.position = end + 1;
		}
	}

	/** Skips whatever one token of an expression is, when it is a string, heredoc or comment; false otherwise. */
	skipLiteral(): boolean {
		if (this.text[this.position] === '"') this.quoted();
		else if (this.startsWith('<<')) this.heredoc();
		else if (this.text[this.position] === '#' || this.startsWith('//')) this.skipLineComment();
		else if (this.startsWith('/*')) this.skipBlockComment();
		else return false;
		return true;
	}

	/** Skips to just after `close`, across nested brackets, strings, heredocs and comments (newlines included). */
	balanced(close: string): void {
		for (;;) {
			const char = this.text[this.position];
			if (char === undefined) this.fail(`missing "${close}"`);
			if (this.skipLiteral()) continue;
			this.position++;
			if (char === close) return;
			if (CLOSING[char]) this.balanced(CLOSING[char]);
		}
	}

	/**
	 * Skips an argument's expression: it ends at a newline, a comment or a closing brace outside
	 * brackets (the brace of a one-line block such as `x { a = 1 }`). Returns where it ends.
	 */
	expression(): number {
		for (;;) {
			const char = this.text[this.position];
			if (char === undefined || char === '\n' || char === '}' || char === '#' || this.startsWith('//')) return this.position;
			if (this.skipLiteral()) continue;
			this.position++;
			if (CLOSING[char]) this.balanced(CLOSING[char]);
		}
	}

	/** Reads a body up to its closing brace (or the end of the file, for the top level). */
	body(topLevel: boolean): HclItem[] {
		const items: HclItem[] = [];
		for (;;) {
			this.skipSpace(true);
			if (this.position >= this.text.length) {
				if (!topLevel) this.fail('block is never closed');
				return items;
			}
			if (this.text[this.position] === '}') {
				if (topLevel) this.fail('unexpected "}"');
				this.position++;
				return items;
			}
			const line = this.lineAt(this.position);
			const name = this.identifier() ?? this.fail('expected an argument or block name');
			this.skipSpace(false);
			if (this.text[this.position] === '=' && this.text[this.position + 1] !== '=') {
				this.position++;
				this.skipSpace(false);
				const start = this.position;
				const end = this.expression();
				items.push({ kind: 'attribute', name, line, expression: this.text.slice(start, end).trimEnd(), expressionLine: this.lineAt(start) });
				continue;
			}
			const labels: string[] = [];
			while (this.text[this.position] !== '{') {
				const label = this.text[this.position] === '"' ? this.quoted() : (this.identifier() ?? this.fail(`expected a label or "{" after ${name}`));
				labels.push(label);
				this.skipSpace(false);
			}
			this.position++;
			items.push({ kind: 'block', type: name, labels, line, body: this.body(false) });
		}
	}
}

/** The blocks and arguments of a file that hcl2json has parsed without error. Throws, with a line, on text it cannot follow. */
export function hclOutline(text: string): HclItem[] {
	return new Reader(text).body(true);
}
