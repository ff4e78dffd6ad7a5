import type { Configuration } from '../topology/model.ts';
import { LABELS } from '../topology/model.ts';
import { INSTANCE_TYPE } from './backend.ts';
import { needsNat } from './network.ts';
import { wrapText } from './wrap.ts';

/**
 * What every template says about itself, in its header and on its page: what it builds, what it
 * is for, what it costs while it exists and how to take it down. The same words in all three
 * languages; only the commands differ.
 */

export type Tool = 'cloudformation' | 'cdk' | 'terraform';

/** The setup in one line, in the order a request meets it. */
export function titleOf(config: Configuration): string {
	const parts = [
		config.client === 'vpc' ? 'Private REST API' : LABELS.api.values[config.api],
		`VPC link ${LABELS.link.values[config.link]}`,
		LABELS.target.values[config.target],
		LABELS.compute.values[config.compute],
	];
	return parts.join(' → ');
}

/** The setup in a few words, for its page's title: `Private REST API → VPC link V1 → NLB → EC2`. */
export function pageTitleOf(config: Configuration): string {
	const api = config.client === 'vpc' ? 'Private REST API' : LABELS.api.values[config.api];
	const target = { alb: 'ALB', nlb: 'NLB', cloudmap: 'Cloud Map' }[config.target];
	return `${api} → VPC link ${config.link.toUpperCase()} → ${target} → ${config.compute.toUpperCase()}`;
}

export const PURPOSE =
	'For learning how this setup works, and as a starting point. It is not ready for production: the API has no authorization, ' +
	'the backend speaks plain HTTP, and nothing logs requests at API Gateway or raises alarms.';

/**
 * Network interfaces that a load balancer or a VPC link leaves in a subnet can outlast their owner
 * for a few minutes, and while they do, their security groups cannot be deleted.
 */
export const TEARDOWN_NOTE =
	'Deleting takes several minutes. If a security group cannot be deleted yet because a network interface still uses it, wait a few minutes and run the command again.';

/** A billed resource the stack creates, and how AWS bills it, with the pricing page that says so. */
export interface Cost {
	what: string;
	billing: string;
	url: string;
}

export function costsOf(config: Configuration): Cost[] {
	const costs: Cost[] = [];
	if (needsNat(config)) {
		costs.push({ what: 'One NAT gateway', billing: 'see VPC pricing', url: 'https://aws.amazon.com/vpc/pricing/' });
		costs.push({ what: 'The NAT gateway’s public IPv4 address', billing: 'per hour', url: 'https://aws.amazon.com/vpc/pricing/' });
	}
	if (config.target !== 'cloudmap') {
		const lb =
			config.target === 'alb'
				? ['An internal Application Load Balancer', 'load balancer capacity units']
				: ['An internal Network Load Balancer', 'network load balancer capacity units'];
		costs.push({ what: lb[0]!, billing: `per hour, and per hour of ${lb[1]}`, url: 'https://aws.amazon.com/elasticloadbalancing/pricing/' });
	} else {
		costs.push({ what: 'The Cloud Map service', billing: 'per registered instance and per discovery call', url: 'https://aws.amazon.com/cloud-map/pricing/' });
		costs.push({ what: 'The Cloud Map namespace’s private hosted zone', billing: 'per month, and per DNS query', url: 'https://aws.amazon.com/route53/pricing/' });
	}
	if (config.client === 'vpc') {
		costs.push({
			what: 'The execute-api interface endpoint, in two zones',
			billing: 'per hour in each zone, and per GB it processes',
			url: 'https://aws.amazon.com/privatelink/pricing/',
		});
	}
	if (config.compute === 'ecs') {
		costs.push({ what: 'Two Fargate tasks of 0.25 vCPU and 0.5 GB', billing: 'per second of vCPU and memory while they run', url: 'https://aws.amazon.com/fargate/pricing/' });
		costs.push({ what: 'The tasks’ CloudWatch log group', billing: 'see CloudWatch pricing', url: 'https://aws.amazon.com/cloudwatch/pricing/' });
	} else {
		costs.push({
			what: `Two ${INSTANCE_TYPE} instances and their EBS volumes`,
			billing: 'while they run, and per GB-month of storage',
			url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
		});
	}
	costs.push({ what: `The ${config.api === 'rest' ? 'REST' : 'HTTP'} API`, billing: 'per request', url: 'https://aws.amazon.com/api-gateway/pricing/' });
	return costs;
}

/** How to put it up and take it down with each tool, for a file called `fileName`. */
export function commandsOf(config: Configuration, tool: Tool, fileName: string, stackName: string): { deploy: string[]; teardown: string[] } {
	if (tool === 'cloudformation') {
		const capabilities = config.compute === 'ecs' ? ' --capabilities CAPABILITY_IAM' : '';
		return {
			deploy: [
				`aws cloudformation deploy --template-file ${fileName} --stack-name ${stackName}${capabilities}`,
				`aws cloudformation describe-stacks --stack-name ${stackName} --query "Stacks[0].Outputs"`,
			],
			teardown: [`aws cloudformation delete-stack --stack-name ${stackName}`],
		};
	}
	if (tool === 'cdk') {
		return {
			deploy: ['npm install aws-cdk-lib constructs aws-cdk', 'npx cdk bootstrap   # once per account and Region', `npx cdk deploy --app "node ${fileName}"`],
			teardown: [`npx cdk destroy --app "node ${fileName}"`],
		};
	}
	return { deploy: ['terraform init', 'terraform apply'], teardown: ['terraform destroy'] };
}

/** The header every file starts with, as plain lines (each writer makes them comments). */
export function headerLines(config: Configuration, tool: Tool, fileName: string, stackName: string): string[] {
	const { deploy, teardown } = commandsOf(config, tool, fileName, stackName);
	const runtime =
		tool === 'cdk'
			? ['Needs Node.js 22.18 or later, which runs TypeScript itself.']
			: tool === 'terraform'
				? ['Needs Terraform and the hashicorp/aws provider 6.25.0 or later.']
				: [];
	const output = { cloudformation: 'the TryIt output', cdk: 'the TryIt output cdk deploy prints', terraform: 'the command `terraform output -raw try_it` prints' }[tool];
	const tryIt =
		config.client === 'vpc'
			? `Try it: run ${output} on a machine inside the VPC, for example an AWS CloudShell VPC environment in one of its private subnets with the VPC’s default security group. The API is private: outside the VPC its name leads to API Gateway’s public endpoint, which answers 403 Forbidden.`
			: `Try it: run ${output}. The first calls can fail while the VPC link becomes available, which takes a few minutes.`;
	const lines = [
		titleOf(config),
		'',
		PURPOSE,
		'',
		'While it exists, AWS bills:',
		...costsOf(config).map((cost) => `- ${cost.what}: ${cost.billing}`),
		'',
		...runtime,
		'Deploy:',
		...deploy.map((command) => `  ${command}`),
		tryIt,
		'Tear down, which deletes everything it created:',
		...teardown.map((command) => `  ${command}`),
		TEARDOWN_NOTE,
	];
	// Commands stay whole, on a line each, so they can be copied.
	return lines.flatMap((line) =>
		line.startsWith('  ') || line === '' ? [line] : wrapText(line, 96).map((part, index) => (index > 0 && line.startsWith('- ') ? `  ${part}` : part)),
	);
}
