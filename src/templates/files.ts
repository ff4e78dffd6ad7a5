import type { Configuration } from '../topology/model.ts';
import type { Tool } from './about.ts';
import { cdkFile } from './cdk.ts';
import { cloudFormationFile } from './cloudformation.ts';
import { slugOf } from './slug.ts';
import { terraformFile } from './terraform.ts';

/** One tab of a setup's templates: a whole file, named for what it builds. */
export interface TemplateFile {
	tool: Tool;
	label: string;
	fileName: string;
	text: string;
}

/** The three files of a supported setup, in the order the page shows them. */
export function templateFiles(config: Configuration): TemplateFile[] {
	const slug = slugOf(config);
	return [
		{ tool: 'cloudformation', label: 'CloudFormation', fileName: `${slug}.yaml`, text: cloudFormationFile(config, `${slug}.yaml`, slug) },
		{ tool: 'cdk', label: 'CDK (TypeScript)', fileName: `${slug}.ts`, text: cdkFile(config, `${slug}.ts`, slug) },
		{ tool: 'terraform', label: 'Terraform', fileName: `${slug}.tf`, text: terraformFile(config, `${slug}.tf`, slug) },
	];
}
