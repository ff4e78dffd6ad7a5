import { describe, expect, test } from 'vitest';
import { validateCloudFormation } from '../samples/cloudformation-validate.ts';
import { readCloudFormationYaml } from '../utils/cloudformation-yaml.ts';
import { cloudFormationFile } from './cloudformation.ts';
import { cloudFormationTemplate } from './plain.ts';
import { namesIn } from './references.ts';
import { buildableSetups } from './setups.ts';
import { slugOf } from './slug.ts';
import { stackTemplate } from './stack.ts';

/**
 * Every generated CloudFormation template, for every supported setup, against CloudFormation's
 * resource schemas and the cfn-lint rules (src/samples/cloudformation-validate.ts): resource
 * types, property names and types, required properties, references and attributes.
 */

const setups = buildableSetups().map((config) => ({ config, slug: slugOf(config) }));

describe.each(setups)('$slug', ({ config, slug }) => {
	const yaml = cloudFormationFile(config, `${slug}.yaml`, slug);
	const template = readCloudFormationYaml(yaml) as Record<string, unknown>;

	test('the YAML file reads back as exactly the stack, and the stack passes validation', () => {
		expect(template).toEqual(cloudFormationTemplate(stackTemplate(config)));
		expect(validateCloudFormation(template)).toEqual([]);
	});

	test('names only resources and parameters it has, and says what it costs and how to tear it down', () => {
		const stack = stackTemplate(config);
		const known = new Set([...Object.keys(stack.Resources), ...Object.keys(stack.Parameters)]);
		for (const name of namesIn([stack.Resources, stack.Outputs])) expect(known).toContain(name);
		for (const resource of Object.values(stack.Resources)) for (const dependency of resource.DependsOn ?? []) expect(known).toContain(dependency);
		const header = yaml.slice(0, yaml.indexOf('AWSTemplateFormatVersion'));
		expect(header).toMatch(/For learning/);
		expect(header).toMatch(/AWS bills:\n# - /);
		expect(header).toContain(`aws cloudformation delete-stack --stack-name ${slug}`);
	});
});

test('validation is not a formality: a broken integration is reported', () => {
	const config = buildableSetups()[0]!;
	const template = cloudFormationTemplate(stackTemplate(config)) as { Resources: Record<string, { Properties: { Integration?: Record<string, unknown> } }> };
	template.Resources.RootMethod!.Properties.Integration!.ConnectionType = 'VPCLINK';
	delete template.Resources.ProxyMethod!.Properties.Integration!.Type;
	const problems = validateCloudFormation(template).join('\n');
	expect(problems).toMatch(/RootMethod[^\n]*ConnectionType/);
	expect(problems).toMatch(/ProxyMethod[^\n]*Type/);
});
