import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CLI_SERVICE_PACKAGES, awsInvocations, checkScript, parseAwsArguments, serviceModel, type ServiceModel } from '../cli-commands.ts';

/**
 * Every AWS CLI sample is valid bash, and every `aws` command in it names a real service,
 * subcommand (or waiter) and flags, as the AWS SDK for JavaScript v3 models describe them.
 */

const folder = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const EXPECTED = [
	'http-api-alb-ecs',
	'http-api-nlb-ec2',
	'http-api-cloud-map-ecs',
	'rest-api-alb-ecs',
	'rest-api-nlb-ec2-v1',
	'cross-account-provider',
	'cross-account-consumer',
];

/** One model per CLI service, read from the installed SDK client packages. */
const models: Record<string, ServiceModel> = Object.fromEntries(
	Object.entries(CLI_SERVICE_PACKAGES).map(([service, name]) => {
		// The package's main file is dist-cjs/index.js; its waiter modules sit in dist-es/waiters.
		const waiters = join(dirname(require.resolve(name)), '..', 'dist-es', 'waiters');
		const waiterSource = (waiter: string) => {
			const file = join(waiters, `waitFor${waiter}.js`);
			return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
		};
		return [service, serviceModel(service as keyof typeof CLI_SERVICE_PACKAGES, require(name), waiterSource)];
	}),
);

const scripts = readdirSync(folder)
	.filter((file) => file.endsWith('.sh'))
	.map((file) => ({ file, name: file.replace(/\.sh$/, ''), path: join(folder, file), text: readFileSync(join(folder, file), 'utf8') }));

test('every scenario has a CLI script', () => {
	expect(scripts.map((script) => script.name).sort()).toEqual([...EXPECTED].sort());
});

describe.each(scripts)('$file', ({ path, text }) => {
	test('is valid bash that stops on the first error', () => {
		// `bash -n` parses without running anything.
		execFileSync('bash', ['-n', path]);
		expect(text).toMatch(/^set -euo pipefail$/m);
	});

	test('uses only real AWS CLI commands and flags', () => {
		expect(awsInvocations(text).length).toBeGreaterThan(10);
		expect(checkScript(text, models)).toEqual([]);
	});
});

describe.each(['rest-api-alb-ecs', 'rest-api-nlb-ec2-v1'])('%s.sh: the backend path', (name) => {
	// Chapters 3 and 6 say the REST samples build the backend path from the uri template; the CDK
	// tests check the same for the synthesized templates.
	const script = scripts.find((s) => s.name === name)!;
	const integrations = awsInvocations(script.text)
		.map((invocation) => parseAwsArguments(invocation.args))
		.filter((parsed) => parsed.service === 'apigateway' && parsed.command === 'put-integration')
		.map((parsed) => Object.fromEntries(parsed.options.map((option) => [option.name, option.values.map((v) => v.value).join(' ')])));

	test('the /{proxy+} integration fills the {proxy} placeholder at the end of its uri from the method\'s path parameter', () => {
		const proxy = integrations.filter((flags) => flags['resource-id'] === '$PROXY_ID');
		expect(proxy).toHaveLength(1);
		expect(proxy[0]!['uri']).toMatch(/^http:\/\/\$[A-Z_]+_DNS\/\{proxy\}$/);
		expect(JSON.parse(proxy[0]!['request-parameters']!)).toEqual({ 'integration.request.path.proxy': 'method.request.path.proxy' });
		const method = awsInvocations(script.text)
			.map((invocation) => parseAwsArguments(invocation.args))
			.filter((parsed) => parsed.command === 'put-method' && parsed.options.some((o) => o.values[0]?.value === '$PROXY_ID'));
		expect(method).toHaveLength(1);
		const methodParameters = method[0]!.options.find((o) => o.name === 'request-parameters')!.values[0]!.value;
		expect(JSON.parse(methodParameters)).toEqual({ 'method.request.path.proxy': true });
	});

	test('the root integration has a uri ending in "/" and maps no path parameter', () => {
		const root = integrations.filter((flags) => flags['resource-id'] === '$ROOT_ID');
		expect(root).toHaveLength(1);
		expect(root[0]!['uri']).toMatch(/^http:\/\/\$[A-Z_]+_DNS\/$/);
		expect(root[0]!['request-parameters']).toBeUndefined();
	});
});

describe('the checker, on the real models', () => {
	const check = (command: string) => checkScript(command, models);

	test('accepts a correct REST integration through a VPC link V2', () => {
		expect(
			check(`aws apigateway put-integration --rest-api-id a --resource-id b --http-method ANY --type HTTP_PROXY \\
	--integration-http-method ANY --connection-type VPC_LINK --connection-id c --integration-target arn --uri http://x/{proxy}`),
		).toEqual([]);
	});

	test('fails on a misspelled flag and suggests the right one', () => {
		const problems = check(
			'ID=$(aws apigateway put-integration --rest-api-id a --resource-id b --http-method ANY --type HTTP_PROXY --integration-targte arn)',
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/line 1 \(aws apigateway put-integration\): --integration-targte is not a flag .* Did you mean "integration-target"\?/);
	});

	test('fails on an unknown subcommand, service, waiter and a missing required flag', () => {
		expect(check('aws apigatewayv2 create-vpclink --name x --subnet-ids s')[0]).toMatch(/"create-vpclink" is not a subcommand of "aws apigatewayv2"\. Did you mean "create-vpc-link"\?/);
		expect(check('aws lambda list-functions')[0]).toMatch(/the service "lambda" is not one the samples may use/);
		expect(check('aws apigatewayv2 wait vpc-link-available --vpc-link-id x')[0]).toMatch(/is not a waiter/);
		expect(check('aws apigatewayv2 create-vpc-link --name x')).toEqual([
			'line 1 (aws apigatewayv2 create-vpc-link): the required flag --subnet-ids is missing.',
		]);
	});

	test('knows the CLI renames, booleans, waiters and pagination options', () => {
		expect(check('aws apigateway create-rest-api --name x --version 1')[0]).toMatch(/--version takes no value/);
		expect(check('aws apigateway create-rest-api --name x --api-version 1')).toEqual([]);
		expect(check('aws apigatewayv2 create-stage --api-id a --stage-name s --no-auto-deploy')).toEqual([]);
		expect(check('aws apigatewayv2 create-stage --api-id a --stage-name s --auto-deploy yes')[0]).toMatch(/boolean flag/);
		expect(check('aws ecs wait services-stable --cluster c --services s')).toEqual([]);
		expect(check('aws ecs wait services-stable --cluster c --servics s')[0]).toMatch(/--servics is not a flag/);
		expect(check('aws apigateway get-resources --rest-api-id a --max-items 5')).toEqual([]);
		expect(check('aws apigateway get-rest-api --rest-api-id a --max-items 5')[0]).toMatch(/--max-items is not a flag/);
	});
});
