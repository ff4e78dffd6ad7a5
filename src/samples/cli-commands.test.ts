import { describe, expect, test } from 'vitest';
import {
	awsInvocations,
	checkInvocation,
	checkScript,
	cliName,
	inputFlags,
	memberFlags,
	memberKind,
	parseAwsArguments,
	serviceModel,
	shellCommands,
	type ServiceModel,
} from './cli-commands.ts';

/** The words of every command in a script, as plain strings. */
const commandWords = (script: string) => shellCommands(script).map((command) => command.words.map((word) => word.value));

describe('cliName', () => {
	test('turns operation and member names into the CLI spelling, like botocore', () => {
		expect(cliName('PutIntegration')).toBe('put-integration');
		expect(cliName('restApiId')).toBe('rest-api-id');
		expect(cliName('VpcEndpointId')).toBe('vpc-endpoint-id');
		expect(cliName('DescribeVpcEndpointServiceConfigurations')).toBe('describe-vpc-endpoint-service-configurations');
		expect(cliName('enableECSManagedTags')).toBe('enable-ecs-managed-tags');
		expect(cliName('DNSName')).toBe('dns-name');
		expect(cliName('Ipv6CidrBlock')).toBe('ipv6-cidr-block');
	});

	test('keeps the quirks of the CLI rule', () => {
		// A trailing plural acronym is split off as a whole word.
		expect(cliName('TargetGroupARNs')).toBe('target-group-arns');
		// Digits inside an acronym split it; the real CLI flag is spelled this way too.
		expect(cliName('PrivateIPv4Address')).toBe('private-i-pv4-address');
		expect(cliName('already-kebab')).toBe('already-kebab');
	});

	test('gives booleans a --no- twin', () => {
		expect(memberFlags('AutoDeploy', 'boolean')).toEqual(['auto-deploy', 'no-auto-deploy']);
		expect(memberFlags('ApiId', 'scalar')).toEqual(['api-id']);
	});
});

describe('shellCommands', () => {
	test('ignores comments, but not a # inside a word or quotes', () => {
		expect(commandWords('# aws ec2 delete-vpc\necho a#b "#c" # aws ec2 x\n')).toEqual([['echo', 'a#b', '#c']]);
	});

	test('joins backslash line continuations and reports the first line', () => {
		const commands = shellCommands('set -e\n\naws ec2 \\\n\tdescribe-vpcs \\\n\t--vpc-ids vpc-1\n');
		expect(commands.map((command) => command.line)).toEqual([1, 3]);
		expect(commands[1].words.map((word) => word.value)).toEqual(['aws', 'ec2', 'describe-vpcs', '--vpc-ids', 'vpc-1']);
	});

	test('removes quotes, keeps expansions as written and marks them dynamic', () => {
		const [command] = shellCommands(`aws x y --a 'b c' --d "e $F" --g \${H[@]} --i "j\\"k"`);
		expect(command.words.map((word) => word.value)).toEqual(['aws', 'x', 'y', '--a', 'b c', '--d', 'e $F', '--g', '${H[@]}', '--i', 'j"k']);
		expect(command.words.map((word) => word.dynamic)).toEqual([false, false, false, false, false, false, true, false, true, false, false]);
	});

	test('finds commands inside $(…), backticks and quoted substitutions', () => {
		expect(commandWords('X=$(aws a b --c "$(aws d e)")\nY=`aws f g`\n')).toEqual([
			['X=$(aws a b --c "$(aws d e)")'],
			['aws', 'a', 'b', '--c', '$(aws d e)'],
			['aws', 'd', 'e'],
			['Y=`aws f g`'],
			['aws', 'f', 'g'],
		]);
	});

	test('splits on operators and leaves out redirections', () => {
		expect(commandWords('a 1 && b 2 || c 3; d 4 | e 5 >/dev/null 2>&1 &\nf <<<"$(g)" > out')).toEqual([
			['a', '1'],
			['b', '2'],
			['c', '3'],
			['d', '4'],
			['e', '5'],
			['f'],
			['g'],
		]);
	});

	test('skips here-document bodies', () => {
		expect(commandWords("cat <<'EOF'\naws ec2 not-a-command\nEOF\ncat <<-END\n\taws ec2 nor-this\n\tEND\naws ec2 real\n")).toEqual([
			['cat'],
			['cat'],
			['aws', 'ec2', 'real'],
		]);
	});

	test('reads loops, case patterns, functions and arithmetic', () => {
		const script = [
			'while :; do',
			'\tcase "$S" in',
			'\t\tA) break ;;',
			'\t\t*) sleep $((N * 2)) ;;',
			'\tesac',
			'done',
			'f() { aws ec2 x; }',
		].join('\n');
		expect(commandWords(script)).toEqual([
			['while', ':'],
			['do'],
			['case', '$S', 'in'],
			['A'],
			['break'],
			['*'],
			['sleep', '$((N * 2))'],
			['esac'],
			['done'],
			['f'],
			['{', 'aws', 'ec2', 'x'],
			['}'],
		]);
	});

	test('rejects what it cannot read', () => {
		expect(() => shellCommands("echo 'open")).toThrow(/Unterminated single quote/);
		expect(() => shellCommands('echo "open')).toThrow(/Unterminated double quote/);
		expect(() => shellCommands('X=$(aws ec2 x')).toThrow(/Unclosed/);
		expect(() => shellCommands('cat <<EOF\nbody\n')).toThrow(/never closed/);
	});
});

describe('awsInvocations', () => {
	test('finds aws after assignments and keywords, with the line of aws itself', () => {
		const script = 'if ! aws ec2 a; then\n  X=1 aws ec2 b\nfi\nuntil [ "$(aws ec2 c)" = x ]; do :; done\necho aws ec2 d\n';
		expect(awsInvocations(script).map((invocation) => [invocation.line, invocation.text])).toEqual([
			[1, 'aws ec2 a'],
			[2, 'aws ec2 b'],
			[4, 'aws ec2 c'],
		]);
	});

	test('keeps the source text of a continued command', () => {
		expect(awsInvocations('aws ec2 x \\\n  --y z >/dev/null')[0].text).toBe('aws ec2 x \\\n  --y z');
	});
});

describe('parseAwsArguments', () => {
	const parse = (command: string) => parseAwsArguments(awsInvocations(command)[0].args);

	test('separates global options, service, subcommand and flags', () => {
		const parsed = parse('aws --region us-east-1 --debug ec2 describe-vpcs --vpc-ids a b --query=Vpcs --dry-run');
		expect(parsed.globals.map((option) => [option.name, option.values.map((word) => word.value)])).toEqual([
			['region', ['us-east-1']],
			['debug', []],
		]);
		expect([parsed.service, parsed.command]).toEqual(['ec2', 'describe-vpcs']);
		expect(parsed.options.map((option) => [option.name, option.values.map((word) => word.value)])).toEqual([
			['vpc-ids', ['a', 'b']],
			['query', ['Vpcs']],
			['dry-run', []],
		]);
		expect(parsed.problems).toEqual([]);
	});

	test('reads waiters, and reports words it cannot place', () => {
		const parsed = parse('aws ecs wait services-stable stray --cluster c');
		expect([parsed.command, parsed.waiter]).toEqual(['wait', 'services-stable']);
		expect(parsed.positionals.map((word) => word.value)).toEqual(['stray']);
		expect(parse('aws --bogus ec2 x').problems).toEqual(['--bogus is not an AWS CLI global option, so it cannot come before the service name.']);
		expect(parse('aws "$SERVICE" x').problems[0]).toMatch(/computed at run time/);
	});
});

describe('memberKind', () => {
	test('reads the simple-schema numbers', () => {
		expect(memberKind(0)).toBe('scalar');
		expect(memberKind(1)).toBe('scalar');
		expect(memberKind(2)).toBe('boolean');
		expect(memberKind(64 | 0)).toBe('list');
		expect(memberKind(128 | 0)).toBe('map');
	});

	test('follows member wrappers, functions and simple schemas', () => {
		expect(memberKind([2, { xmlName: 'dryRun' }])).toBe('boolean');
		expect(memberKind(() => [1, 'ns', 'List', 0, 0])).toBe('list');
		expect(memberKind([() => [3, 'ns', 'Struct', 0, [], []], {}])).toBe('structure');
		expect(memberKind([0, 'ns', 'SensitiveFlag', { sensitive: 1 }, 2])).toBe('boolean');
	});
});

// A tiny stand-in for an SDK client package, shaped like the real exports.
const input = [3, 'ns', 'CreateThingRequest', 0, ['restApiId', 'Enabled', 'Tags', 'Names', 'version'], [0, [2, {}], 128 | 0, 64 | 0, 0], 1];
const sdk: Record<string, unknown> = {
	CreateThingCommand: class {
		schema = [9, 'ns', 'CreateThing', {}, () => input, () => 0];
	},
	ListThingsCommand: class {
		schema = [9, 'ns', 'ListThings', {}, () => 'unit', () => 0];
	},
	paginateListThings: () => undefined,
	waitUntilThingReady: () => undefined,
	waitUntilThingGone: () => undefined,
};
const waiterSource = (name: string) =>
	name === 'ThingReady' ? 'import { checkExceptions } from "@smithy/core/client";\nimport { CreateThingCommand, } from "../commands/CreateThingCommand";' : undefined;
const fake = serviceModel('apigateway', sdk, waiterSource);

describe('serviceModel', () => {
	test('lists subcommands from the exported command classes', () => {
		expect([...fake.commands]).toEqual([
			['create-thing', 'CreateThing'],
			['list-things', 'ListThings'],
		]);
	});

	test('derives flags from the operation schema the command carries', () => {
		const { flags, paginated } = fake.operation('CreateThing');
		expect([...flags].map(([flag, model]) => [flag, model.kind, model.required])).toEqual([
			['rest-api-id', 'scalar', true],
			['enabled', 'boolean', false],
			['no-enabled', 'boolean', false],
			['tags', 'map', false],
			['names', 'list', false],
			['version', 'scalar', false],
		]);
		expect(paginated).toBe(false);
		expect(fake.operation('ListThings')).toMatchObject({ flags: new Map(), paginated: true });
	});

	test('links a waiter to the command its module imports, and only then', () => {
		expect(fake.waiter('thing-ready')?.operation).toBe('CreateThing');
		expect(fake.waiter('thing-gone')).toBeUndefined();
		expect(fake.waiter('thing-missing')).toBeUndefined();
	});

	test('applies the CLI renames and removals', () => {
		const renamed = inputFlags('apigateway', 'create-rest-api', input);
		expect(renamed.has('version')).toBe(false);
		expect(renamed.get('api-version')?.member).toBe('version');
		const withCounts = [3, 'ns', 'RunInstancesRequest', 0, ['MinCount', 'MaxCount', 'ImageId', 'DisableApiTermination'], [1, 1, 0, 2], 2];
		expect([...inputFlags('ec2', 'run-instances', withCounts).keys()]).toEqual(['image-id', 'disable-api-termination', 'enable-api-termination']);
	});

	test('refuses a command class without an operation schema', () => {
		const broken = serviceModel('ecs', { BrokenCommand: class {} }, () => undefined);
		expect(() => broken.operation('Broken')).toThrow(/no operation schema/);
	});
});

describe('checkInvocation', () => {
	const models: Partial<Record<string, ServiceModel>> = { apigateway: fake };
	const check = (command: string) => checkInvocation(awsInvocations(command)[0], models);

	test('accepts real flags, booleans either way, globals and pagination options', () => {
		expect(check('aws apigateway create-thing --rest-api-id a --enabled --tags k=v --names a b --output json')).toEqual([]);
		expect(check('aws --region us-east-1 apigateway create-thing --rest-api-id a --no-enabled')).toEqual([]);
		expect(check('aws apigateway list-things --max-items 5 --starting-token t')).toEqual([]);
		expect(check('aws apigateway wait thing-ready --rest-api-id a')).toEqual([]);
	});

	test('fails on a misspelled flag, naming the line and the likely flag', () => {
		expect(checkScript('\n\nID=$(aws apigateway create-thing --rest-api-id a --rest-api-idd b)', models)).toEqual([
			'line 3 (aws apigateway create-thing): --rest-api-idd is not a flag of "aws apigateway create-thing". Did you mean "rest-api-id"?',
		]);
	});

	test('fails on values that do not fit the flag', () => {
		expect(check('aws apigateway create-thing --rest-api-id a --enabled yes')).toEqual([
			'line 1 (aws apigateway create-thing): --enabled is a boolean flag and takes no value.',
		]);
		expect(check('aws apigateway create-thing --rest-api-id a b')).toEqual([
			'line 1 (aws apigateway create-thing): --rest-api-id takes one value, not 2.',
		]);
		expect(check('aws apigateway create-thing --rest-api-id a --tags')).toEqual(['line 1 (aws apigateway create-thing): --tags needs a value.']);
		expect(check('aws apigateway create-thing --rest-api-id a --output')).toEqual(['line 1 (aws apigateway create-thing): --output needs one value.']);
	});

	test('fails on a missing required flag unless the input comes from a file', () => {
		expect(check('aws apigateway create-thing')).toEqual(['line 1 (aws apigateway create-thing): the required flag --rest-api-id is missing.']);
		expect(check('aws apigateway create-thing --cli-input-json file://in.json')).toEqual([]);
	});

	test('fails on unknown services, subcommands, waiters and pagination where there is none', () => {
		expect(check('aws lambda list-functions')[0]).toMatch(/the service "lambda" is not one the samples may use/);
		expect(check('aws apigateway create-thingy')).toEqual(['line 1 (aws apigateway create-thingy): "create-thingy" is not a subcommand of "aws apigateway". Did you mean "create-thing"?']);
		expect(check('aws apigateway wait thing-gone')[0]).toMatch(/"aws apigateway wait thing-gone" is not a waiter/);
		expect(check('aws apigateway create-thing --rest-api-id a --max-items 5')[0]).toMatch(/--max-items is not a flag/);
	});
});
