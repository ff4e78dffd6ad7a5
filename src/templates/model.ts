/**
 * What a generated template is made of, before any tool's syntax: CloudFormation's resource model
 * (types, property names, intrinsic functions), because all three writers can start from it.
 * cloudformation.ts prints it as YAML, cdk.ts as a program of CloudFormation-level (L1)
 * constructs that synthesizes the same resources, and terraform.ts translates each resource into
 * the hashicorp/aws resources that build the same thing. Plain data, no framework.
 */

/** `Ref` to a resource, a parameter or a pseudo parameter such as `AWS::Region`. */
export interface Ref {
	Ref: string;
}
/** `Fn::GetAtt` of one of a resource's attributes. */
export interface GetAtt {
	'Fn::GetAtt': [string, string];
}
/** `Fn::Sub` with `${Name}` and `${Name.Attribute}` placeholders only (no variable map). */
export interface Sub {
	'Fn::Sub': string;
}
/** The name of the Availability Zone at `index` in the Region's list (`Fn::Select` over `Fn::GetAZs`). */
export interface Zone {
	'Fn::Select': [number, { 'Fn::GetAZs': '' }];
}
/** User data: a shell script, Base64-encoded as EC2 wants it. */
export interface Base64 {
	'Fn::Base64': string;
}

export type Intrinsic = Ref | GetAtt | Sub | Zone | Base64;

/**
 * A map whose keys are data, not property names: IAM policy documents, parameter mappings,
 * Cloud Map attributes. Writers print its keys exactly as they are, where they would otherwise
 * turn property names into their own spelling (camelCase in the CDK, snake_case in Terraform).
 */
export class Verbatim {
	readonly value: Record<string, unknown>;
	constructor(value: Record<string, unknown>) {
		this.value = value;
	}
}

export type Value = string | number | boolean | Intrinsic | Verbatim | Value[] | { [property: string]: Value };

export interface Resource {
	Type: string;
	Properties: Record<string, Value>;
	/** Resources CloudFormation must create first, where no reference already says so. */
	DependsOn?: string[];
	/** Why the resource is there or set this way, printed above it in all three languages. */
	Comment?: string;
}

export interface Parameter {
	Type: string;
	Default: string;
	Description: string;
}

export interface Output {
	Description: string;
	Value: Value;
}

/** One deployable stack: what the CloudFormation tab prints, and what the other two rebuild. */
export interface StackTemplate {
	Description: string;
	Parameters: Record<string, Parameter>;
	Resources: Record<string, Resource>;
	Outputs: Record<string, Output>;
}

export const ref = (name: string): Ref => ({ Ref: name });
export const getAtt = (name: string, attribute: string): GetAtt => ({ 'Fn::GetAtt': [name, attribute] });
export const sub = (text: string): Sub => ({ 'Fn::Sub': text });
export const zone = (index: number): Zone => ({ 'Fn::Select': [index, { 'Fn::GetAZs': '' }] });
export const base64 = (script: string): Base64 => ({ 'Fn::Base64': script });
export const verbatim = (value: Record<string, unknown>) => new Verbatim(value);

/** Which intrinsic function `value` is, if it is one. */
export function intrinsicOf(value: unknown): Intrinsic | undefined {
	if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Verbatim) return undefined;
	const keys = Object.keys(value);
	return keys.length === 1 && ['Ref', 'Fn::GetAtt', 'Fn::Sub', 'Fn::Select', 'Fn::Base64'].includes(keys[0]!) ? (value as Intrinsic) : undefined;
}

/**
 * The pieces of an `Fn::Sub` string: literal text, and placeholders as a resource or parameter
 * name with an optional attribute (`${Api.ApiEndpoint}`).
 */
export type SubPart = { text: string } | { name: string; attribute?: string };

export function subParts(text: string): SubPart[] {
	const parts: SubPart[] = [];
	let rest = text;
	for (let match = /\$\{([^}]+)\}/.exec(rest); match; match = /\$\{([^}]+)\}/.exec(rest)) {
		if (match.index > 0) parts.push({ text: rest.slice(0, match.index) });
		const [name, attribute] = match[1]!.startsWith('AWS::') ? [match[1]!] : match[1]!.split('.');
		parts.push(attribute === undefined ? { name: name! } : { name: name!, attribute });
		rest = rest.slice(match.index + match[0].length);
	}
	if (rest !== '') parts.push({ text: rest });
	return parts;
}
