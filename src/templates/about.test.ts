import { expect, test } from 'vitest';
import { commandsOf, costsOf, headerLines, pageTitleOf } from './about.ts';
import { buildableSetups } from './setups.ts';
import { stackTemplate } from './stack.ts';

/** What each template says it costs and how to remove it, against what its stack holds. */
test.each(buildableSetups())('%o: the bill lists what the stack creates, and nothing it does not', (config) => {
	const types = new Set(Object.values(stackTemplate(config).Resources).map((resource) => resource.Type));
	const billed = costsOf(config).map((cost) => cost.what);
	const lists = (pattern: RegExp) => billed.some((what) => pattern.test(what));
	expect(lists(/NAT gateway/)).toBe(types.has('AWS::EC2::NatGateway'));
	expect(lists(/Load Balancer/)).toBe(types.has('AWS::ElasticLoadBalancingV2::LoadBalancer'));
	expect(lists(/interface endpoint/)).toBe(types.has('AWS::EC2::VPCEndpoint'));
	expect(lists(/Fargate/)).toBe(types.has('AWS::ECS::Service'));
	expect(lists(/instances/)).toBe(types.has('AWS::EC2::Instance'));
	expect(lists(/Cloud Map/)).toBe(types.has('AWS::ServiceDiscovery::Service'));
	for (const cost of costsOf(config)) expect(cost.url).toMatch(/^https:\/\/aws\.amazon\.com\/[a-z0-9-]+\/pricing\/(on-demand\/)?$/);
	// A page title stays short enough for the page's <title> (90 characters with the site's name).
	expect(`${pageTitleOf(config)} | API Gateway Private Integrations`.length).toBeLessThanOrEqual(90);
});

test('each tool’s commands name the file and the stack they act on', () => {
	const config = buildableSetups()[0]!;
	expect(commandsOf(config, 'cloudformation', 'x.yaml', 'x')).toEqual({
		deploy: ['aws cloudformation deploy --template-file x.yaml --stack-name x --capabilities CAPABILITY_IAM', 'aws cloudformation describe-stacks --stack-name x --query "Stacks[0].Outputs"'],
		teardown: ['aws cloudformation delete-stack --stack-name x'],
	});
	expect(commandsOf(config, 'cdk', 'x.ts', 'x').teardown).toEqual(['npx cdk destroy --app "node x.ts"']);
	expect(commandsOf(config, 'terraform', 'x.tf', 'x').teardown).toEqual(['terraform destroy']);
	// Only ECS setups create an IAM role, and only a role needs the capability.
	const ec2 = buildableSetups().find((setup) => setup.compute === 'ec2')!;
	expect(commandsOf(ec2, 'cloudformation', 'y.yaml', 'y').deploy[0]).not.toContain('CAPABILITY_IAM');
	// Commands stay whole on their lines, however long, so they can be copied.
	const header = headerLines(config, 'cloudformation', 'a-long-file-name-for-a-template.yaml', 'a-long-stack-name');
	expect(header).toContain('  aws cloudformation deploy --template-file a-long-file-name-for-a-template.yaml --stack-name a-long-stack-name --capabilities CAPABILITY_IAM');
	expect(header.every((line) => line.startsWith('  ') || line.length <= 96)).toBe(true);
});
