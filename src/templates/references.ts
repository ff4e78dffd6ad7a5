import { intrinsicOf, subParts, Verbatim, type Resource } from './model.ts';

/**
 * Which resources and parameters a value names, through `Ref`, `Fn::GetAtt` or `Fn::Sub`
 * placeholders (pseudo parameters such as `AWS::Region` aside): the CDK and Terraform writers put
 * each resource after the ones it names, and the tests check that every name exists.
 */
export function namesIn(value: unknown, found = new Set<string>()): Set<string> {
	const intrinsic = intrinsicOf(value);
	if (intrinsic && 'Ref' in intrinsic) {
		if (!intrinsic.Ref.startsWith('AWS::')) found.add(intrinsic.Ref);
	} else if (intrinsic && 'Fn::GetAtt' in intrinsic) {
		found.add(intrinsic['Fn::GetAtt'][0]);
	} else if (intrinsic && 'Fn::Sub' in intrinsic) {
		for (const part of subParts(intrinsic['Fn::Sub'])) if ('name' in part && !part.name.startsWith('AWS::')) found.add(part.name);
	} else if (value instanceof Verbatim) {
		namesIn(value.value, found);
	} else if (Array.isArray(value)) {
		for (const item of value) namesIn(item, found);
	} else if (value !== null && typeof value === 'object') {
		for (const item of Object.values(value)) namesIn(item, found);
	}
	return found;
}

/**
 * The resources in an order where each comes after every resource it names or depends on,
 * otherwise keeping the order they were given in (network first, then security groups...).
 */
export function dependencyOrder(resources: Record<string, Resource>): string[] {
	const ordered: string[] = [];
	const placed = new Set<string>();
	const visit = (id: string, path: string[]) => {
		if (placed.has(id) || !(id in resources)) return;
		if (path.includes(id)) throw new Error(`Resources name each other in a cycle: ${[...path, id].join(' → ')}`);
		const resource = resources[id]!;
		for (const name of [...namesIn(resource.Properties), ...(resource.DependsOn ?? [])]) visit(name, [...path, id]);
		placed.add(id);
		ordered.push(id);
	};
	for (const id of Object.keys(resources)) visit(id, []);
	return ordered;
}
