/**
 * Builds the CloudFormation tab of each sample from its CDK program: synthesize the stack, keep
 * the resources a reader of the chapter needs, and write them as YAML in CloudFormation's short
 * form (`!Ref`, `!GetAtt`, ...). scripts/samples.ts writes the files; a test checks that the
 * committed files still match what the CDK programs synthesize.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type Stack } from 'aws-cdk-lib';
import { CrossAccountConsumerStack } from './cdk/cross-account-consumer.ts';
import { CrossAccountProviderStack } from './cdk/cross-account-provider.ts';
import { HttpApiAlbEcsStack } from './cdk/http-api-alb-ecs.ts';
import { HttpApiCloudMapEcsStack } from './cdk/http-api-cloud-map-ecs.ts';
import { HttpApiNlbEc2Stack } from './cdk/http-api-nlb-ec2.ts';
import { RestApiAlbEcsStack } from './cdk/rest-api-alb-ecs.ts';
import { RestApiNlbEc2V1Stack } from './cdk/rest-api-nlb-ec2-v1.ts';
import { toCloudFormationYaml } from '../utils/cloudformation-yaml.ts';

export interface CfnResource {
	Type: string;
	Properties?: Record<string, unknown>;
	Metadata?: unknown;
	[attribute: string]: unknown;
}

/** The parts of a synthesized template that an extract can carry. */
export interface CfnTemplate {
	Parameters?: Record<string, unknown>;
	Resources: Record<string, CfnResource>;
	Outputs?: Record<string, unknown>;
	[section: string]: unknown;
}

// --- Which resources a chapter shows ---------------------------------------------------------

/**
 * Resource types every extract keeps: the API and its VPC link, load balancers, Cloud Map, the
 * PrivateLink endpoint service and endpoint, the security groups and rules between them, the
 * compute that registers with a target group or Cloud Map service, and the custom resource that
 * looks up endpoint addresses. Everything else (VPC plumbing, IAM, ECS cluster, Lambda) is listed
 * in the file's header as left out.
 */
const SHOWN_TYPE_PREFIXES = [
	'AWS::ApiGateway::',
	'AWS::ApiGatewayV2::',
	'AWS::ElasticLoadBalancingV2::',
	'AWS::ServiceDiscovery::',
];
const SHOWN_TYPES = new Set([
	'AWS::EC2::SecurityGroup',
	'AWS::EC2::SecurityGroupIngress',
	'AWS::EC2::SecurityGroupEgress',
	'AWS::EC2::VPCEndpoint',
	'AWS::EC2::VPCEndpointService',
	'AWS::EC2::VPCEndpointServicePermissions',
	'AWS::EC2::LaunchTemplate',
	'AWS::AutoScaling::AutoScalingGroup',
	'AWS::ECS::TaskDefinition',
	'AWS::ECS::Service',
	'Custom::AWS',
]);

/** Whether an extract shows resources of this type. */
export function isShownType(type: string): boolean {
	return SHOWN_TYPES.has(type) || SHOWN_TYPE_PREFIXES.some((prefix) => type.startsWith(prefix));
}

/** Every `Ref` target in a template fragment, in order of first appearance. */
function refsIn(value: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(value)) {
		for (const item of value) refsIn(item, found);
	} else if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			if (key === 'Ref' && typeof item === 'string') found.add(item);
			else refsIn(item, found);
		}
	}
	return found;
}

/**
 * The extract of a synthesized template: resources whose type `keep` accepts, without their CDK
 * metadata (construct paths, which only the CDK CLI adds), the parameters they or the outputs
 * refer to, and all outputs. Other sections (the CDK's bootstrap-version rule) are dropped.
 */
export function pickResources(template: CfnTemplate, keep: (type: string) => boolean = isShownType): CfnTemplate {
	const resources: Record<string, CfnResource> = {};
	for (const [logicalId, resource] of Object.entries(template.Resources)) {
		if (!keep(resource.Type)) continue;
		const shown = { ...resource };
		delete shown.Metadata;
		resources[logicalId] = shown;
	}
	const outputs = template.Outputs ?? {};
	const referenced = refsIn([resources, outputs]);
	const parameters = Object.fromEntries(
		Object.entries(template.Parameters ?? {}).filter(([name]) => referenced.has(name)),
	);
	return {
		...(Object.keys(parameters).length > 0 ? { Parameters: parameters } : {}),
		Resources: resources,
		...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
	};
}

/** Resource types in `template` that `extract` leaves out, as `Type` or `Type (count)`, sorted. */
export function leftOutTypes(template: CfnTemplate, extract: CfnTemplate): string[] {
	const counts = new Map<string, number>();
	for (const [logicalId, { Type }] of Object.entries(template.Resources)) {
		if (!(logicalId in extract.Resources)) counts.set(Type, (counts.get(Type) ?? 0) + 1);
	}
	return [...counts]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([type, count]) => (count > 1 ? `${type} (${count})` : type));
}

/** `items` as comment lines of at most `width` characters, the first starting with `prefix`. */
function wrapList(prefix: string, items: string[], width = 100): string[] {
	if (items.length === 0) return [`${prefix} nothing.`];
	const lines: string[] = [];
	let line = prefix;
	for (const [i, item] of items.entries()) {
		const piece = i < items.length - 1 ? `${item},` : `${item}.`;
		if (line !== prefix && line.length + 1 + piece.length > width) {
			lines.push(line);
			line = '#  ';
		}
		line += ` ${piece}`;
	}
	lines.push(line);
	return lines;
}

// --- Regions a chapter shows ------------------------------------------------------------------

/**
 * A named region of a sample's CloudFormation file (src/utils/sample-regions.ts): the resources of
 * the extract that `holds` accepts, written one after the other between `#region <name>` and
 * `#endregion` comment lines, so a chapter can show just them.
 */
export interface TemplateRegion {
	name: string;
	holds: (resource: CfnResource) => boolean;
}

/** A region test: resources of any of these types. */
export const ofType =
	(...types: string[]) =>
	(resource: CfnResource): boolean =>
		types.includes(resource.Type);

/** A region test: REST API methods on the API's root resource `/`. */
export const rootMethod = (resource: CfnResource): boolean =>
	resource.Type === 'AWS::ApiGateway::Method' &&
	JSON.stringify(resource.Properties?.ResourceId ?? null).includes('RootResourceId');

/** A region test: REST API methods on a child resource, such as the greedy `/{proxy+}`. */
export const childMethod = (resource: CfnResource): boolean =>
	resource.Type === 'AWS::ApiGateway::Method' && !rootMethod(resource);

/**
 * `extract` with the resources of each region moved, in the regions' order, to the end of its
 * resources, so that every region is one run of resources; and the logical ids in each region.
 * Throws if a region holds no resource or a resource is held by two regions.
 */
export function groupRegions(
	extract: CfnTemplate,
	regions: TemplateRegion[],
	sample: string,
): { template: CfnTemplate; regionIds: Array<{ name: string; ids: string[] }> } {
	const entries = Object.entries(extract.Resources);
	const regionIds = regions.map(({ name, holds }) => {
		const ids = entries.filter(([, resource]) => holds(resource)).map(([logicalId]) => logicalId);
		if (ids.length === 0) throw new Error(`Sample "${sample}": CloudFormation region "${name}" holds no resource of the extract.`);
		return { name, ids };
	});
	const held = regionIds.flatMap(({ ids }) => ids);
	const twice = held.find((id, i) => held.indexOf(id) !== i);
	if (twice) throw new Error(`Sample "${sample}": resource ${twice} is in two CloudFormation regions.`);
	const resources = Object.fromEntries([
		...entries.filter(([logicalId]) => !held.includes(logicalId)),
		...held.map((logicalId) => [logicalId, extract.Resources[logicalId]!] as const),
	]);
	return { template: { ...extract, Resources: resources }, regionIds };
}

/**
 * `yaml` (as toCloudFormationYaml writes it) with region marker comments around each region's run
 * of resources, indented like the resources.
 */
export function markRegions(yaml: string, regionIds: Array<{ name: string; ids: string[] }>): string {
	const lines = yaml.split('\n');
	const start = lines.indexOf('Resources:');
	// A resource's block runs from its `  LogicalId:` line to the next line indented by two spaces or less.
	const keyLine = (id: string) => lines.findIndex((line, i) => i > start && line === `  ${id}:`);
	const blockEnd = (from: number) => {
		let i = from + 1;
		while (i < lines.length && lines[i]!.startsWith('    ')) i++;
		return i;
	};
	// From the last region up, so earlier line numbers stay right.
	for (const { name, ids } of [...regionIds].reverse()) {
		const first = keyLine(ids[0]!);
		const end = blockEnd(keyLine(ids.at(-1)!));
		lines.splice(end, 0, '  #endregion');
		lines.splice(first, 0, `  #region ${name}`);
	}
	return lines.join('\n');
}

/** The file src/samples/cloudformation/<name>.yaml: a header saying where it comes from, then the extract. */
export function renderSample(name: string, template: CfnTemplate, regions: TemplateRegion[] = regionsOf(name)): string {
	const { template: extract, regionIds } = groupRegions(pickResources(template), regions, name);
	const header = [
		`# Generated from src/samples/cdk/${name}.ts by \`npm run samples\`: do not edit by hand.`,
		'# An extract of the synthesized template, with the resources this setup is about. Logical ids',
		'# are the CDK\'s (construct path plus a hash). References to resources left out, such as the',
		'# VPC and its subnets, are kept as they are.',
		...wrapList('# Left out:', leftOutTypes(template, extract)),
	];
	return `${header.join('\n')}\n${markRegions(toCloudFormationYaml(extract), regionIds)}`;
}

// --- The sample stacks -----------------------------------------------------------------------

/** The guide's placeholder accounts, as src/samples/cdk/app.ts deploys them. */
export const SAMPLE_ENV = {
	api: { account: '111111111111', region: 'us-east-1' },
	provider: { account: '222222222222', region: 'us-east-1' },
};

/**
 * A CDK app with the same fixed Availability Zones as app.ts, so that synthesis never looks
 * anything up in AWS. It writes its cloud assembly to a new temporary folder, `app.outdir`.
 */
export function sampleApp(): App {
	return new App({
		// A new folder each time, for the caller to remove once it has read the templates.
		outdir: mkdtempSync(join(tmpdir(), 'cdk-samples-')),
		context: {
			'availability-zones:account=111111111111:region=us-east-1': ['us-east-1a', 'us-east-1b', 'us-east-1c'],
			'availability-zones:account=222222222222:region=us-east-1': ['us-east-1a', 'us-east-1b', 'us-east-1c'],
		},
	});
}

/**
 * Each sample: its name (of its files under src/samples/), its stack as app.ts creates it, and the
 * regions its CloudFormation file marks for the chapters (the CLI script and the CDK program mark
 * the same regions by hand).
 */
export const SAMPLE_STACKS: Array<{
	name: string;
	stackId: string;
	create: (app: App, id: string) => Stack;
	regions: TemplateRegion[];
}> = [
	{
		name: 'http-api-alb-ecs',
		stackId: 'HttpApiAlbEcs',
		create: (app, id) => new HttpApiAlbEcsStack(app, id, { env: SAMPLE_ENV.api }),
		regions: [{ name: 'integration', holds: ofType('AWS::ApiGatewayV2::Integration') }],
	},
	{
		name: 'http-api-nlb-ec2',
		stackId: 'HttpApiNlbEc2',
		create: (app, id) => new HttpApiNlbEc2Stack(app, id, { env: SAMPLE_ENV.api }),
		regions: [{ name: 'integration', holds: ofType('AWS::ApiGatewayV2::Integration') }],
	},
	{
		name: 'http-api-cloud-map-ecs',
		stackId: 'HttpApiCloudMapEcs',
		create: (app, id) => new HttpApiCloudMapEcsStack(app, id, { env: SAMPLE_ENV.api }),
		regions: [{ name: 'integration', holds: ofType('AWS::ApiGatewayV2::Integration') }],
	},
	{
		name: 'rest-api-alb-ecs',
		stackId: 'RestApiAlbEcs',
		create: (app, id) => new RestApiAlbEcsStack(app, id, { env: SAMPLE_ENV.api }),
		regions: [
			{ name: 'proxy-path', holds: childMethod },
			{ name: 'integration', holds: rootMethod },
		],
	},
	{
		name: 'rest-api-nlb-ec2-v1',
		stackId: 'RestApiNlbEc2V1',
		create: (app, id) => new RestApiNlbEc2V1Stack(app, id, { env: SAMPLE_ENV.api }),
		regions: [{ name: 'vpc-link', holds: ofType('AWS::ApiGateway::VpcLink') }],
	},
	{
		name: 'cross-account-provider',
		stackId: 'CrossAccountProvider',
		create: (app, id) =>
			new CrossAccountProviderStack(app, id, { env: SAMPLE_ENV.provider, apiAccountId: SAMPLE_ENV.api.account }),
		regions: [{ name: 'endpoint-service', holds: ofType('AWS::EC2::VPCEndpointService', 'AWS::EC2::VPCEndpointServicePermissions') }],
	},
	{
		name: 'cross-account-consumer',
		stackId: 'CrossAccountConsumer',
		create: (app, id) => new CrossAccountConsumerStack(app, id, { env: SAMPLE_ENV.api }),
		regions: [{ name: 'endpoint', holds: ofType('AWS::EC2::VPCEndpoint') }],
	},
];

/** The regions of sample `name`'s CloudFormation file. */
export function regionsOf(name: string): TemplateRegion[] {
	return SAMPLE_STACKS.find((sample) => sample.name === name)?.regions ?? [];
}

/**
 * Synthesizes every sample stack in one app and returns each template by sample name. Throws if
 * synthesis wanted to look something up in AWS: the samples must synthesize offline and the same
 * way every time.
 */
export function synthesizeSamples(): Map<string, CfnTemplate> {
	const app = sampleApp();
	const stacks = SAMPLE_STACKS.map(({ name, stackId, create }) => [name, create(app, stackId)] as const);
	try {
		const assembly = app.synth();
		const missing = assembly.manifest.missing ?? [];
		if (missing.length > 0) {
			throw new Error(`Synthesis needs lookups in AWS: ${missing.map(({ key }) => key).join(', ')}`);
		}
		return new Map(
			stacks.map(([name, stack]) => [name, assembly.getStackByName(stack.stackName).template as CfnTemplate]),
		);
	} finally {
		rmSync(app.outdir, { recursive: true, force: true });
	}
}
