/**
 * A small printer for the HCL the Terraform tab needs: blocks with labels, arguments, nested
 * blocks, lists, objects, strings with `${…}` interpolation, heredocs and bare expressions. The
 * output is laid out as `terraform fmt` would: two-space indents, the `=` of consecutive one-line
 * arguments aligned.
 */

/** An expression written as is: a reference such as `aws_vpc.vpc.id`, or a function call. */
export class Expr {
	readonly code: string;
	constructor(code: string) {
		this.code = code;
	}
}

/** A string with interpolations: literal text and expressions, in order. */
export class Template {
	readonly parts: Array<string | Expr>;
	constructor(parts: Array<string | Expr>) {
		this.parts = parts;
	}
}

/** A multi-line string, printed as a heredoc whose lines start at the margin, exactly as they are. */
export class Heredoc {
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}
}

/** A function call on one value, such as `jsonencode({ … })`, laid out like the value itself. */
export class Call {
	readonly name: string;
	readonly value: HclValue;
	constructor(name: string, value: HclValue) {
		this.name = name;
		this.value = value;
	}
}

export type HclValue = string | number | boolean | Expr | Template | Heredoc | Call | HclValue[] | { [key: string]: HclValue };

/** A nested block, such as `default_action { … }`. */
export interface Block {
	type: string;
	labels: string[];
	body: Body;
	/** Lines printed above the block as `#` comments. */
	comment?: string[];
}

/** A block's contents in order: arguments (`name = value`) and nested blocks. */
export type Body = Array<{ argument: string; value: HclValue } | { block: Block }>;

const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
const objectKey = (key: string) => (/^[A-Za-z_][\w-]*$/.test(key) ? key : `"${escape(key)}"`);

export function printValue(value: HclValue, indent: string): string {
	if (value instanceof Expr) return value.code;
	if (value instanceof Call) return `${value.name}(${printValue(value.value, indent)})`;
	if (value instanceof Template) return `"${value.parts.map((part) => (part instanceof Expr ? `\${${part.code}}` : escape(part))).join('')}"`;
	if (value instanceof Heredoc) {
		const lines = value.text.replace(/\n$/, '').split('\n');
		return `<<EOT\n${lines.map((line) => line.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')).join('\n')}\nEOT`;
	}
	if (typeof value === 'string') return `"${escape(value)}"`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	const inner = `${indent}  `;
	if (Array.isArray(value)) {
		const items = value.map((item) => printValue(item, inner));
		const oneLine = `[${items.join(', ')}]`;
		return oneLine.length <= 80 && !oneLine.includes('\n') ? oneLine : `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
	}
	const entries = Object.entries(value);
	if (entries.length === 0) return '{}';
	return `{\n${aligned(
		entries.map(([key, item]) => [objectKey(key), printValue(item, inner)]),
		inner,
	).join('\n')}\n${indent}}`;
}

/** `name = value` lines, with the `=` of consecutive one-line arguments in one column. */
function aligned(pairs: Array<[string, string]>, indent: string): string[] {
	const lines: string[] = [];
	let run: Array<[string, string]> = [];
	const flush = () => {
		const width = Math.max(...run.map(([name]) => name.length));
		for (const [name, value] of run) lines.push(`${indent}${name.padEnd(width)} = ${value}`);
		run = [];
	};
	for (const pair of pairs) {
		run.push(pair);
		if (pair[1].includes('\n')) flush();
	}
	if (run.length > 0) flush();
	return lines;
}

export function printBlock(block: Block, indent = ''): string {
	const inner = `${indent}  `;
	const lines: string[] = (block.comment ?? []).map((line) => `${indent}# ${line}`.trimEnd());
	const labels = block.labels.map((label) => ` "${label}"`).join('');
	if (block.body.length === 0) return [...lines, `${indent}${block.type}${labels} {}`].join('\n');
	lines.push(`${indent}${block.type}${labels} {`);
	let pending: Array<[string, string]> = [];
	const flush = () => {
		lines.push(...aligned(pending, inner));
		pending = [];
	};
	let afterBlock = false;
	for (const [index, item] of block.body.entries()) {
		if ('argument' in item) {
			// Arguments after a nested block start a paragraph of their own, as `terraform fmt` leaves them.
			if (afterBlock) lines.push('');
			afterBlock = false;
			pending.push([item.argument, printValue(item.value, inner)]);
			continue;
		}
		flush();
		if (index > 0) lines.push('');
		lines.push(printBlock(item.block, inner));
		afterBlock = true;
	}
	flush();
	lines.push(`${indent}}`);
	return lines.join('\n');
}
