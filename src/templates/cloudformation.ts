import { isMap, isScalar, type Pair } from 'yaml';
import type { Configuration } from '../topology/model.ts';
import { toCloudFormationDocument } from '../utils/cloudformation-yaml.ts';
import { headerLines } from './about.ts';
import { cloudFormationTemplate } from './plain.ts';
import { stackTemplate } from './stack.ts';
import { wrapText } from './wrap.ts';

/** The CloudFormation tab: the stack as YAML in short form, with each resource's reason above it. */
export function cloudFormationFile(config: Configuration, fileName: string, stackName: string): string {
	const stack = stackTemplate(config);
	const doc = toCloudFormationDocument(cloudFormationTemplate(stack));
	const resources = doc.get('Resources', true);
	if (isMap(resources)) {
		for (const pair of resources.items as Pair[]) {
			const id = isScalar(pair.key) ? String(pair.key.value) : '';
			const comment = stack.Resources[id]?.Comment;
			if (comment && isScalar(pair.key))
				pair.key.commentBefore = wrapText(comment, 96)
					.map((line) => ` ${line}`)
					.join('\n');
		}
	}
	doc.commentBefore = headerLines(config, 'cloudformation', fileName, stackName)
		.map((line) => (line === '' ? '' : ` ${line}`))
		.join('\n');
	return doc.toString({ lineWidth: 0 });
}
