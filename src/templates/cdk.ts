import type { Configuration } from '../topology/model.ts';
import { headerLines } from './about.ts';
import { intrinsicOf, subParts, Verbatim, type StackTemplate, type Value } from './model.ts';
import { dependencyOrder, namesIn } from './references.ts';
import { wrapText } from './wrap.ts';
import { stackTemplate } from './stack.ts';

/**
 * The CDK tab: a TypeScript program that builds the stack with the CDK's CloudFormation-level
 * (L1) constructs, one per resource of the CloudFormation tab, so that it synthesizes the same
 * resources with the same properties (a test synthesizes every one and compares). The chapters'
 * samples show the higher-level constructs; here exactness across the three tabs comes first.
 */

/** The aws-cdk-lib module of each service, and the name the program imports it as. */
const MODULES: Record<string, { module: string; alias: string }> = {
	EC2: { module: 'aws-cdk-lib/aws-ec2', alias: 'ec2' },
	ElasticLoadBalancingV2: { module: 'aws-cdk-lib/aws-elasticloadbalancingv2', alias: 'elbv2' },
	ECS: { module: 'aws-cdk-lib/aws-ecs', alias: 'ecs' },
	IAM: { module: 'aws-cdk-lib/aws-iam', alias: 'iam' },
	Logs: { module: 'aws-cdk-lib/aws-logs', alias: 'logs' },
	ServiceDiscovery: { module: 'aws-cdk-lib/aws-servicediscovery', alias: 'servicediscovery' },
	ApiGateway: { module: 'aws-cdk-lib/aws-apigateway', alias: 'apigateway' },
	ApiGatewayV2: { module: 'aws-cdk-lib/aws-apigatewayv2', alias: 'apigatewayv2' },
};

const PSEUDO: Record<string, string> = { 'AWS::Region': 'Aws.REGION', 'AWS::StackName': 'Aws.STACK_NAME', 'AWS::Partition': 'Aws.PARTITION' };

/** A CloudFormation name in the CDK's spelling: `VPCZoneIdentifier` → `vpcZoneIdentifier`, `TTL` → `ttl`. */
export function camelCase(name: string): string {
	const run = /^[A-Z]+/.exec(name)?.[0] ?? '';
	if (run.length <= 1) return name.charAt(0).toLowerCase() + name.slice(1);
	const lower = run.length === name.length ? run.length : run.length - 1;
	return name.slice(0, lower).toLowerCase() + name.slice(lower);
}

const pascalCase = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const templateText = (text: string) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));

class Writer {
	private readonly stack: StackTemplate;
	private readonly variables: Map<string, string>;

	constructor(stack: StackTemplate, variables: Map<string, string>) {
		this.stack = stack;
		this.variables = variables;
	}

	/** A `Ref` or `Fn::GetAtt` as the construct's property that resolves to it. */
	reference(name: string, attribute?: string): string {
		if (name in PSEUDO) return PSEUDO[name]!;
		if (name in this.stack.Parameters) return `${this.variables.get(name)}.valueAsString`;
		const variable = this.variables.get(name);
		if (!variable) throw new Error(`The CDK program names "${name}", which is not a resource of the stack.`);
		return attribute === undefined ? `${variable}.ref` : `${variable}.attr${pascalCase(camelCase(attribute.replace(/\./g, '')))}`;
	}

	value(value: Value | unknown, indent: string, struct = true): string {
		const intrinsic = intrinsicOf(value);
		if (intrinsic) {
			if ('Ref' in intrinsic) return this.reference(intrinsic.Ref);
			if ('Fn::GetAtt' in intrinsic) return this.reference(...intrinsic['Fn::GetAtt']);
			if ('Fn::Sub' in intrinsic) {
				const parts = subParts(intrinsic['Fn::Sub']).map((part) => ('text' in part ? templateText(part.text) : `\${${this.reference(part.name, part.attribute)}}`));
				return `\`${parts.join('')}\``;
			}
			if ('Fn::Select' in intrinsic) return `Fn.select(${intrinsic['Fn::Select'][0]}, Fn.getAzs())`;
			return `Fn.base64(\`${templateText(intrinsic['Fn::Base64'])}\`)`;
		}
		if (value instanceof Verbatim) return this.value(value.value, indent, false);
		if (typeof value === 'string') return quote(value);
		if (typeof value === 'number' || typeof value === 'boolean') return String(value);
		const inner = `${indent}\t`;
		if (Array.isArray(value)) {
			const items = value.map((item) => this.value(item, inner, struct));
			const oneLine = `[${items.join(', ')}]`;
			return oneLine.length <= 100 && !oneLine.includes('\n') ? oneLine : `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
		}
		const entries = Object.entries(value as Record<string, unknown>).map(([name, item]) => `${key(struct ? camelCase(name) : name)}: ${this.value(item, inner, struct)}`);
		if (entries.length === 0) return '{}';
		const oneLine = `{ ${entries.join(', ')} }`;
		return oneLine.length <= 100 && !oneLine.includes('\n') ? oneLine : `{\n${entries.map((entry) => `${inner}${entry},`).join('\n')}\n${indent}}`;
	}
}

/** The class name of a setup's stack, e.g. `RestApiV2AlbEcsStack`. */
export const stackClassName = (slug: string) => `${slug.split('-').map(pascalCase).join('')}Stack`;

export function cdkFile(config: Configuration, fileName: string, stackName: string): string {
	const stack = stackTemplate(config);
	const order = dependencyOrder(stack.Resources);
	const variables = new Map([...Object.keys(stack.Parameters), ...order].map((id) => [id, camelCase(id)]));
	const writer = new Writer(stack, variables);
	const used = new Set(order.map((id) => stack.Resources[id]!.Type.split('::')[1]!));
	const body: string[] = [];
	for (const [id, parameter] of Object.entries(stack.Parameters)) {
		body.push(
			`const ${variables.get(id)} = new CfnParameter(this, '${id}', ${writer.value({ type: parameter.Type, default: parameter.Default, description: parameter.Description }, '\t\t', false)});`,
		);
	}
	const named = new Set(order.flatMap((id) => [...namesIn(stack.Resources[id]!.Properties), ...(stack.Resources[id]!.DependsOn ?? [])]));
	for (const output of Object.values(stack.Outputs)) for (const name of namesIn(output.Value)) named.add(name);
	for (const id of order) {
		const resource = stack.Resources[id]!;
		const [, service, type] = resource.Type.split('::');
		if (resource.Comment) body.push('', ...wrapText(resource.Comment, 96).map((line) => `// ${line}`));
		// A resource nothing names is a statement of its own, not a variable nobody reads.
		const declare = named.has(id) || (resource.DependsOn ?? []).length > 0 ? `const ${variables.get(id)} = ` : '';
		body.push(`${declare}new ${MODULES[service!]!.alias}.Cfn${type}(this, '${id}', ${writer.value(resource.Properties, '\t\t')});`);
		for (const dependency of resource.DependsOn ?? []) body.push(`${variables.get(id)}.addResourceDependency(${variables.get(dependency)});`);
	}
	body.push('');
	for (const [id, output] of Object.entries(stack.Outputs)) {
		body.push(`new CfnOutput(this, '${id}', ${writer.value({ description: output.Description, value: output.Value }, '\t\t', false)});`);
	}
	const className = stackClassName(stackName);
	const coreImports = ['App', 'Aws', 'CfnOutput', ...(Object.keys(stack.Parameters).length > 0 ? ['CfnParameter'] : []), 'Fn', 'Stack'];
	const imports = [
		`import { ${coreImports.join(', ')} } from 'aws-cdk-lib';`,
		...Object.entries(MODULES)
			.filter(([service]) => used.has(service))
			.map(([, { module, alias }]) => `import * as ${alias} from '${module}';`),
		"import type { Construct } from 'constructs';",
	];
	const header = headerLines(config, 'cdk', fileName, stackName).map((line) => (line === '' ? '//' : `// ${line}`));
	return [
		...header,
		'',
		...imports,
		'',
		`export class ${className} extends Stack {`,
		'\tconstructor(scope: Construct, id: string) {',
		`\t\tsuper(scope, id, { description: ${quote(stack.Description)} });`,
		...body.map((line) => (line === '' ? '' : `\t\t${line}`)),
		'\t}',
		'}',
		'',
		'const app = new App();',
		`new ${className}(app, '${stackName}');`,
		'',
	].join('\n');
}
