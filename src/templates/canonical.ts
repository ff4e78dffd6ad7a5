import { intrinsicOf, subParts } from './model.ts';
import { plain } from './plain.ts';

/**
 * A template fragment in one canonical form, so that two ways of writing the same value compare
 * equal: the CDK turns a template string with tokens into `Fn::Join`, where the CloudFormation
 * tab has `Fn::Sub`. Both become the list of their literal and referenced parts.
 */
export function canonical(value: unknown): unknown {
	const data = plain(value);
	const intrinsic = intrinsicOf(data);
	if (intrinsic && 'Fn::Sub' in intrinsic) {
		return joined(
			subParts(intrinsic['Fn::Sub']).map((part) =>
				'text' in part ? part.text : part.attribute === undefined ? { Ref: part.name } : { 'Fn::GetAtt': [part.name, part.attribute] },
			),
		);
	}
	if (data !== null && typeof data === 'object' && !Array.isArray(data) && 'Fn::Join' in data) {
		const [separator, items] = (data as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
		if (separator === '') return joined(items.map(canonical));
	}
	if (Array.isArray(data)) return data.map(canonical);
	if (data !== null && typeof data === 'object') return Object.fromEntries(Object.entries(data).map(([key, item]) => [key, canonical(item)]));
	return data;
}

/** Adjacent literals merged; a single literal is just the string. */
function joined(parts: unknown[]): unknown {
	const merged: unknown[] = [];
	for (const part of parts) {
		if (typeof part === 'string' && typeof merged.at(-1) === 'string') merged[merged.length - 1] += part;
		else if (part !== '') merged.push(part);
	}
	return merged.length === 1 && typeof merged[0] === 'string' ? merged[0] : { join: merged };
}
