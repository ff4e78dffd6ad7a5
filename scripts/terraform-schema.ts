/**
 * One-off tool: writes src/samples/terraform/aws-provider-schema.json, the part of the hashicorp/aws
 * provider schema that src/samples/terraform-check.ts checks the Terraform samples against.
 *
 *   node scripts/terraform-schema.ts
 *
 * Why this way: Terraform prints a provider's schema only after downloading the provider binary
 * from the Terraform registry, which this project's machines cannot reach. The npm package
 * @cdktf/provider-aws is generated from that schema (21.22.1 from hashicorp/aws 6.25.0, the first
 * release with `integration_target` on aws_api_gateway_integration), so its jsii assembly
 * (`.jsii`, 131 MB) describes every resource and data source: a config struct per type, whose
 * properties are the arguments (optional or not) and nested blocks. The package is far too big to
 * depend on, so this script fetches its tarball into a temporary folder with `npm pack`, reads
 * what it needs and deletes it. Run it again after changing the type lists below.
 *
 * Names: jsii spells arguments in camelCase, but each property's docs link to the Terraform
 * registry with the original name as the anchor (`…/resources/lb#enable_http2 Lb#enable_http2`),
 * which is what this script keeps. Readable attributes (computed ones such as `arn`) have no
 * docs; they come from the generated JavaScript, whose getters read them by their Terraform name
 * (`this.getStringAttribute('arn')`). Every argument and block name found in the docs must also
 * be read there, so a wrong name stops the script instead of reaching the JSON.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BlockSchema, ProviderSchema, TypeSchema } from '../src/samples/terraform-check.ts';

const PACKAGE = '@cdktf/provider-aws@21.22.1';
const OUTPUT = fileURLToPath(new URL('../src/samples/terraform/aws-provider-schema.json', import.meta.url));

/** The resource types the samples use or may reasonably use: networking, load balancing, ECS, EC2, Cloud Map, API Gateway, PrivateLink. */
const RESOURCES = [
	'aws_vpc',
	'aws_subnet',
	'aws_internet_gateway',
	'aws_internet_gateway_attachment',
	'aws_route_table',
	'aws_route',
	'aws_route_table_association',
	'aws_eip',
	'aws_nat_gateway',
	'aws_security_group',
	'aws_vpc_security_group_ingress_rule',
	'aws_vpc_security_group_egress_rule',
	'aws_lb',
	'aws_lb_listener',
	'aws_lb_target_group',
	'aws_lb_target_group_attachment',
	'aws_ecs_cluster',
	'aws_ecs_task_definition',
	'aws_ecs_service',
	'aws_iam_role',
	'aws_iam_role_policy_attachment',
	'aws_iam_instance_profile',
	'aws_instance',
	'aws_launch_template',
	'aws_autoscaling_group',
	'aws_service_discovery_private_dns_namespace',
	'aws_service_discovery_service',
	'aws_service_discovery_instance',
	'aws_apigatewayv2_vpc_link',
	'aws_apigatewayv2_api',
	'aws_apigatewayv2_integration',
	'aws_apigatewayv2_route',
	'aws_apigatewayv2_stage',
	'aws_api_gateway_vpc_link',
	'aws_api_gateway_rest_api',
	'aws_api_gateway_rest_api_policy',
	'aws_api_gateway_resource',
	'aws_api_gateway_method',
	'aws_api_gateway_integration',
	'aws_api_gateway_deployment',
	'aws_api_gateway_stage',
	'aws_vpc_endpoint',
	'aws_vpc_endpoint_service',
	'aws_vpc_endpoint_service_allowed_principal',
	'aws_cloudwatch_log_group',
];

/** The data sources: zones, the AMI parameter, who and where we are, policy documents, and the endpoint's network interfaces. */
const DATA_SOURCES = ['aws_availability_zones', 'aws_ssm_parameter', 'aws_region', 'aws_caller_identity', 'aws_iam_policy_document', 'aws_partition', 'aws_network_interface'];

interface JsiiTypeRef {
	primitive?: string;
	fqn?: string;
	collection?: { kind: string; elementtype: JsiiTypeRef };
	union?: { types: JsiiTypeRef[] };
}
interface JsiiProperty {
	name: string;
	optional?: boolean;
	type: JsiiTypeRef;
	docs?: { summary?: string; remarks?: string };
}
interface JsiiType {
	fqn: string;
	name: string;
	kind: string;
	base?: string;
	docs?: { summary?: string };
	datatype?: boolean;
	properties?: JsiiProperty[];
	initializer?: { parameters?: Array<{ name: string; type: JsiiTypeRef }> };
	locationInModule?: { filename: string };
}

const REGISTRY_LINK = /registry\.terraform\.io\/providers\/hashicorp\/aws\/(\d+\.\d+\.\d+)\/docs(?:\/(resources|data-sources)\/\w+)?(?:#(\w+))?[ }]/;

/** The Terraform name of a config struct property: the anchor of its registry link. */
function terraformName(property: JsiiProperty, owner: string): string {
	const docs = `${property.docs?.summary ?? ''} ${property.docs?.remarks ?? ''}`;
	const name = REGISTRY_LINK.exec(docs)?.[3];
	if (!name) throw new Error(`${owner}.${property.name}: its docs do not link to the registry with the Terraform name`);
	return name;
}

/** The struct a property holds, whether one (a block with at most one item) or a list of them. */
function structOf(type: JsiiTypeRef, types: Record<string, JsiiType>): { fqn: string; single: boolean } | undefined {
	const candidates = type.union ? type.union.types : [type];
	for (const candidate of candidates) {
		if (candidate.fqn && types[candidate.fqn]?.datatype) return { fqn: candidate.fqn, single: true };
		const element = candidate.collection?.elementtype;
		if (element?.fqn && types[element.fqn]?.datatype) return { fqn: element.fqn, single: false };
	}
	return undefined;
}

/**
 * A config struct as a block. A struct-typed property whose docs say "… block." is a nested block
 * (one struct: at most one block); any other property is an argument, required unless optional.
 */
function blockSchema(fqn: string, types: Record<string, JsiiType>): BlockSchema {
	const struct = types[fqn];
	if (!struct?.properties) throw new Error(`${fqn} is not a struct with properties`);
	const schema: BlockSchema = { arguments: {}, blocks: {} };
	for (const property of struct.properties) {
		const name = terraformName(property, fqn);
		const nested = structOf(property.type, types);
		if (nested && /\bblock\.$/.test(property.docs?.summary ?? '')) {
			schema.blocks[name] = {
				...blockSchema(nested.fqn, types),
				minItems: property.optional ? 0 : 1,
				...(nested.single ? { maxItems: 1 } : {}),
			};
		} else if (nested) {
			// A list of objects that is not a block: in this provider, the "attributes as blocks" of
			// SDKv2 (a security group's ingress, a route table's route), which Terraform also accepts
			// written as blocks.
			schema.arguments[name] = { required: !property.optional, asBlocks: blockSchema(nested.fqn, types) };
		} else {
			schema.arguments[name] = { required: !property.optional };
		}
	}
	return sorted(schema);
}

/** The same block with its names in alphabetical order, so the JSON's diffs stay small. */
function sorted<T extends BlockSchema>(schema: T): T {
	const byName = <V>(record: Record<string, V>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
	return { ...schema, arguments: byName(schema.arguments), blocks: byName(schema.blocks) };
}

/** Every name the generated class reads from Terraform state: its getters' attribute names and nested references. */
function readableNames(javascript: string, className: string): Set<string> {
	const start = javascript.indexOf(`class ${className} extends cdktf.Terraform`);
	if (start < 0) throw new Error(`class ${className} not found in its JavaScript`);
	const next = javascript.indexOf('\nclass ', start + 1);
	const body = javascript.slice(start, next < 0 ? undefined : next);
	const names = new Set<string>();
	for (const match of body.matchAll(/this\.get\w*Attribute\('(\w+)'\)|\(this, "(\w+)"/g)) names.add((match[1] ?? match[2])!);
	return names;
}

/** The JSON with one line per type, so that a change to one type is a one-line diff. */
function serialize(schema: ProviderSchema): string {
	const group = (types: Record<string, TypeSchema>) =>
		`{\n${Object.entries(types)
			.map(([name, type]) => `\t\t${JSON.stringify(name)}: ${JSON.stringify(type)}`)
			.join(',\n')}\n\t}`;
	return `{\n\t"generatedFrom": ${JSON.stringify(schema.generatedFrom)},\n\t"provider": ${JSON.stringify(schema.provider)},\n\t"resources": ${group(schema.resources)},\n\t"dataSources": ${group(schema.dataSources)}\n}\n`;
}

function main(): void {
	const work = mkdtempSync(join(tmpdir(), 'terraform-schema-'));
	try {
		console.log(`fetching ${PACKAGE} into ${work}`);
		const tarball = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
		const archive = join(work, tarball);
		execFileSync('tar', ['-xzf', archive, '-C', work, 'package/.jsii']);
		const assembly = JSON.parse(readFileSync(join(work, 'package/.jsii'), 'utf8')) as { types: Record<string, JsiiType> };
		const { types } = assembly;

		// Each resource and data source class says which Terraform type it represents.
		const classes = new Map<string, JsiiType>();
		const versions = new Set<string>();
		for (const type of Object.values(types)) {
			const link = type.kind === 'class' ? REGISTRY_LINK.exec(type.docs?.summary ?? '') : null;
			const named = link?.[2] && /\}\.?$/.test(type.docs!.summary!) ? / (aws_\w+)\}/.exec(type.docs!.summary!) : null;
			if (!link || !named) continue;
			versions.add(link[1]!);
			classes.set(`${link[2] === 'resources' ? 'resource' : 'data'} ${named[1]}`, type);
		}
		if (versions.size !== 1) throw new Error(`expected one hashicorp/aws version in ${PACKAGE}, found ${[...versions].join(', ')}`);
		const wanted = [...RESOURCES.map((name) => `resource ${name}`), ...DATA_SOURCES.map((name) => `data ${name}`)];
		const missing = wanted.filter((key) => !classes.has(key));
		if (missing.length > 0) throw new Error(`not in ${PACKAGE}: ${missing.join(', ')}`);

		// The generated JavaScript of just those classes, for the readable attribute names.
		const sourceOf = (type: JsiiType) => `package/lib/${type.locationInModule!.filename.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
		execFileSync('tar', ['-xzf', archive, '-C', work, ...wanted.map((key) => sourceOf(classes.get(key)!))]);

		const typeSchema = (key: string): TypeSchema => {
			const type = classes.get(key)!;
			const config = type.initializer?.parameters?.find((parameter) => parameter.name === 'config')?.type.fqn;
			if (!config) throw new Error(`${type.fqn} has no config struct`);
			const block = blockSchema(config, types);
			const readable = readableNames(readFileSync(join(work, sourceOf(type)), 'utf8'), type.name);
			const unread = [...Object.keys(block.arguments), ...Object.keys(block.blocks)].filter((name) => !readable.has(name));
			if (unread.length > 0) throw new Error(`${key}: the generated class never reads ${unread.join(', ')}: check the names`);
			const attributes = [...readable].filter((name) => !(name in block.arguments) && !(name in block.blocks)).sort();
			return { ...block, attributes };
		};

		const providerClass = types['@cdktf/provider-aws.provider.AwsProvider'];
		const providerConfig = providerClass?.initializer?.parameters?.find((parameter) => parameter.name === 'config')?.type.fqn;
		if (!providerConfig) throw new Error('the AwsProvider class or its config struct is missing');

		const schema: ProviderSchema = {
			generatedFrom: { package: PACKAGE, provider: 'hashicorp/aws', version: [...versions][0]!, by: 'scripts/terraform-schema.ts' },
			provider: blockSchema(providerConfig, types),
			resources: Object.fromEntries(RESOURCES.map((name) => [name, typeSchema(`resource ${name}`)])),
			dataSources: Object.fromEntries(DATA_SOURCES.map((name) => [name, typeSchema(`data ${name}`)])),
		};
		writeFileSync(OUTPUT, serialize(schema));
		console.log(`wrote ${OUTPUT}: ${RESOURCES.length} resources, ${DATA_SOURCES.length} data sources from hashicorp/aws ${schema.generatedFrom.version}`);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main();
