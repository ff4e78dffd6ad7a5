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

/** The names the folded choices use on a phone, where a value's own name is too long for one line. */
const SHORT: Partial<Record<string, string>> = { alb: 'ALB', nlb: 'NLB', cloudmap: 'Cloud Map', public: 'public client', vpc: 'client in a VPC' };

/** A configuration on one line, e.g. "REST API · VPC link V2 · ALB · ECS tasks · public client". */
export function summarizeConfiguration(config: Configuration): string {
	return FIELDS.map((field) => {
		const value = (LABELS[field].values as Record<string, string>)[config[field]]!;
		return SHORT[config[field]] ?? (field === 'link' ? IN_WORDS.link!(value) : value);
	}).join(' · ');
}
