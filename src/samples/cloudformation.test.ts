import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
	type CfnTemplate,
	childMethod,
	groupRegions,
	isShownType,
	leftOutTypes,
	markRegions,
	ofType,
	pickResources,
	renderSample,
	rootMethod,
	SAMPLE_STACKS,
	synthesizeSamples,
} from './extract-template.ts';
import { readCloudFormationYaml, toCloudFormationYaml } from '../utils/cloudformation-yaml.ts';
import { fileRegions } from '../utils/sample-regions.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture: CfnTemplate = {
	Parameters: {
		ServiceName: { Type: 'String' },
		Unused: { Type: 'String' },
		BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' },
	},
	Resources: {
		Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
		SubnetA: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' } } },
		SubnetB: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' } } },
		Api: {
			Type: 'AWS::ApiGatewayV2::Api',
			Properties: { Name: 'orders' },
			Metadata: { 'aws:cdk:path': 'S/Api/Resource' },
		},
		Endpoint: {
			Type: 'AWS::EC2::VPCEndpoint',
			Properties: { ServiceName: { Ref: 'ServiceName' }, SubnetIds: [{ Ref: 'SubnetA' }, { Ref: 'SubnetB' }] },
			DependsOn: ['Vpc'],
		},
		Role: { Type: 'AWS::IAM::Role', Properties: {} },
	},
	Outputs: { ApiUrl: { Value: { 'Fn::GetAtt': ['Api', 'ApiEndpoint'] } } },
	Rules: { CheckBootstrapVersion: { Assertions: [{ Assert: { Ref: 'BootstrapVersion' } }] } },
};

describe('isShownType', () => {
	test('shows API Gateway, load balancing, Cloud Map, PrivateLink and security-group resources', () => {
		for (const type of [
			'AWS::ApiGateway::Method',
			'AWS::ApiGatewayV2::VpcLink',
			'AWS::ElasticLoadBalancingV2::Listener',
			'AWS::ServiceDiscovery::Service',
			'AWS::EC2::VPCEndpointService',
			'AWS::EC2::SecurityGroupIngress',
			'AWS::ECS::Service',
			'AWS::AutoScaling::AutoScalingGroup',
			'Custom::AWS',
		]) {
			expect(isShownType(type), type).toBe(true);
		}
	});

	test('leaves out VPC plumbing, IAM, the ECS cluster and Lambda', () => {
		for (const type of [
			'AWS::EC2::VPC',
			'AWS::EC2::Subnet',
			'AWS::EC2::NatGateway',
			'AWS::IAM::Role',
			'AWS::ECS::Cluster',
			'AWS::Lambda::Function',
		]) {
			expect(isShownType(type), type).toBe(false);
		}
	});
});

describe('pickResources', () => {
	test('keeps shown resources without metadata, the parameters they use, and the outputs', () => {
		expect(pickResources(fixture)).toEqual({
			Parameters: { ServiceName: { Type: 'String' } },
			Resources: {
				Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: 'orders' } },
				Endpoint: fixture.Resources.Endpoint,
			},
			Outputs: fixture.Outputs,
		});
	});

	test('takes the predicate it is given, and omits empty sections', () => {
		expect(pickResources({ Resources: fixture.Resources }, (type) => type === 'AWS::EC2::VPC')).toEqual({
			Resources: { Vpc: fixture.Resources.Vpc },
		});
	});
});

describe('leftOutTypes', () => {
	test('lists the types that were left out, sorted, with counts above one', () => {
		expect(leftOutTypes(fixture, pickResources(fixture))).toEqual([
			'AWS::EC2::Subnet (2)',
			'AWS::EC2::VPC',
			'AWS::IAM::Role',
		]);
	});
});

describe('toCloudFormationYaml', () => {
	test('writes intrinsic functions in short form and quotes strings YAML 1.1 would misread', () => {
		const template: CfnTemplate = {
			Resources: {
				Lb: {
					Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
					Properties: {
						EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off',
						Subnets: [{ Ref: 'SubnetA' }],
						LoadBalancerAttributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }],
					},
				},
				Method: {
					Type: 'AWS::ApiGateway::Method',
					Properties: {
						Uri: { 'Fn::Join': ['', ['http://', { 'Fn::GetAtt': ['Lb', 'DNSName'] }, '/{proxy}']] },
						UserData: { 'Fn::Base64': { 'Fn::Join': ['', ['#!/bin/bash\n', { Ref: 'AWS::Region' }]] } },
						Version: '1.0',
					},
				},
			},
		};
		expect(toCloudFormationYaml(template)).toBe(
			[
				'Resources:',
				'  Lb:',
				'    Type: AWS::ElasticLoadBalancingV2::LoadBalancer',
				'    Properties:',
				'      EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: "off"',
				'      Subnets:',
				'        - !Ref SubnetA',
				'      LoadBalancerAttributes:',
				'        - Key: deletion_protection.enabled',
				'          Value: "false"',
				'  Method:',
				'    Type: AWS::ApiGateway::Method',
				'    Properties:',
				'      Uri: !Join',
				'        - ""',
				'        - - http://',
				'          - !GetAtt Lb.DNSName',
				'          - /{proxy}',
				'      UserData:',
				'        Fn::Base64: !Join',
				'          - ""',
				'          - - |',
				'              #!/bin/bash',
				'            - !Ref AWS::Region',
				'      Version: "1.0"',
				'',
			].join('\n'),
		);
	});

	test('reads back as the same template', () => {
		const template = pickResources(fixture);
		expect(readCloudFormationYaml(toCloudFormationYaml(template))).toEqual(template);
	});
});

describe('readCloudFormationYaml', () => {
	test('throws on broken YAML, and on a tag it would otherwise drop', () => {
		expect(() => readCloudFormationYaml('Resources: [')).toThrow();
		expect(() => readCloudFormationYaml('Condition: !Condition IsProd')).toThrow('Unknown YAML tag !Condition');
		expect(readCloudFormationYaml('Value: !!str 1')).toEqual({ Value: '1' });
	});
});

describe('renderSample', () => {
	const text = renderSample('demo', fixture);

	test('starts with a header naming the CDK program, the command and what was left out', () => {
		expect(text.split('\n').slice(0, 5)).toEqual([
			'# Generated from src/samples/cdk/demo.ts by `npm run samples`: do not edit by hand.',
			'# An extract of the synthesized template, with the resources this setup is about. Logical ids',
			"# are the CDK's (construct path plus a hash). References to resources left out, such as the",
			'# VPC and its subnets, are kept as they are.',
			'# Left out: AWS::EC2::Subnet (2), AWS::EC2::VPC, AWS::IAM::Role.',
		]);
		expect(text.split('\n')[5]).toBe('Parameters:');
		expect(text.endsWith('\n')).toBe(true);
	});

	test('wraps a long list of left-out types at 100 characters', () => {
		const many: CfnTemplate = {
			Resources: Object.fromEntries(
				Array.from({ length: 12 }, (_, i) => [`R${i}`, { Type: `AWS::Example::LongResourceTypeName${i}` }]),
			),
		};
		const header = renderSample('demo', many)
			.split('\n')
			.filter((line) => line.startsWith('#'));
		expect(header.length).toBeGreaterThan(6);
		for (const line of header) expect(line.length).toBeLessThanOrEqual(100);
		expect(header.at(-1)).toMatch(/LongResourceTypeName9\.$/);
	});
});

describe('regions', () => {
	const extract = pickResources(fixture);

	test('moves the resources of each region, in order, to the end of the extract', () => {
		const { template, regionIds } = groupRegions(
			{ Resources: { ...extract.Resources, Other: { Type: 'AWS::EC2::SecurityGroup' } } },
			[{ name: 'api', holds: ofType('AWS::ApiGatewayV2::Api') }],
			'demo',
		);
		expect(Object.keys(template.Resources)).toEqual(['Endpoint', 'Other', 'Api']);
		expect(regionIds).toEqual([{ name: 'api', ids: ['Api'] }]);
	});

	test('a region that holds nothing, or a resource in two regions, is an error naming the sample', () => {
		expect(() => groupRegions(extract, [{ name: 'route', holds: ofType('AWS::ApiGatewayV2::Route') }], 'demo')).toThrow(
			'Sample "demo": CloudFormation region "route" holds no resource of the extract.',
		);
		const api = ofType('AWS::ApiGatewayV2::Api');
		expect(() => groupRegions(extract, [{ name: 'a', holds: api }, { name: 'b', holds: api }], 'demo')).toThrow(
			'Sample "demo": resource Api is in two CloudFormation regions.',
		);
	});

	test('writes marker comments around each run of resources, which the region reader finds', () => {
		const { template, regionIds } = groupRegions(extract, [{ name: 'endpoint', holds: ofType('AWS::EC2::VPCEndpoint') }], 'demo');
		const yaml = markRegions(toCloudFormationYaml(template), regionIds);
		const lines = yaml.split('\n');
		const open = lines.indexOf('  #region endpoint');
		expect(lines[open + 1]).toBe('  Endpoint:');
		expect(lines[lines.indexOf('  #endregion') + 1]).toBe('Outputs:');
		expect(fileRegions(yaml, '#', 'demo.yaml').get('endpoint')?.code).toMatch(/^Endpoint:\n {2}Type: AWS::EC2::VPCEndpoint\n/);
		// Comments change nothing CloudFormation reads.
		expect(readCloudFormationYaml(yaml)).toEqual(template);
	});

	test("rootMethod picks the method on the API's root resource", () => {
		const method = (resourceId: unknown) => ({ Type: 'AWS::ApiGateway::Method', Properties: { ResourceId: resourceId } });
		expect(rootMethod(method({ 'Fn::GetAtt': ['Api', 'RootResourceId'] }))).toBe(true);
		expect(rootMethod(method({ Ref: 'ApiProxy' }))).toBe(false);
		expect(rootMethod({ Type: 'AWS::ApiGateway::Resource' })).toBe(false);
	});

	test('childMethod picks the methods on other resources, not the root or the resources themselves', () => {
		const method = (resourceId: unknown) => ({ Type: 'AWS::ApiGateway::Method', Properties: { ResourceId: resourceId } });
		expect(childMethod(method({ Ref: 'ApiProxy' }))).toBe(true);
		expect(childMethod(method({ 'Fn::GetAtt': ['Api', 'RootResourceId'] }))).toBe(false);
		expect(childMethod({ Type: 'AWS::ApiGateway::Resource' })).toBe(false);
	});
});

describe('src/samples/cloudformation', () => {
	const templates = synthesizeSamples();

	test('synthesis gives the same templates every time', () => {
		expect(synthesizeSamples()).toEqual(templates);
	});

	test.each(SAMPLE_STACKS.map(({ name }) => name))('%s.yaml is what its CDK program synthesizes now', (name) => {
		const file = join(root, 'src/samples/cloudformation', `${name}.yaml`);
		const expected = renderSample(name, templates.get(name) as CfnTemplate);
		const message = `src/samples/cloudformation/${name}.yaml is out of date: run \`npm run samples\``;
		expect(existsSync(file), message).toBe(true);
		expect(readFileSync(file, 'utf8'), message).toBe(expected);
		// And the YAML says exactly what the extracted template says.
		expect(readCloudFormationYaml(expected)).toEqual(pickResources(templates.get(name) as CfnTemplate));
	});

	test.each(SAMPLE_STACKS.map(({ name }) => name))('%s: the CLI script, the YAML and the CDK program mark the same regions', (name) => {
		const read = (path: string) => readFileSync(join(root, 'src/samples', path), 'utf8');
		const names = [
			fileRegions(read(`cli/${name}.sh`), '#', `${name}.sh`),
			fileRegions(read(`cloudformation/${name}.yaml`), '#', `${name}.yaml`),
			fileRegions(read(`cdk/${name}.ts`), '//', `${name}.ts`),
		].map((regions) => [...regions.keys()].sort());
		expect(names[0]!.length).toBeGreaterThan(0);
		expect(names[1]).toEqual(names[0]);
		expect(names[2]).toEqual(names[0]);
	});

	// A second Node process synthesizing seven stacks: allow for a busy machine.
	test('app.ts synthesizes every sample stack, as the generator does', { timeout: 120_000 }, () => {
		const outdir = mkdtempSync(join(tmpdir(), 'samples-cdk-out-'));
		try {
			// CDK_OUTDIR is what the CDK CLI sets when it runs the app.
			const run = spawnSync(process.execPath, [join(root, 'src/samples/cdk/app.ts')], {
				env: { ...process.env, CDK_OUTDIR: outdir },
				encoding: 'utf8',
			});
			expect(run.status, run.stderr).toBe(0);
			for (const { name, stackId } of SAMPLE_STACKS) {
				const written = JSON.parse(readFileSync(join(outdir, `${stackId}.template.json`), 'utf8'));
				expect(written, name).toEqual(templates.get(name));
			}
			const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
			expect(manifest.missing).toBeUndefined();
		} finally {
			rmSync(outdir, { recursive: true, force: true });
		}
	});
});
