/**
 * The references in Terraform expressions (`aws_lb.orders.arn`, `var.region`,
 * `aws_subnet.private[count.index].id`), found by the real HCL expression parser in hcl2json
 * rather than by pattern matching, so that strings, object keys, function names and the
 * variables of `for` expressions are never mistaken for references.
 *
 * Each call into hcl2json's WebAssembly costs about a millisecond, so all the expressions of a
 * file go in as the items of one tuple, and the parser's ranges give each reference its line.
 */
import { getExpressionAst } from '@cdktn/hcl2json';

/** One step of a reference: an attribute or name, or an index (`[0]`, `[count.index]`, `[*]`). */
export type Step = { name: string } | { index: true };

export interface Reference {
	steps: Step[];
	/** 1-based line in the file. */
	line: number;
}

export interface SourceExpression {
	/** The expression as written. */
	text: string;
	/** 1-based line where it starts in the file. */
	line: number;
}

/** The parts of hcl2json's expression syntax tree that this module reads. */
interface AstNode {
	type: string;
	children?: AstNode[];
	range: { start: { line: number } };
	meta?: { traversal?: Array<{ type: string; segment: string }>; keyVar?: string; valVar?: string };
}

const stepsOf = (node: AstNode): Step[] => (node.meta?.traversal ?? []).map((part) => (part.type === 'indexTraversal' ? { index: true } : { name: part.segment }));

/**
 * The whole reference that starts at a scope traversal: an index applied to it, the attributes
 * read after that index (`[count.index].id`) and a splat (`[*].id`) are parent nodes in the tree.
 */
function extend(traversal: AstNode, parents: AstNode[]): Step[] {
	const steps = stepsOf(traversal);
	let child = traversal;
	for (let i = parents.length - 1; i >= 0; i--) {
		const parent = parents[i]!;
		if (parent.children?.[0] !== child) break;
		if (parent.type === 'index') steps.push({ index: true });
		else if (parent.type === 'relativeTraversal') steps.push(...stepsOf(parent));
		else if (parent.type === 'splat') {
			steps.push({ index: true });
			const each = parent.children[1];
			if (each?.type === 'relativeTraversal') steps.push(...stepsOf(each));
		} else break;
		child = parent;
	}
	return steps;
}

/** Every reference under `node` that is not a variable bound by an enclosing `for` expression. */
function collect(node: AstNode, parents: AstNode[], bound: ReadonlySet<string>, found: Array<{ steps: Step[]; astLine: number }>): void {
	if (node.type === 'scopeTraversal') {
		const steps = extend(node, parents);
		const root = steps[0];
		if (root && 'name' in root && !bound.has(root.name)) found.push({ steps, astLine: node.range.start.line });
	}
	let inner = bound;
	if (node.type === 'for') inner = new Set([...bound, node.meta?.keyVar ?? '', node.meta?.valVar ?? ''].filter(Boolean));
	for (const child of node.children ?? []) collect(child, [...parents, node], inner, found);
}

/**
 * The references of each expression, in the order given. Throws if hcl2json cannot parse them,
 * which only happens if the file itself does not parse.
 */
export async function expressionReferences(expressions: SourceExpression[], fileName: string): Promise<Reference[][]> {
	if (expressions.length === 0) return [];
	// Each item on lines of its own: a heredoc's end marker must be alone on its line.
	const starts: number[] = [];
	let line = 1;
	for (const { text } of expressions) {
		starts.push(line);
		line += text.split('\n').length + 1;
	}
	const tuple = `[\n${expressions.map(({ text }) => text).join('\n,\n')}\n]`;
	const ast = (await getExpressionAst(fileName, tuple)) as AstNode | null;
	const items = ast?.type === 'tuple' ? (ast.children ?? []) : [];
	if (items.length !== expressions.length) throw new Error(`${fileName}: hcl2json read ${items.length} of ${expressions.length} expressions`);
	return items.map((item, index) => {
		const found: Array<{ steps: Step[]; astLine: number }> = [];
		collect(item, [], new Set(), found);
		return found.map(({ steps, astLine }) => ({ steps, line: expressions[index]!.line + astLine - starts[index]! }));
	});
}
