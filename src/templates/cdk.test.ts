import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import { canonical } from './canonical.ts';
import { camelCase, stackClassName } from './cdk.ts';
import { templateFiles } from './files.ts';
import { cloudFormationResource } from './plain.ts';
import { buildableSetups } from './setups.ts';
import { slugOf } from './slug.ts';
import { stackTemplate } from './stack.ts';

/**
 * Every generated CDK program, for every supported setup, type-checks and synthesizes, and what
 * it synthesizes is the CloudFormation tab's stack, resource for resource and property for
 * property. The programs are written under test-results/ (ignored by git and the type check of
 * the site), where they resolve aws-cdk-lib from the project's node_modules as a reader's would.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = join(root, 'test-results', 'templates-cdk');
const setups = buildableSetups();
const programs = setups.map((config) => {
	const slug = slugOf(config);
	const file = templateFiles(config).find((candidate) => candidate.tool === 'cdk')!;
	return { config, slug, path: join(folder, file.fileName), text: file.text };
});

beforeAll(() => {
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	for (const program of programs) writeFileSync(program.path, program.text);
});

test('camelCase spells names the way the CDK does', () => {
	expect(['VPCZoneIdentifier', 'TTL', 'DNSName', 'CidrIp', 'EnableDnsSupport', 'Id'].map(camelCase)).toEqual([
		'vpcZoneIdentifier',
		'ttl',
		'dnsName',
		'cidrIp',
		'enableDnsSupport',
		'id',
	]);
});

test('every program type-checks, strictly and with no unused names', () => {
	const program = ts.createProgram(
		programs.map((program) => program.path),
		{
			strict: true,
			noEmit: true,
			noUnusedLocals: true,
			erasableSyntaxOnly: true,
			verbatimModuleSyntax: true,
			skipLibCheck: true,
			target: ts.ScriptTarget.ES2022,
			module: ts.ModuleKind.NodeNext,
			moduleResolution: ts.ModuleResolutionKind.NodeNext,
			types: [],
		},
	);
	const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
		const where = diagnostic.file ? `${diagnostic.file.fileName.replace(folder, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
		return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
	});
	expect(problems).toEqual([]);
}, 60_000);

describe.each(programs)('$slug', ({ config, slug, path }) => {
	let synthesized: Record<string, { Type: string; Properties?: unknown; DependsOn?: string[] }>;
	let template: Template;

	beforeAll(async () => {
		const module = (await import(pathToFileURL(path).href)) as Record<string, new (scope: App, id: string) => Stack>;
		template = Template.fromStack(new module[stackClassName(slug)]!(new App(), slug));
		synthesized = template.toJSON().Resources;
	});

	test('synthesizes exactly the CloudFormation tab’s resources', () => {
		const expected = stackTemplate(config).Resources;
		expect(Object.keys(synthesized).sort()).toEqual(Object.keys(expected).sort());
		for (const [id, resource] of Object.entries(expected)) {
			const { Type, Properties, DependsOn } = cloudFormationResource(resource) as { Type: string; Properties: unknown; DependsOn?: string[] };
			const actual = synthesized[id]!;
			expect({ id, Type: actual.Type, Properties: canonical(actual.Properties ?? {}), DependsOn: [...(actual.DependsOn ?? [])].sort() }).toEqual({
				id,
				Type,
				Properties: canonical(Properties),
				DependsOn: [...(DependsOn ?? [])].sort(),
			});
		}
	});

	test('connects through the VPC link to the setup’s target', () => {
		if (config.api === 'http') {
			template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
				ConnectionType: 'VPC_LINK',
				ConnectionId: { Ref: 'VpcLink' },
				IntegrationUri: config.target === 'cloudmap' ? { 'Fn::GetAtt': ['DiscoveryService', 'Arn'] } : { Ref: 'Listener' },
			});
			return;
		}
		const methods = template.findResources('AWS::ApiGateway::Method');
		expect(Object.keys(methods).sort()).toEqual(['ProxyMethod', 'RootMethod']);
		for (const method of Object.values(methods)) {
			const integration = method.Properties.Integration;
			expect(integration).toMatchObject({ Type: 'HTTP_PROXY', ConnectionType: 'VPC_LINK', ConnectionId: { Ref: 'VpcLink' } });
			if (config.link === 'v2') expect(integration.IntegrationTarget).toEqual({ Ref: 'LoadBalancer' });
			else expect(integration.IntegrationTarget).toBeUndefined();
		}
		template.resourceCountIs(config.link === 'v2' ? 'AWS::ApiGatewayV2::VpcLink' : 'AWS::ApiGateway::VpcLink', 1);
		template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: [config.client === 'vpc' ? 'PRIVATE' : 'REGIONAL'] } });
	});

	test('lets the traffic of the drawn path through its security groups, and nothing else in', () => {
		const front = config.target === 'cloudmap' ? 'TargetSecurityGroup' : 'LoadBalancerSecurityGroup';
		if (config.link === 'v2') {
			const link = template.findResources('AWS::EC2::SecurityGroup').VpcLinkSecurityGroup!;
			expect(link.Properties.SecurityGroupIngress).toBeUndefined();
			expect(link.Properties.SecurityGroupEgress).toEqual([
				expect.objectContaining({ FromPort: 80, ToPort: 80, DestinationSecurityGroupId: { 'Fn::GetAtt': [front, 'GroupId'] } }),
			]);
			template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
				GroupId: { 'Fn::GetAtt': [front, 'GroupId'] },
				FromPort: 80,
				SourceSecurityGroupId: { 'Fn::GetAtt': ['VpcLinkSecurityGroup', 'GroupId'] },
			});
		}
		if (config.target !== 'cloudmap') {
			template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
				GroupId: { 'Fn::GetAtt': ['TargetSecurityGroup', 'GroupId'] },
				FromPort: 80,
				SourceSecurityGroupId: { 'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId'] },
			});
		}
		// Nothing is open to the internet: every inbound rule names a group or the VPC's own range.
		const inbound = [
			...Object.values(template.findResources('AWS::EC2::SecurityGroupIngress')).map((rule) => rule.Properties),
			...Object.values(template.findResources('AWS::EC2::SecurityGroup')).flatMap((group) => group.Properties.SecurityGroupIngress ?? []),
		];
		for (const rule of inbound) expect(rule.CidrIp === undefined || JSON.stringify(rule.CidrIp) === JSON.stringify({ 'Fn::GetAtt': ['Vpc', 'CidrBlock'] })).toBe(true);
	});
});
