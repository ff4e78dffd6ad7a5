import { Document, isMap, isScalar, isSeq, type Node as YamlNode, parseDocument, type Scalar } from 'yaml';

/**
 * Templates as YAML in CloudFormation's short form (`!Ref`, `!GetAtt`, ...): the chapters'
 * CloudFormation samples (src/samples/extract-template.ts) and the generated templates
 * (src/templates/cloudformation.ts) are written the same way.
 */

/** Intrinsic functions with a YAML short form, keyed by their long-form name. */
export const SHORT_FORMS: Record<string, string> = {
	Ref: '!Ref',
	'Fn::GetAtt': '!GetAtt',
	'Fn::Join': '!Join',
	'Fn::Sub': '!Sub',
	'Fn::Select': '!Select',
	'Fn::Split': '!Split',
	'Fn::GetAZs': '!GetAZs',
	'Fn::ImportValue': '!ImportValue',
	'Fn::Base64': '!Base64',
	'Fn::Cidr': '!Cidr',
	'Fn::FindInMap': '!FindInMap',
	'Fn::If': '!If',
	'Fn::Equals': '!Equals',
	'Fn::Not': '!Not',
	'Fn::And': '!And',
	'Fn::Or': '!Or',
};

/** The function name of a one-key intrinsic-function object such as `{ Ref: 'X' }`. */
function intrinsicName(value: unknown): string | undefined {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const keys = Object.keys(value);
	return keys.length === 1 && keys[0] in SHORT_FORMS ? keys[0] : undefined;
}

function toYamlNode(doc: Document, value: unknown): YamlNode {
	const name = intrinsicName(value);
	if (name !== undefined) {
		let argument = (value as Record<string, unknown>)[name];
		// YAML cannot tag a node twice, so `!Base64 !Join [...]` is not valid: when the argument is
		// itself a function, the outer one stays in long form.
		if (intrinsicName(argument) !== undefined) {
			return doc.createNode({ [name]: toYamlNode(doc, argument) }) as YamlNode;
		}
		// `!GetAtt Resource.Attribute` is the usual short form of `[Resource, Attribute]`.
		if (name === 'Fn::GetAtt' && Array.isArray(argument) && argument.every((part) => typeof part === 'string')) {
			argument = argument.join('.');
		}
		const node = toYamlNode(doc, argument);
		node.tag = SHORT_FORMS[name];
		return node;
	}
	if (Array.isArray(value)) {
		return doc.createNode(value.map((item) => toYamlNode(doc, item))) as YamlNode;
	}
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).map(([key, item]) => [key, toYamlNode(doc, item)]);
		return doc.createNode(Object.fromEntries(entries)) as YamlNode;
	}
	return doc.createNode(value) as YamlNode;
}

/**
 * A template as YAML, with intrinsic functions in short form. Strings are quoted wherever a
 * YAML 1.1 parser would read them as something else (`off` as false, for example), so the file
 * means the same to YAML 1.1 and 1.2 readers.
 */
export function toCloudFormationYaml(template: object): string {
	return toCloudFormationDocument(template).toString({ lineWidth: 0 });
}

/** The same as a YAML document, for a writer that adds comments before printing it. */
export function toCloudFormationDocument(template: object): Document {
	const doc = new Document(null, { version: '1.1' });
	doc.contents = toYamlNode(doc, template);
	return doc;
}

/** The long-form name of each short-form tag, such as `Fn::GetAtt` for `!GetAtt`. */
const LONG_FORMS = Object.fromEntries(Object.entries(SHORT_FORMS).map(([long, short]) => [short, long]));

/**
 * Reads CloudFormation YAML with short-form tags (as toCloudFormationYaml writes it, or by hand)
 * back into the long-form JSON a template is, so it can be compared or validated. Throws on YAML
 * errors and on tags other than YAML's own and the short forms in SHORT_FORMS.
 */
export function readCloudFormationYaml(text: string): unknown {
	const doc = parseDocument(text, { version: '1.1' });
	if (doc.errors.length > 0) throw doc.errors[0];
	const toJson = (node: unknown): unknown => {
		let value: unknown;
		if (isMap(node)) {
			value = Object.fromEntries(node.items.map((pair) => [String((pair.key as Scalar).value), toJson(pair.value)]));
		} else if (isSeq(node)) {
			value = node.items.map(toJson);
		} else if (isScalar(node)) {
			value = node.value;
		} else {
			throw new Error(`Unexpected YAML node ${String(node)}`);
		}
		const tag = (node as YamlNode).tag;
		if (!tag || tag.startsWith('tag:yaml.org,2002:')) return value;
		const fn = LONG_FORMS[tag];
		// Dropping a tag would silently turn `!Condition IsProd` into the string `IsProd`.
		if (!fn) throw new Error(`Unknown YAML tag ${tag}: not a CloudFormation short form this reader knows`);
		if (fn === 'Fn::GetAtt' && typeof value === 'string') {
			const dot = value.indexOf('.');
			return { [fn]: [value.slice(0, dot), value.slice(dot + 1)] };
		}
		return { [fn]: value };
	};
	return toJson(doc.contents);
}
