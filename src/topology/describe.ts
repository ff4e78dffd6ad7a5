import { FIELDS, LABELS, type Configuration, type Field } from './model.ts';

/** Values that do not say what they are on their own ("V2") get their field's name. */
const IN_WORDS: { [F in Field]?: (value: string) => string } = {
	link: (value) => `${LABELS.link.legend} ${value}`,
	client: (value) => `${LABELS.client.legend.toLowerCase()}: ${value}`,
};

/** A configuration in words, e.g. "REST API, VPC link V2, Application Load Balancer, ECS tasks, client: Public internet". */
export function describeConfiguration(config: Configuration): string {
	return FIELDS.map((field) => {
		const value = (LABELS[field].values as Record<string, string>)[config[field]]!;
		return IN_WORDS[field]?.(value) ?? value;
	}).join(', ');
}
