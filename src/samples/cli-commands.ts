/**
 * Checks the AWS CLI samples against the AWS API models, so a reader never copies a command or a
 * flag that does not exist. Three pure steps, each tested on its own:
 *
 * 1. `shellCommands` reads a bash script into simple commands, including the ones inside `$(…)`.
 * 2. `awsInvocations` keeps the `aws …` commands and `parseAwsArguments` splits each into global
 *    options, service, subcommand (or waiter) and flags.
 * 3. `serviceModel` turns an AWS SDK for JavaScript v3 client package into the commands and flags
 *    the AWS CLI derives from the same API model, and `checkInvocation` compares the two.
 *
 * The CLI and the SDK are both generated from the AWS service models: the CLI turns each operation
 * name and input member name into kebab case, and adds `--no-<flag>` for booleans. Nothing here
 * lists flags by hand, apart from the few options and renames the CLI adds on top of the models.
 */

/** The CLI services the samples may call, and the SDK package that carries each one's model. */
export const CLI_SERVICE_PACKAGES = {
	apigateway: '@aws-sdk/client-api-gateway',
	apigatewayv2: '@aws-sdk/client-apigatewayv2',
	elbv2: '@aws-sdk/client-elastic-load-balancing-v2',
	servicediscovery: '@aws-sdk/client-servicediscovery',
	ec2: '@aws-sdk/client-ec2',
	ecs: '@aws-sdk/client-ecs',
} as const;

export type CliService = keyof typeof CLI_SERVICE_PACKAGES;

/**
 * AWS CLI v2 global options, each with whether it takes a value. Listed in the synopsis of every
 * command page of the CLI v2 reference, e.g.
 * https://docs.aws.amazon.com/cli/latest/reference/servicediscovery/get-operation.html
 */
export const GLOBAL_OPTIONS: Readonly<Record<string, boolean>> = {
	debug: false,
	'endpoint-url': true,
	'no-verify-ssl': false,
	'no-paginate': false,
	output: true,
	query: true,
	profile: true,
	region: true,
	version: false,
	color: true,
	'no-sign-request': false,
	'ca-bundle': true,
	'cli-read-timeout': true,
	'cli-connect-timeout': true,
	'cli-binary-format': true,
	'no-cli-pager': false,
	'cli-auto-prompt': false,
	'no-cli-auto-prompt': false,
};

/** Options every model-generated command has besides its members (same reference pages). */
const COMMAND_OPTIONS: Readonly<Record<string, 'one' | 'optional'>> = {
	'cli-input-json': 'one',
	'cli-input-yaml': 'one',
	'generate-cli-skeleton': 'optional',
};

/** What the CLI adds to an operation the SDK can page through (`paginate<Operation>` exists). */
const PAGINATION_OPTIONS = ['starting-token', 'page-size', 'max-items'];

/**
 * Flags the CLI renames after deriving them from the model, for the services above. Keys are
 * `service.command.flag`, with `*` for every command. From the CLI's own table,
 * https://github.com/aws/aws-cli/blob/v2/awscli/customizations/argrename.py — without it a
 * sample could pass `--version` to `create-rest-api`, which the CLI reads as its global option.
 */
export const CLI_RENAMED_FLAGS: Readonly<Record<string, string>> = {
	'ec2.create-image.no-no-reboot': 'reboot',
	'ec2.*.no-egress': 'ingress',
	'ec2.*.no-disable-api-termination': 'enable-api-termination',
	'apigateway.create-rest-api.version': 'api-version',
	'apigatewayv2.create-api.version': 'api-version',
	'apigatewayv2.update-api.version': 'api-version',
	'ecs.*.no-enable-execute-command': 'disable-execute-command',
	'ecs.execute-command.no-interactive': 'non-interactive',
};

/**
 * Model flags the CLI removes (it replaces them with options of its own, which this checker does
 * not accept: the samples stay within what the models prove). `run-instances` takes `--count`.
 */
export const CLI_REMOVED_FLAGS: Readonly<Record<string, readonly string[]>> = {
	'ec2.run-instances': ['min-count', 'max-count'],
};

// ---------------------------------------------------------------------------------------------
// Names

/**
 * The CLI's name for an operation or member: botocore's `xform_name` with `-`. A trailing
 * pluralised acronym is split off first (`TargetARNs` → `target-arns`), then a separator goes
 * before each capitalised word and between a lower-case letter or digit and a capital.
 */
export function cliName(name: string): string {
	if (name.includes('-')) return name;
	let rest = name;
	const acronymPlural = /[A-Z]{2,}s$/.exec(rest);
	if (acronymPlural) rest = `${rest.slice(0, acronymPlural.index)}-${acronymPlural[0].toLowerCase()}`;
	return rest
		.replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase();
}

/** The flags one input member gives: `--name`, and for booleans also `--no-name`. */
export function memberFlags(memberName: string, kind: MemberKind): string[] {
	const flag = cliName(memberName);
	return kind === 'boolean' ? [flag, `no-${flag}`] : [flag];
}

// ---------------------------------------------------------------------------------------------
// Shell parsing

/** One word of a shell command. */
export interface ShellWord {
	/** The word with quotes removed and escapes resolved; expansions are kept as written. */
	value: string;
	/** True when the word contains an expansion (`$X`, `$(…)`, backticks), so its value is not literal. */
	dynamic: boolean;
	/** Offset of the word's first character in the script. */
	start: number;
	/** Offset just past the word's last character. */
	end: number;
}

/** One simple command: the words between two operators (`;`, `&&`, `|`, newline, …). */
export interface ShellCommand {
	words: ShellWord[];
	/** 1-based line of the first word. */
	line: number;
}

/** Words that can open a command without being its name. */
const COMMAND_PREFIXES = new Set(['!', 'time', 'command', 'exec', 'if', 'then', 'elif', 'else', 'while', 'until', 'do', '{']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

/**
 * Splits a bash script into simple commands. Handles what the samples use and a little more:
 * comments, single and double quotes, backslash escapes and line continuations, `$VAR`, `${…}`,
 * `$((…))`, command substitution with `$(…)` and backticks (the inner commands are returned too,
 * after the command that contains them), redirections and here-documents (whose bodies are
 * skipped). It is not a full bash parser: `case` patterns inside `$(…)`, for example, are not
 * understood.
 */
export function shellCommands(script: string): ShellCommand[] {
	const lineStarts = [0];
	for (let i = 0; i < script.length; i++) if (script[i] === '\n') lineStarts.push(i + 1);
	const lineOf = (offset: number) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (lineStarts[middle] <= offset) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
	const out: ShellCommand[] = [];
	lex(script, 0, script.length, false, out, lineOf);
	return out;
}

/** Index just past the quote that closes the single-quoted string opening at `i`. */
function skipSingleQuoted(src: string, i: number, end: number): number {
	const close = src.indexOf("'", i + 1);
	if (close === -1 || close >= end) throw new Error(`Unterminated single quote at offset ${i}.`);
	return close + 1;
}

/** Index just past the bracket that balances the one at `i` (for `${…}` and `$((…))`). */
function skipBalanced(src: string, i: number, end: number, open: string, close: string): number {
	let depth = 0;
	for (let j = i; j < end; j++) {
		const c = src[j];
		if (c === '\\') j++;
		else if (c === "'") j = skipSingleQuoted(src, j, end) - 1;
		else if (c === open) depth++;
		else if (c === close && --depth === 0) return j + 1;
	}
	throw new Error(`Unbalanced "${open}" at offset ${i}.`);
}

/** Index of the backtick that closes the one at `i`. */
function closingBacktick(src: string, i: number, end: number): number {
	for (let j = i + 1; j < end; j++) {
		if (src[j] === '\\') j++;
		else if (src[j] === '`') return j;
	}
	throw new Error(`Unterminated backtick at offset ${i}.`);
}

/**
 * Lexes `src[start, end)` into `out`. With `nested`, it stops at the `)` that closes a `$(` and
 * returns the index after it; otherwise it returns `end`.
 */
function lex(src: string, start: number, end: number, nested: boolean, out: ShellCommand[], lineOf: (offset: number) => number): number {
	let words: ShellWord[] = [];
	let word: ShellWord | undefined;
	// Nested commands found inside the current command's words, emitted after it.
	let inner: ShellCommand[] = [];
	let parenDepth = 0;
	let redirectTarget = false;
	let heredocNext: { strip: boolean } | undefined;
	const heredocs: { delimiter: string; strip: boolean }[] = [];

	const wordAt = (i: number) => (word ??= { value: '', dynamic: false, start: i, end: i });
	const endWord = (i: number) => {
		if (!word) return;
		word.end = i;
		if (heredocNext) {
			heredocs.push({ delimiter: word.value, ...heredocNext });
			heredocNext = undefined;
			redirectTarget = false;
		} else if (redirectTarget) {
			redirectTarget = false;
		} else {
			words.push(word);
		}
		word = undefined;
	};
	const endCommand = () => {
		if (words.length > 0) out.push({ words, line: lineOf(words[0].start) });
		out.push(...inner);
		words = [];
		inner = [];
	};
	const substitute = (from: number, to: number) => {
		const found: ShellCommand[] = [];
		const after = lex(src, from, to, true, found, lineOf);
		inner.push(...found);
		return after;
	};
	/** Parses `$…` at `i` into the current word, returning the index after it. */
	const dollar = (i: number): number => {
		const w = wordAt(i);
		const next = src[i + 1];
		let after: number;
		if (next === '(' && src[i + 2] === '(') after = skipBalanced(src, i + 1, end, '(', ')');
		else if (next === '(') after = substitute(i + 2, end);
		else if (next === '{') after = skipBalanced(src, i + 1, end, '{', '}');
		else if (next !== undefined && /[A-Za-z0-9_@*#?$!-]/.test(next)) {
			after = i + 2;
			if (/[A-Za-z_]/.test(next)) while (after < end && /[A-Za-z0-9_]/.test(src[after])) after++;
		} else {
			w.value += '$';
			return i + 1;
		}
		w.value += src.slice(i, after);
		w.dynamic = true;
		return after;
	};
	const backtick = (i: number): number => {
		const close = closingBacktick(src, i, end);
		const found: ShellCommand[] = [];
		lex(src, i + 1, close, false, found, lineOf);
		inner.push(...found);
		const w = wordAt(i);
		w.value += src.slice(i, close + 1);
		w.dynamic = true;
		return close + 1;
	};
	const skipHeredocBodies = (i: number): number => {
		// `i` is the start of the line after the one that opened the here-documents.
		let position = i;
		for (const { delimiter, strip } of heredocs) {
			for (;;) {
				if (position >= end) throw new Error(`Here-document "${delimiter}" is never closed.`);
				const newline = src.indexOf('\n', position);
				const lineEnd = newline === -1 || newline > end ? end : newline;
				const text = src.slice(position, lineEnd);
				position = lineEnd + 1;
				if ((strip ? text.replace(/^\t+/, '') : text) === delimiter) break;
			}
		}
		heredocs.length = 0;
		return Math.min(position, end);
	};

	let i = start;
	while (i < end) {
		const c = src[i];
		if (c === '#' && !word) {
			while (i < end && src[i] !== '\n') i++;
		} else if (c === '\\') {
			if (src[i + 1] === '\n') i += 2;
			else {
				wordAt(i).value += src[i + 1] ?? '';
				i += 2;
			}
		} else if (c === "'") {
			const after = skipSingleQuoted(src, i, end);
			wordAt(i).value += src.slice(i + 1, after - 1);
			i = after;
		} else if (c === '"') {
			const w = wordAt(i);
			i++;
			for (;;) {
				if (i >= end) throw new Error(`Unterminated double quote in line ${lineOf(w.start)}.`);
				const d = src[i];
				if (d === '"') {
					i++;
					break;
				}
				if (d === '\\') {
					const e = src[i + 1];
					if (e === '\n') i += 2;
					else if (e === '"' || e === '\\' || e === '$' || e === '`') {
						w.value += e;
						i += 2;
					} else {
						w.value += d;
						i++;
					}
				} else if (d === '$') i = dollar(i);
				else if (d === '`') i = backtick(i);
				else {
					w.value += d;
					i++;
				}
			}
		} else if (c === '$') {
			i = dollar(i);
		} else if (c === '`') {
			i = backtick(i);
		} else if (c === ' ' || c === '\t' || c === '\r') {
			endWord(i);
			i++;
		} else if (c === '\n') {
			endWord(i);
			endCommand();
			i++;
			if (heredocs.length > 0) i = skipHeredocBodies(i);
		} else if (c === ';' || c === '|' || (c === '&' && src[i + 1] !== '>')) {
			endWord(i);
			endCommand();
			i += src[i + 1] === c || (c === '|' && src[i + 1] === '&') ? 2 : 1;
		} else if (c === '(') {
			endWord(i);
			endCommand();
			parenDepth++;
			i++;
		} else if (c === ')') {
			endWord(i);
			endCommand();
			i++;
			if (parenDepth > 0) parenDepth--;
			else if (nested) return i;
		} else if (c === '<' || c === '>' || c === '&') {
			// A redirection: a file-descriptor number written just before it is not a word, and
			// neither is its target.
			if (word && !word.dynamic && /^\d+$/.test(word.value)) word = undefined;
			else endWord(i);
			const operator = /^(<<-|<<<|<<|<>|<&|>>|>&|>\||&>>|&>|<|>)/.exec(src.slice(i, i + 3))?.[0] ?? c;
			i += operator.length;
			if (operator === '<<' || operator === '<<-') heredocNext = { strip: operator === '<<-' };
			redirectTarget = true;
		} else {
			wordAt(i).value += c;
			i++;
		}
	}
	if (nested) throw new Error(`Unclosed "$(" before offset ${end}.`);
	endWord(i);
	endCommand();
	return end;
}

// ---------------------------------------------------------------------------------------------
// aws invocations

/** One `aws …` command found in a script. */
export interface AwsInvocation {
	/** 1-based line of the `aws` word. */
	line: number;
	/** The words after `aws`. */
	args: ShellWord[];
	/** The command as written (continuations and all), for messages. */
	text: string;
}

/** Every `aws` command in a script, in order, including those inside `$(…)`. */
export function awsInvocations(script: string): AwsInvocation[] {
	const found: AwsInvocation[] = [];
	for (const { words, line } of shellCommands(script)) {
		let k = 0;
		while (k < words.length && !words[k].dynamic && (COMMAND_PREFIXES.has(words[k].value) || ASSIGNMENT.test(words[k].value))) k++;
		const name = words[k];
		if (!name || name.dynamic || name.value !== 'aws') continue;
		const last = words[words.length - 1];
		// The line of `aws` itself, which differs from the command's first line after `if` and the like.
		const awsLine = line + (script.slice(words[0].start, name.start).match(/\n/g)?.length ?? 0);
		found.push({ line: awsLine, args: words.slice(k + 1), text: script.slice(name.start, last.end) });
	}
	return found;
}

/** A `--flag` and the words after it up to the next flag. */
export interface CliOption {
	name: string;
	values: ShellWord[];
}

/** An `aws` command split into its parts. */
export interface ParsedAwsCommand {
	/** Global options given before the service name. */
	globals: CliOption[];
	service?: string;
	/** The subcommand, e.g. `put-integration`, or `wait`. */
	command?: string;
	/** For `aws <service> wait <waiter>`, the waiter's name. */
	waiter?: string;
	options: CliOption[];
	/** Words that belong to no flag (the services checked here take none). */
	positionals: ShellWord[];
	problems: string[];
}

/** Splits the words after `aws` into global options, service, subcommand and flags. */
export function parseAwsArguments(args: readonly ShellWord[]): ParsedAwsCommand {
	const parsed: ParsedAwsCommand = { globals: [], options: [], positionals: [], problems: [] };
	let i = 0;
	while (i < args.length && args[i].value.startsWith('--')) {
		const name = args[i].value.slice(2).split('=')[0];
		if (!(name in GLOBAL_OPTIONS)) {
			parsed.problems.push(`--${name} is not an AWS CLI global option, so it cannot come before the service name.`);
			i++;
			continue;
		}
		const takesValue = GLOBAL_OPTIONS[name] && !args[i].value.includes('=');
		parsed.globals.push({ name, values: takesValue && args[i + 1] ? [args[i + 1]] : [] });
		i += takesValue ? 2 : 1;
	}
	const literal = (what: string) => {
		const word = args[i++];
		if (!word) {
			parsed.problems.push(`The ${what} is missing.`);
			return undefined;
		}
		if (word.dynamic) parsed.problems.push(`The ${what} "${word.value}" is computed at run time, so it cannot be checked.`);
		return word.value;
	};
	parsed.service = literal('service name');
	if (parsed.service === undefined) return parsed;
	parsed.command = literal('subcommand');
	if (parsed.command === 'wait') parsed.waiter = literal('waiter name');
	let current: CliOption | undefined;
	for (; i < args.length; i++) {
		const word = args[i];
		if (!word.dynamic && word.value.startsWith('--')) {
			const [name, ...inline] = word.value.slice(2).split('=');
			current = { name, values: inline.length > 0 ? [{ ...word, value: inline.join('=') }] : [] };
			parsed.options.push(current);
		} else if (word.value.startsWith('--')) {
			parsed.problems.push(`The flag "${word.value}" is computed at run time, so it cannot be checked.`);
		} else if (current) {
			current.values.push(word);
		} else {
			parsed.positionals.push(word);
		}
	}
	return parsed;
}

// ---------------------------------------------------------------------------------------------
// Models

/** How the CLI treats an input member's value. */
export type MemberKind = 'boolean' | 'scalar' | 'list' | 'map' | 'structure';

/** One flag of a command, and the model member behind it. */
export interface FlagModel {
	member: string;
	kind: MemberKind;
	required: boolean;
	/** False for the `--no-<flag>` twin of a boolean. */
	primary: boolean;
}

/** A CLI command (or waiter) and the flags its operation's input gives it. */
export interface OperationModel {
	operation: string;
	flags: Map<string, FlagModel>;
	paginated: boolean;
}

/** What one SDK package says the CLI accepts for its service. */
export interface ServiceModel {
	service: CliService;
	/** CLI subcommand (`put-integration`) → operation name (`PutIntegration`). */
	commands: Map<string, string>;
	/** The operation behind a subcommand or waiter, with its flags. */
	operation(name: string): OperationModel;
	/** CLI waiter name (`services-stable`) → the operation it polls, when the package shows it. */
	waiter(name: string): OperationModel | undefined;
}

/**
 * Static schemas in @smithy/types: `[id, namespace, name, traits, …]`. A structure is
 * `[3, ns, name, traits, memberNames, memberSchemas, requiredCount?]` and an operation
 * `[9, ns, name, traits, () => input, () => output]`. A member is either a schema, a function
 * returning one, or `[schema, memberTraits]`. The generator lists required members first and
 * `requiredCount` says how many there are; @smithy/types only types it as `number?`, so this was
 * checked against botocore's `required` lists for the six services. They agree, except that
 * botocore also counts a few idempotency tokens that the tools fill in themselves.
 */
type StaticSchema = readonly unknown[];

/** Follows functions and member wrappers down to a schema. */
function resolveSchema(ref: unknown): unknown {
	let schema = ref;
	for (;;) {
		if (typeof schema === 'function') schema = (schema as () => unknown)();
		else if (Array.isArray(schema) && schema.length === 2) schema = schema[0];
		else if (Array.isArray(schema) && schema[0] === 0 && schema.length === 5) schema = schema[4];
		else return schema;
	}
}

/**
 * The CLI's view of a member schema. Simple schemas are numbers: 2 is boolean, bit 64 marks a
 * list and bit 128 a map; the rest (strings, numbers, timestamps, blobs) take one value. Static
 * schemas 1, 2, 3 and 4 are list, map, structure and union.
 */
export function memberKind(ref: unknown): MemberKind {
	const schema = resolveSchema(ref);
	if (typeof schema === 'number') {
		if (schema === 2) return 'boolean';
		if (schema & 128) return 'map';
		if (schema & 64) return 'list';
		return 'scalar';
	}
	if (Array.isArray(schema)) {
		if (schema[0] === 1) return 'list';
		if (schema[0] === 2) return 'map';
		if (schema[0] === 3 || schema[0] === 4) return 'structure';
	}
	return 'scalar';
}

/** The flags of an operation whose input structure schema is given. */
export function inputFlags(service: CliService, command: string, input: unknown): Map<string, FlagModel> {
	const flags = new Map<string, FlagModel>();
	const schema = resolveSchema(input);
	// Operations without input point at the unit schema ("smithy.api#Unit" or similar): no flags.
	if (!Array.isArray(schema) || schema[0] !== 3) return flags;
	const [, , , , names = [], refs = [], requiredCount = 0] = schema as StaticSchema;
	const removed = new Set(CLI_REMOVED_FLAGS[`${service}.${command}`] ?? []);
	(names as string[]).forEach((member, index) => {
		const kind = memberKind((refs as unknown[])[index]);
		const required = index < (requiredCount as number);
		for (const flag of memberFlags(member, kind)) {
			if (removed.has(flag)) continue;
			const renamed = CLI_RENAMED_FLAGS[`${service}.${command}.${flag}`] ?? CLI_RENAMED_FLAGS[`${service}.*.${flag}`] ?? flag;
			flags.set(renamed, { member, kind, required, primary: flag === cliName(member) });
		}
	});
	return flags;
}

/**
 * Reads an SDK client package (its module exports) into a service model. Commands are the
 * exported `<Operation>Command` classes; an instance's `schema` is the operation schema the
 * client sends, and its fifth element links to the input structure, so no schema is looked up by
 * name. `waiterSource` returns the text of the package's `waitFor<Name>` module, whose import of
 * a `<Operation>Command` names the operation the waiter polls.
 */
export function serviceModel(
	service: CliService,
	sdk: Readonly<Record<string, unknown>>,
	waiterSource: (waiterName: string) => string | undefined,
): ServiceModel {
	const commands = new Map<string, string>();
	for (const exported of Object.keys(sdk)) {
		const match = /^([A-Z][A-Za-z0-9]*)Command$/.exec(exported);
		if (match && typeof sdk[exported] === 'function') commands.set(cliName(match[1]), match[1]);
	}
	const cache = new Map<string, OperationModel>();
	const operation = (name: string): OperationModel => {
		const cached = cache.get(name);
		if (cached) return cached;
		const Command = sdk[`${name}Command`] as (new (input: object) => { schema?: unknown }) | undefined;
		if (typeof Command !== 'function') throw new Error(`${CLI_SERVICE_PACKAGES[service]} has no ${name}Command.`);
		const schema = new Command({}).schema;
		if (!Array.isArray(schema) || schema[0] !== 9 || schema[2] !== name) {
			throw new Error(`${name}Command in ${CLI_SERVICE_PACKAGES[service]} has no operation schema this checker understands.`);
		}
		const model = {
			operation: name,
			flags: inputFlags(service, cliName(name), schema[4]),
			paginated: typeof sdk[`paginate${name}`] === 'function',
		};
		cache.set(name, model);
		return model;
	};
	// Waiters: the CLI names `aws <service> wait <name>` after the same waiter names the SDK
	// exports as `waitUntil<Name>`.
	const waiters = new Map<string, string>();
	for (const exported of Object.keys(sdk)) {
		const match = /^waitUntil([A-Z][A-Za-z0-9]*)$/.exec(exported);
		if (match && typeof sdk[exported] === 'function') waiters.set(cliName(match[1]), match[1]);
	}
	const waiter = (name: string): OperationModel | undefined => {
		const waiterName = waiters.get(name);
		const source = waiterName && waiterSource(waiterName);
		const polled = source && /import\s*\{\s*([A-Z][A-Za-z0-9]*)Command\s*,?\s*\}\s*from\s*["']\.\.\/commands\//.exec(source)?.[1];
		return polled && commands.has(cliName(polled)) ? operation(polled) : undefined;
	};
	return { service, commands, operation, waiter };
}

// ---------------------------------------------------------------------------------------------
// Checking

/** Edit distance, to suggest the flag a typo meant. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}

function suggestion(name: string, known: Iterable<string>): string {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const d = distance(name, candidate);
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean "${best}"?` : '';
}

/**
 * Checks one `aws` command against the models. Returns the problems found, each naming the line;
 * an empty list means the service, subcommand (or waiter) and every flag exist, booleans get no
 * value, other flags get at least one, and no required flag is missing.
 */
export function checkInvocation(invocation: AwsInvocation, models: Readonly<Partial<Record<string, ServiceModel>>>): string[] {
	const parsed = parseAwsArguments(invocation.args);
	const named = [parsed.service, parsed.command, parsed.waiter].filter((part) => part !== undefined).join(' ');
	const where = `line ${invocation.line} (aws ${named})`;
	const problems = parsed.problems.map((problem) => `${where}: ${problem}`);
	if (!parsed.service || !parsed.command) return problems;
	const model = models[parsed.service];
	if (!model) {
		return [...problems, `${where}: the service "${parsed.service}" is not one the samples may use (${Object.keys(CLI_SERVICE_PACKAGES).join(', ')}).`];
	}
	let operation: OperationModel | undefined;
	if (parsed.command === 'wait') {
		if (parsed.waiter === undefined) return problems;
		operation = model.waiter(parsed.waiter);
		if (!operation) return [...problems, `${where}: "aws ${parsed.service} wait ${parsed.waiter}" is not a waiter the ${CLI_SERVICE_PACKAGES[model.service]} model defines.`];
	} else {
		const name = model.commands.get(parsed.command);
		if (!name) return [...problems, `${where}: "${parsed.command}" is not a subcommand of "aws ${parsed.service}".${suggestion(parsed.command, model.commands.keys())}`];
		operation = model.operation(name);
	}
	for (const word of parsed.positionals) problems.push(`${where}: "${word.value}" belongs to no flag.`);

	const given = new Set<string>();
	const known = [...operation.flags.keys(), ...Object.keys(GLOBAL_OPTIONS), ...Object.keys(COMMAND_OPTIONS)];
	if (operation.paginated && parsed.command !== 'wait') known.push(...PAGINATION_OPTIONS);
	for (const { name, values } of parsed.options) {
		given.add(name);
		const flag = operation.flags.get(name);
		const count = values.length;
		if (flag) {
			if (flag.kind === 'boolean' && count > 0) problems.push(`${where}: --${name} is a boolean flag and takes no value.`);
			if (flag.kind !== 'boolean' && count === 0) problems.push(`${where}: --${name} needs a value.`);
			if (flag.kind !== 'boolean' && flag.kind !== 'list' && count > 1) problems.push(`${where}: --${name} takes one value, not ${count}.`);
		} else if (name in GLOBAL_OPTIONS) {
			if (GLOBAL_OPTIONS[name] !== count > 0) problems.push(`${where}: --${name} ${GLOBAL_OPTIONS[name] ? 'needs one value' : 'takes no value'}.`);
		} else if (name in COMMAND_OPTIONS) {
			if (COMMAND_OPTIONS[name] === 'one' ? count !== 1 : count > 1) problems.push(`${where}: --${name} takes ${COMMAND_OPTIONS[name] === 'one' ? 'one value' : 'at most one value'}.`);
		} else if (known.includes(name)) {
			if (count !== 1) problems.push(`${where}: --${name} needs one value.`);
		} else {
			problems.push(`${where}: --${name} is not a flag of "aws ${parsed.service} ${parsed.command}${parsed.waiter ? ` ${parsed.waiter}` : ''}".${suggestion(name, known)}`);
		}
	}
	// The CLI can take every value from a JSON or YAML document instead, and a skeleton needs none.
	const fromFile = given.has('cli-input-json') || given.has('cli-input-yaml') || given.has('generate-cli-skeleton');
	if (!fromFile) {
		const givenMembers = new Set([...given].map((name) => operation.flags.get(name)?.member));
		for (const [name, flag] of operation.flags) {
			if (flag.required && flag.primary && !givenMembers.has(flag.member)) problems.push(`${where}: the required flag --${name} is missing.`);
		}
	}
	return problems;
}

/** Checks every `aws` command of a script. */
export function checkScript(script: string, models: Readonly<Partial<Record<string, ServiceModel>>>): string[] {
	return awsInvocations(script).flatMap((invocation) => checkInvocation(invocation, models));
}
