import { Verbatim, type Resource, type StackTemplate } from './model.ts';

/** `value` as plain JSON data: verbatim maps unwrapped, as CloudFormation reads them. */
export function plain(value: unknown): unknown {
	if (value instanceof Verbatim) return plain(value.value);
	if (Array.isArray(value)) return value.map(plain);
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
	return value;
}

/** A resource as CloudFormation takes it: without the comment the writers print above it. */
export function cloudFormationResource({ Comment: _comment, ...resource }: Resource): Record<string, unknown> {
	return plain(resource) as Record<string, unknown>;
}

/** The whole stack as a CloudFormation template, the JSON form every check reads. */
export function cloudFormationTemplate(stack: StackTemplate): Record<string, unknown> {
	return {
		AWSTemplateFormatVersion: '2010-09-09',
		Description: stack.Description,
		...(Object.keys(stack.Parameters).length > 0 ? { Parameters: plain(stack.Parameters) } : {}),
		Resources: Object.fromEntries(Object.entries(stack.Resources).map(([id, resource]) => [id, cloudFormationResource(resource)])),
		Outputs: plain(stack.Outputs),
	};
}
