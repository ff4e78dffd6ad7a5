/**
 * An offline check of a Terraform file, for samples that this project cannot `terraform validate`
 * (that needs the provider binary from the Terraform registry). It holds a file to what
 * `terraform validate` would hold it to on structure:
 *
 * - it parses as HCL (hcl2json, HashiCorp's own HCL parser compiled to WebAssembly);
 * - every resource and data source type, argument and nested block is in the hashicorp/aws schema
 *   (src/samples/terraform/aws-provider-schema.json, written by scripts/terraform-schema.ts), with
 *   Terraform's own meta-arguments and blocks allowed where Terraform allows them;
 * - required arguments and blocks are present, and single blocks appear once;
 * - every reference names something the file declares and, for a resource or data source, an
 *   argument or attribute its type has; `count.index` and `each` appear only where they exist.
 *
 * What it does not check (values, types, conflicting arguments, anything the provider or AWS
 * decides at plan time) is listed in the README.
 */
import { parse } from '@cdktn/hcl2json';
import { type HclBlock, type HclItem, hclOutline } from './hcl-outline.ts';
import { expressionReferences, type Reference, type SourceExpression, type Step } from './terraform-references.ts';
import schemaJson from './terraform/aws-provider-schema.json' with { type: 'json' };

/** A block's arguments (required or not) and nested blocks, as the provider schema gives them. */
export interface BlockSchema {
	arguments: Record<string, ArgumentSchema>;
	blocks: Record<string, NestedBlockSchema>;
}

export interface ArgumentSchema {
	required: boolean;
	/**
	 * Only on an argument holding a list of objects that Terraform also accepts written as blocks
	 * ("attributes as blocks": a security group's `ingress`, a route table's `route`): the objects' shape.
	 */
	asBlocks?: BlockSchema;
}

/** A nested block and how often it may appear; no `maxItems` means the schema sets no limit. */
export interface NestedBlockSchema extends BlockSchema {
	minItems: number;
	maxItems?: number;
	/** Only on Terraform's own blocks whose content this checker leaves alone (provisioners, backends); never in the JSON. */
	open?: boolean;
}

/** A resource or data source type; `attributes` are the names that can only be read (computed), such as `arn`. */
export interface TypeSchema extends BlockSchema {
	attributes: string[];
}

/** The JSON written by scripts/terraform-schema.ts. */
export interface ProviderSchema {
	generatedFrom: { package: string; provider: string; version: string; by: string };
	provider: BlockSchema;
	resources: Record<string, TypeSchema>;
	dataSources: Record<string, TypeSchema>;
}

export const AWS_PROVIDER_SCHEMA: ProviderSchema = schemaJson;

/** A parsed file: hcl2json's JSON (values, for assertions) and the outline the checks walk (lines, blocks versus arguments). */
export interface ParsedTerraform {
	json: TerraformJson;
	items: HclItem[];
}

/**
 * hcl2json's JSON: `resource.<type>.<name>` is a list with one object of arguments, where nested
 * blocks are lists of objects and expressions other than literals are strings in `${…}`.
 */
export type TerraformJson = Record<string, any>;

const optional = { required: false };
const required = { required: true };
const OPEN: NestedBlockSchema = { arguments: {}, blocks: {}, minItems: 0, open: true };
const CONDITION: NestedBlockSchema = { arguments: { condition: required, error_message: required }, blocks: {}, minItems: 0 };
const CONDITIONS = { precondition: CONDITION, postcondition: CONDITION };

/** Terraform's own blocks and arguments. A resource adds meta-arguments and the lifecycle, provisioner and connection blocks to its type's schema. */
const RESOURCE_META: BlockSchema = {
	arguments: { count: optional, for_each: optional, depends_on: optional, provider: optional },
	blocks: {
		lifecycle: {
			arguments: { create_before_destroy: optional, prevent_destroy: optional, ignore_changes: optional, replace_triggered_by: optional },
			blocks: CONDITIONS,
			minItems: 0,
			maxItems: 1,
		},
		provisioner: OPEN,
		connection: OPEN,
	},
};
/** A data source: the same meta-arguments, and a lifecycle block that holds only conditions. */
const DATA_META: BlockSchema = {
	arguments: RESOURCE_META.arguments,
	blocks: { lifecycle: { arguments: {}, blocks: CONDITIONS, minItems: 0, maxItems: 1 } },
};
const TERRAFORM_BLOCK: BlockSchema = {
	arguments: { required_version: optional, experiments: optional },
	blocks: { required_providers: { ...OPEN, maxItems: 1 }, backend: { ...OPEN, maxItems: 1 }, cloud: { ...OPEN, maxItems: 1 }, provider_meta: OPEN },
};
const VARIABLE_BLOCK: BlockSchema = {
	arguments: { default: optional, type: optional, description: optional, sensitive: optional, nullable: optional, ephemeral: optional },
	blocks: { validation: CONDITION },
};
const OUTPUT_BLOCK: BlockSchema = {
	arguments: { value: required, description: optional, sensitive: optional, depends_on: optional, ephemeral: optional },
	blocks: { precondition: CONDITION },
};
const DYNAMIC_BLOCK: BlockSchema = { arguments: { for_each: required, iterator: optional, labels: optional }, blocks: {} };

/** The top-level blocks this checker understands, with the number of labels each takes. */
const LABELS: Record<string, number> = { terraform: 0, provider: 1, variable: 1, locals: 0, data: 2, resource: 2, output: 1 };

/** Names a reference may start with besides declared things: Terraform's own objects and what each allows after it. */
const BUILT_IN_OBJECTS: Record<string, string[]> = { path: ['module', 'root', 'cwd'], terraform: ['workspace'] };

/** The block `name` of a schema, including an argument that may be written as blocks. */
function blockNamed(schema: BlockSchema, name: string): NestedBlockSchema | undefined {
	const asBlocks = schema.arguments[name]?.asBlocks;
	return schema.blocks[name] ?? (asBlocks && { ...asBlocks, minItems: 0 });
}

/** The levenshtein distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}

/** ` (did you mean "x"?)` for the closest candidate within a few edits, or the shortest that starts with `name`; or nothing. */
function hint(name: string, candidates: Iterable<string>, quote = true): string {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
	for (const candidate of candidates) {
		const d = name !== '' && candidate.startsWith(name) ? 1 + (candidate.length - name.length) / 1000 : distance(name, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best === undefined ? '' : ` (did you mean ${quote ? `"${best}"` : best}?)`;
}

/** The line and message of each diagnostic in hcl2json's error, e.g. `parse config: [main.tf:3,14-4,1: Invalid expression; Expected …]`. */
function syntaxProblems(error: unknown, fileName: string): string[] {
	const message = error instanceof Error ? error.message : String(error);
	const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const marker = new RegExp(`${escaped}:(\\d+),\\d+(?:-\\d+(?:,\\d+)?)?: `, 'g');
	const matches = [...message.matchAll(marker)];
	if (matches.length === 0) return [`${fileName}: HCL syntax error: ${message}`];
	return matches.map((match, i) => {
		const end = i + 1 < matches.length ? matches[i + 1]!.index : message.lastIndexOf(']');
		const text = message
			.slice(match.index + match[0].length, end)
			.trim()
			.replace(/\.$/, '');
		return `${fileName}:${match[1]}: HCL syntax error: ${text.replace('; ', ': ')}.`;
	});
}

/** Where a reference is evaluated: in which resource, with which of `count`, `each`, `self` and dynamic iterators in scope. */
interface Scope {
	subject: string;
	count: boolean;
	each: boolean;
	self: boolean;
	iterators: string[];
}

/** Which block a body belongs to: the resource (or other subject), the nested block names down to it, and the line of its header. */
interface BlockAt {
	subject: string;
	path: string[];
	line: number;
}

interface Declared {
	kind: 'resource' | 'data';
	type: string;
	counted: boolean;
	schema: TypeSchema | undefined;
}

/** The state of one check: the file, what it declares, the problems found and the expressions to resolve. */
class Checker {
	readonly problems: Array<{ line: number; text: string }> = [];
	readonly expressions: Array<SourceExpression & { scope: Scope }> = [];
	readonly declared = new Map<string, Declared>();
	readonly variables = new Set<string>();
	readonly locals = new Set<string>();
	private readonly fileName: string;
	private readonly schema: ProviderSchema;

	constructor(fileName: string, schema: ProviderSchema) {
		this.fileName = fileName;
		this.schema = schema;
	}

	report(line: number, subject: string, message: string): void {
		this.problems.push({ line, text: `${this.fileName}:${line}: ${subject ? `${subject}: ` : ''}${message}` });
	}

	/** Records each top-level declaration, so references can be resolved whatever the order of the file. */
	declare(items: HclItem[]): void {
		const seen = new Set<string>();
		for (const item of items) {
			if (item.kind === 'attribute') {
				this.report(item.line, '', `"${item.name} = …" cannot stand outside a block`);
				continue;
			}
			const expected = LABELS[item.type];
			if (expected === undefined) {
				this.report(item.line, '', `unknown top-level block "${item.type}"${hint(item.type, Object.keys(LABELS))}; this checker knows ${Object.keys(LABELS).join(', ')}`);
				continue;
			}
			if (item.labels.length !== expected) {
				this.report(item.line, '', `a ${item.type} block takes ${expected} label${expected === 1 ? '' : 's'}, not ${item.labels.length}`);
				continue;
			}
			const [type, name] = item.labels as [string, string];
			// Providers may repeat (with aliases); terraform and locals blocks may too.
			const key = { resource: `${type}.${name}`, data: `data.${type}.${name}`, variable: `var.${type}`, output: `output.${type}` }[item.type as string];
			if (key && seen.has(key)) this.report(item.line, '', `${key} is declared twice`);
			if (key) seen.add(key);
			if (item.type === 'variable') this.variables.add(type);
			if (item.type === 'locals') {
				for (const local of item.body) {
					if (local.kind === 'attribute' && this.locals.has(local.name)) this.report(local.line, '', `local.${local.name} is declared twice`);
					if (local.kind === 'attribute') this.locals.add(local.name);
				}
			}
			if (item.type === 'resource' || item.type === 'data') {
				const types = item.type === 'resource' ? this.schema.resources : this.schema.dataSources;
				const counted = item.body.some((entry) => entry.kind === 'attribute' && (entry.name === 'count' || entry.name === 'for_each'));
				this.declared.set(key!, { kind: item.type, type, counted, schema: types[type] });
			}
		}
	}

	/** Checks one top-level block (already known to have the right labels) and queues its expressions. */
	topLevel(block: HclBlock): void {
		const [type, name] = block.labels as [string, string];
		const none: Scope = { subject: '', count: false, each: false, self: false, iterators: [] };
		switch (block.type) {
			case 'terraform':
				// Provider versions and backends hold no references worth resolving.
				this.body(block.body, TERRAFORM_BLOCK, { subject: 'terraform', path: [], line: block.line }, undefined);
				return;
			case 'provider':
				if (type !== 'aws') this.report(block.line, '', `provider "${type}": only the hashicorp/aws provider's schema is known to this checker`);
				else this.body(block.body, this.schema.provider, { subject: 'provider "aws"', path: [], line: block.line }, { ...none, subject: 'provider "aws"' });
				return;
			case 'variable':
				this.body(block.body, VARIABLE_BLOCK, { subject: `var.${type}`, path: [], line: block.line }, { ...none, subject: `var.${type}` }, new Set(['type']));
				return;
			case 'output':
				this.body(block.body, OUTPUT_BLOCK, { subject: `output.${type}`, path: [], line: block.line }, { ...none, subject: `output.${type}` });
				return;
			case 'locals':
				for (const item of block.body) {
					if (item.kind === 'attribute') this.queue(item.expression, item.expressionLine, { ...none, subject: `local.${item.name}` });
					else this.report(item.line, 'locals', `a locals block holds only "name = value" lines, not a "${item.type}" block`);
				}
				return;
		}
		const isResource = block.type === 'resource';
		const address = isResource ? `${type}.${name}` : `data.${type}.${name}`;
		const declared = this.declared.get(address)!;
		if (!declared.schema) {
			const known = Object.keys(isResource ? this.schema.resources : this.schema.dataSources);
			const { provider, version } = this.schema.generatedFrom;
			this.report(
				block.line,
				address,
				`${isResource ? 'resource' : 'data source'} type "${type}" is not in the ${provider} ${version} schema extract${hint(type, known)}; if it is real, add it to scripts/terraform-schema.ts`,
			);
			return;
		}
		const meta = isResource ? RESOURCE_META : DATA_META;
		const schema: BlockSchema = {
			arguments: { ...declared.schema.arguments, ...meta.arguments },
			blocks: { ...declared.schema.blocks, ...meta.blocks },
		};
		const has = (argument: string) => block.body.some((item) => item.kind === 'attribute' && item.name === argument);
		if (has('count') && has('for_each')) this.report(block.line, address, 'count and for_each cannot both be set');
		this.body(block.body, schema, { subject: address, path: [], line: block.line }, { subject: address, count: has('count'), each: has('for_each'), self: false, iterators: [] });
	}

	queue(text: string, line: number, scope: Scope): void {
		this.expressions.push({ text, line, scope });
	}

	/**
	 * Checks a body against its schema, recursively, and queues its expressions for reference
	 * checks (none when `scope` is undefined; none for the arguments named in `unevaluated`, such
	 * as a variable's `type`, which are not expressions to resolve).
	 */
	body(items: HclItem[], schema: BlockSchema, at: BlockAt, scope: Scope | undefined, unevaluated: ReadonlySet<string> = new Set()): void {
		const { subject, path, line } = at;
		const where = path.length > 0 ? `in ${path.join('.')}: ` : '';
		const blockCounts = new Map<string, number>();
		const dynamicBlocks = new Set<string>();
		const setArguments = new Set<string>();
		for (const item of items) {
			if (item.kind === 'attribute') {
				setArguments.add(item.name);
				if (item.name in schema.blocks) this.report(item.line, subject, `${where}"${item.name}" is a block, not an argument: write ${item.name} { … }`);
				else if (!(item.name in schema.arguments))
					this.report(item.line, subject, `${where}unknown argument "${item.name}"${hint(item.name, [...Object.keys(schema.arguments), ...Object.keys(schema.blocks)])}`);
				// ignore_changes names arguments of this resource and provider names a provider configuration: neither is a reference.
				const notReferences =
					unevaluated.has(item.name) ||
					(path.at(-1) === 'lifecycle' && item.name === 'ignore_changes') ||
					(path.length === 0 && item.name === 'provider' && subject !== 'provider "aws"');
				if (scope && !notReferences) this.queue(item.expression, item.expressionLine, scope);
				continue;
			}
			if (item.type === 'dynamic' && item.labels.length === 1 && path.at(-1) !== 'lifecycle') {
				this.dynamic(item, schema, at, scope);
				dynamicBlocks.add(item.labels[0]!);
				continue;
			}
			const nested = blockNamed(schema, item.type);
			if (!nested) {
				const message =
					item.type in schema.arguments
						? `"${item.type}" is an argument, not a block: write ${item.type} = …`
						: `unknown block "${item.type}"${hint(item.type, [...Object.keys(schema.blocks), ...Object.keys(schema.arguments)])}`;
				this.report(item.line, subject, `${where}${message}`);
				continue;
			}
			blockCounts.set(item.type, (blockCounts.get(item.type) ?? 0) + 1);
			if (nested.open) continue;
			if (item.labels.length > 0) this.report(item.line, subject, `${where}block "${item.type}" takes no labels`);
			const inner = scope && (item.type === 'provisioner' || item.type === 'connection') ? { ...scope, self: true } : scope;
			this.body(item.body, nested, { subject, path: [...path, item.type], line: item.line }, inner);
		}
		for (const [name, argument] of Object.entries(schema.arguments)) {
			if (argument.required && !setArguments.has(name)) this.report(line, subject, `${where}missing required argument "${name}"`);
		}
		for (const [name, nested] of Object.entries(schema.blocks)) {
			const count = blockCounts.get(name) ?? 0;
			if (count < nested.minItems && !dynamicBlocks.has(name)) this.report(line, subject, `${where}missing required block "${name}"`);
			if (nested.maxItems !== undefined && count > nested.maxItems)
				this.report(line, subject, `${where}block "${name}" may appear at most ${nested.maxItems === 1 ? 'once' : `${nested.maxItems} times`}, found ${count}`);
		}
	}

	/** A `dynamic "name"` block: `name` must be a block here, and its `content` is checked as that block, with the iterator in scope. */
	dynamic(block: HclBlock, schema: BlockSchema, at: BlockAt, scope: Scope | undefined): void {
		const { subject, path } = at;
		const name = block.labels[0]!;
		const nested = blockNamed(schema, name);
		const where = [...path, `dynamic "${name}"`];
		if (!nested) {
			this.report(block.line, subject, `${path.length > 0 ? `in ${path.join('.')}: ` : ''}dynamic block for unknown block "${name}"${hint(name, Object.keys(schema.blocks))}`);
			return;
		}
		const iteratorItem = block.body.find((item) => item.kind === 'attribute' && item.name === 'iterator');
		const iterator = iteratorItem?.kind === 'attribute' ? iteratorItem.expression : name;
		const contents = block.body.filter((item): item is HclBlock => item.kind === 'block' && item.type === 'content');
		const others = block.body.filter((item) => item.kind === 'attribute' || item.type !== 'content');
		// for_each is evaluated outside the iterator's scope; iterator itself is a name, not an expression.
		this.body(
			others.filter((item) => item.kind === 'attribute' && item.name !== 'labels'),
			DYNAMIC_BLOCK,
			{ subject, path: where, line: block.line },
			scope,
			new Set(['iterator']),
		);
		const inner = scope && { ...scope, iterators: [...scope.iterators, iterator] };
		for (const item of others) {
			if (item.kind === 'attribute' && item.name === 'labels' && inner) this.queue(item.expression, item.expressionLine, inner);
			if (item.kind === 'block')
				this.report(item.line, subject, `in ${where.join('.')}: unknown block "${item.type}"; a dynamic block holds for_each, iterator, labels and one content block`);
		}
		if (contents.length !== 1) this.report(block.line, subject, `in ${where.join('.')}: needs exactly one content block, found ${contents.length}`);
		for (const content of contents) this.body(content.body, nested, { subject, path: [...path, name], line: content.line }, inner);
	}

	/** Why a reference does not resolve, or undefined when it does. */
	resolve(reference: Reference, scope: Scope): string | undefined {
		const names = reference.steps.map((step) => ('name' in step ? step.name : '[…]'));
		const text = names.join('.').replaceAll('.[…]', '[…]');
		const [root, second] = names as [string, string | undefined];
		if (scope.iterators.includes(root)) return undefined;
		switch (root) {
			case 'var':
				return second !== undefined && this.variables.has(second) ? undefined : `reference to undeclared variable ${text}${hint(second ?? '', this.variables)}`;
			case 'local':
				return second !== undefined && this.locals.has(second) ? undefined : `reference to undeclared local value ${text}${hint(second ?? '', this.locals)}`;
			case 'count':
				if (!scope.count) return `${text} is used where there is no count`;
				return second === 'index' ? undefined : `count has only "index", not "${second}"`;
			case 'each':
				if (!scope.each) return `${text} is used where there is no for_each`;
				return second === 'key' || second === 'value' ? undefined : `each has only "key" and "value", not "${second}"`;
			case 'self':
				return scope.self ? undefined : 'self can only be used in provisioner and connection blocks';
			case 'data':
				return this.resolveAddress(reference.steps.slice(1), `data.`, text);
		}
		if (root in BUILT_IN_OBJECTS) return BUILT_IN_OBJECTS[root]!.includes(second ?? '') ? undefined : `${root} has no "${second}"`;
		if (second === undefined) return `reference to unknown name "${root}"`;
		return this.resolveAddress(reference.steps, '', text);
	}

	/** `type.name[index].attribute…` after the `data.` prefix, if any: declared, indexed when counted, and an attribute the type has. */
	resolveAddress(steps: Step[], prefix: string, text: string): string | undefined {
		const [type, name, ...rest] = steps.map((step) => ('name' in step ? step.name : undefined));
		if (type === undefined || name === undefined) return `${text} does not name a ${prefix ? 'data source' : 'resource'}: write ${prefix}<type>.<name>`;
		const address = `${prefix}${type}.${name}`;
		const declared = this.declared.get(address);
		if (!declared) {
			const sameKind = [...this.declared.keys()].filter((key) => key.startsWith(prefix) && (prefix !== '' || !key.startsWith('data.')));
			return `reference to undeclared ${prefix ? 'data source' : 'resource'} ${address}${hint(address, sameKind, false)}`;
		}
		const indexed = steps.length > 2 && !('name' in steps[2]!);
		const attribute = (indexed ? rest.slice(1) : rest)[0];
		if (declared.counted && !indexed && attribute !== undefined)
			return `${address} has count or for_each: read ${attribute} from one instance (${address}[…].${attribute}) or all of them (${address}[*].${attribute})`;
		if (!declared.counted && indexed) return `${address} has no count or for_each, so it takes no index`;
		if (attribute === undefined || !declared.schema) return undefined;
		const readable = [...Object.keys(declared.schema.arguments), ...Object.keys(declared.schema.blocks), ...declared.schema.attributes];
		return readable.includes(attribute) ? undefined : `${address} has no attribute "${attribute}"${hint(attribute, readable)}`;
	}
}

/** Parses a Terraform file: hcl2json's JSON and the outline. Throws hcl2json's error if the file is not valid HCL. */
export async function parseTerraform(text: string, fileName: string): Promise<ParsedTerraform> {
	const json = (await parse(fileName, text)) as TerraformJson;
	return { json, items: hclOutline(text) };
}

/**
 * Every problem in one Terraform file, as sentences that start with `file:line:` and, inside a
 * resource or data source, its address. None means the file passed every check.
 */
export async function checkTerraform(text: string, fileName: string, schema: ProviderSchema = AWS_PROVIDER_SCHEMA): Promise<string[]> {
	try {
		await parse(fileName, text);
	} catch (error) {
		return syntaxProblems(error, fileName);
	}
	const items = hclOutline(text);
	const checker = new Checker(fileName, schema);
	checker.declare(items);
	for (const item of items) if (item.kind === 'block' && LABELS[item.type] === item.labels.length) checker.topLevel(item);
	const references = await expressionReferences(checker.expressions, fileName);
	references.forEach((found, index) => {
		const { scope } = checker.expressions[index]!;
		for (const reference of found) {
			const problem = checker.resolve(reference, scope);
			if (problem) checker.report(reference.line, scope.subject, problem);
		}
	});
	return checker.problems.sort((a, b) => a.line - b.line).map((problem) => problem.text);
}
