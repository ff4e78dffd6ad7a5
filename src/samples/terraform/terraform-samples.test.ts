/**
 * The Terraform samples: each passes the offline checker, marks the regions the chapters show,
 * builds what its CDK program builds (the security group rules are compared with the synthesized
 * template), and wires the integration the way its chapter says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { type CfnTemplate, SAMPLE_STACKS, synthesizeSamples } from '../extract-template.ts';
import { checkTerraform, parseTerraform, type TerraformJson } from '../terraform-check.ts';
import { fileRegions } from '../../utils/sample-regions.ts';

const folder = fileURLToPath(new URL('./', import.meta.url));
const samplesFolder = fileURLToPath(new URL('../', import.meta.url));
const NAMES = SAMPLE_STACKS.map(({ name }) => name);
const read = (name: string) => readFileSync(`${folder}${name}.tf`, 'utf8');

const parsed = new Map<string, TerraformJson>();
beforeAll(async () => {
	for (const name of NAMES) parsed.set(name, (await parseTerraform(read(name), `${name}.tf`)).json);
});

/** The one resource `type.name` of a sample, as hcl2json gives it (its arguments; blocks are lists). */
function resource(name: string, type: string, resourceName: string): Record<string, any> {
	const found = parsed.get(name)!.resource?.[type]?.[resourceName]?.[0];
	expect(found, `${name}.tf has ${type}.${resourceName}`).toBeDefined();
	return found;
}

/** Every resource of `type` in a sample, by name. */
const resourcesOf = (name: string, type: string): Record<string, Record<string, any>> =>
	Object.fromEntries(Object.entries(parsed.get(name)!.resource?.[type] ?? {}).map(([key, value]) => [key, (value as Array<Record<string, any>>)[0]!]));

test('there is one Terraform file per sample, and nothing else but the schema and this test', () => {
	expect(readdirSync(folder).sort()).toEqual([...NAMES.map((name) => `${name}.tf`), 'aws-provider-schema.json', 'terraform-samples.test.ts'].sort());
});

describe.each(NAMES)('%s.tf', (name) => {
	test('passes the offline Terraform check', async () => {
		expect(await checkTerraform(read(name), `${name}.tf`)).toEqual([]);
	});

	test('needs hashicorp/aws 6.25.0 or later, and sets the Region from a variable', () => {
		const json = parsed.get(name)!;
		expect(json.terraform[0].required_providers[0].aws).toEqual({ source: 'hashicorp/aws', version: '>= 6.25.0' });
		expect(json.provider.aws[0].region).toBe('${var.region}');
	});

	test('marks the same regions as the CLI script and the CDK program', () => {
		const regions = (text: string, comment: '#' | '//', file: string) => [...fileRegions(text, comment, file).keys()].sort();
		const terraform = regions(read(name), '#', `${name}.tf`);
		expect(terraform.length).toBeGreaterThan(0);
		expect(terraform).toEqual(regions(readFileSync(`${samplesFolder}cli/${name}.sh`, 'utf8'), '#', `${name}.sh`));
		expect(terraform).toEqual(regions(readFileSync(`${samplesFolder}cdk/${name}.ts`, 'utf8'), '//', `${name}.ts`));
	});
});

describe('security groups', () => {
	let templates: Map<string, CfnTemplate>;
	// Synthesizing the seven CDK stacks takes a few seconds on a busy machine.
	beforeAll(() => {
		templates = synthesizeSamples();
	}, 60_000);

	const ports = (protocol: string, from: unknown, to: unknown) => (protocol === '-1' ? 'all traffic' : `${protocol} ${from}-${to}`);

	/** Each rule of the CDK stack as `group: direction ports peer`, groups named by their description. */
	function cdkRules(template: CfnTemplate): string[] {
		const resources = Object.entries(template.Resources ?? {});
		const description = (value: unknown) => {
			const id = (value as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
			return template.Resources![id]!.Properties!.GroupDescription as string;
		};
		const rules: string[] = [];
		for (const [, { Type, Properties: p = {} }] of resources) {
			if (Type === 'AWS::EC2::SecurityGroup') {
				// A group the CDK closes outbound gets a placeholder rule that matches nothing; Terraform's groups start closed.
				for (const rule of (p.SecurityGroupEgress ?? []) as Array<Record<string, unknown>>) {
					if (rule.CidrIp !== '255.255.255.255/32') rules.push(`${p.GroupDescription}: egress ${ports(String(rule.IpProtocol), rule.FromPort, rule.ToPort)} to ${rule.CidrIp}`);
				}
				expect(p.SecurityGroupIngress).toBeUndefined();
			}
			if (Type === 'AWS::EC2::SecurityGroupIngress') {
				rules.push(`${description(p.GroupId)}: ingress ${ports(String(p.IpProtocol), p.FromPort, p.ToPort)} from ${description(p.SourceSecurityGroupId)}`);
			}
			if (Type === 'AWS::EC2::SecurityGroupEgress') {
				rules.push(`${description(p.GroupId)}: egress ${ports(String(p.IpProtocol), p.FromPort, p.ToPort)} to ${description(p.DestinationSecurityGroupId)}`);
			}
		}
		return rules.sort();
	}

	/** The same for a Terraform sample, with `${var.name}` in the descriptions replaced by its default. */
	function terraformRules(name: string): string[] {
		const prefix = parsed.get(name)!.variable.name[0].default as string;
		const groups = resourcesOf(name, 'aws_security_group');
		const description = (reference: string) => {
			const group = /^\$\{aws_security_group\.(\w+)\.id\}$/.exec(reference)?.[1];
			expect(group && groups[group], `${reference} names a security group`).toBeTruthy();
			return (groups[group!]!.description as string).replaceAll('${var.name}', prefix);
		};
		const rules: string[] = [];
		for (const [type, direction, preposition] of [
			['aws_vpc_security_group_ingress_rule', 'ingress', 'from'],
			['aws_vpc_security_group_egress_rule', 'egress', 'to'],
		] as const) {
			for (const rule of Object.values(resourcesOf(name, type))) {
				const peer = rule.referenced_security_group_id ? description(rule.referenced_security_group_id) : rule.cidr_ipv4;
				rules.push(`${description(rule.security_group_id)}: ${direction} ${ports(rule.ip_protocol, rule.from_port, rule.to_port)} ${preposition} ${peer}`);
			}
		}
		for (const group of Object.values(groups)) {
			expect(group.ingress, 'rules are separate resources').toBeUndefined();
			expect(group.egress, 'rules are separate resources').toBeUndefined();
		}
		return rules.sort();
	}

	test.each(NAMES)('%s.tf has the groups and rules of its CDK program', (name) => {
		const template = templates.get(name)!;
		const cdkGroups = Object.values(template.Resources ?? {})
			.filter(({ Type }) => Type === 'AWS::EC2::SecurityGroup')
			.map(({ Properties }) => Properties!.GroupDescription);
		const prefix = parsed.get(name)!.variable.name[0].default as string;
		const terraformGroups = Object.values(resourcesOf(name, 'aws_security_group')).map((group) => (group.description as string).replaceAll('${var.name}', prefix));
		expect(terraformGroups.sort()).toEqual(cdkGroups.sort());
		expect(terraformRules(name)).toEqual(cdkRules(template));
	});
});

describe('integrations', () => {
	test('http-api-alb-ecs: the HTTP API integration names the internal ALB listener through the VPC link', () => {
		const integration = resource('http-api-alb-ecs', 'aws_apigatewayv2_integration', 'orders');
		expect(integration).toMatchObject({
			integration_type: 'HTTP_PROXY',
			connection_type: 'VPC_LINK',
			connection_id: '${aws_apigatewayv2_vpc_link.orders.id}',
			integration_uri: '${aws_lb_listener.http.arn}',
		});
		expect(resource('http-api-alb-ecs', 'aws_lb_listener', 'http')).toMatchObject({ load_balancer_arn: '${aws_lb.orders.arn}', port: 80, protocol: 'HTTP' });
		expect(resource('http-api-alb-ecs', 'aws_lb', 'orders')).toMatchObject({ load_balancer_type: 'application', internal: true });
		expect(resource('http-api-alb-ecs', 'aws_apigatewayv2_route', 'proxy')).toMatchObject({
			route_key: 'ANY /{proxy+}',
			target: 'integrations/${aws_apigatewayv2_integration.orders.id}',
		});
		expect(resource('http-api-alb-ecs', 'aws_apigatewayv2_stage', 'default')).toMatchObject({ name: '$default', auto_deploy: true });
	});

	test('http-api-nlb-ec2: the integration names the NLB TCP listener; the Auto Scaling group fills its target group', () => {
		expect(resource('http-api-nlb-ec2', 'aws_apigatewayv2_integration', 'orders')).toMatchObject({
			connection_type: 'VPC_LINK',
			connection_id: '${aws_apigatewayv2_vpc_link.orders.id}',
			integration_uri: '${aws_lb_listener.tcp.arn}',
		});
		expect(resource('http-api-nlb-ec2', 'aws_lb_listener', 'tcp')).toMatchObject({ load_balancer_arn: '${aws_lb.orders.arn}', protocol: 'TCP', port: 80 });
		expect(resource('http-api-nlb-ec2', 'aws_lb', 'orders')).toMatchObject({ load_balancer_type: 'network', internal: true, security_groups: ['${aws_security_group.nlb.id}'] });
		expect(resource('http-api-nlb-ec2', 'aws_autoscaling_group', 'orders')).toMatchObject({ min_size: 2, max_size: 2, target_group_arns: ['${aws_lb_target_group.orders.arn}'] });
		expect(resource('http-api-nlb-ec2', 'aws_launch_template', 'orders').metadata_options).toEqual([{ http_tokens: 'required' }]);
	});

	test('http-api-cloud-map-ecs: the integration names the Cloud Map service, whose SRV records ECS fills', () => {
		expect(resource('http-api-cloud-map-ecs', 'aws_apigatewayv2_integration', 'orders')).toMatchObject({
			connection_type: 'VPC_LINK',
			connection_id: '${aws_apigatewayv2_vpc_link.orders.id}',
			integration_uri: '${aws_service_discovery_service.orders.arn}',
		});
		expect(resource('http-api-cloud-map-ecs', 'aws_service_discovery_service', 'orders').dns_config[0].dns_records).toEqual([{ type: 'SRV', ttl: 60 }]);
		expect(resource('http-api-cloud-map-ecs', 'aws_ecs_service', 'orders').service_registries).toEqual([
			{ registry_arn: '${aws_service_discovery_service.orders.arn}', container_name: 'web', container_port: 80 },
		]);
		expect(parsed.get('http-api-cloud-map-ecs')!.resource.aws_lb).toBeUndefined();
	});

	test('rest-api-alb-ecs: both REST integrations use the V2 link, with the ALB as integration_target', () => {
		expect(resource('rest-api-alb-ecs', 'aws_lb', 'orders')).toMatchObject({ load_balancer_type: 'application', internal: true });
		for (const [method, uri] of [
			['root', 'http://${aws_lb.orders.dns_name}/'],
			['proxy', 'http://${aws_lb.orders.dns_name}/{proxy}'],
		]) {
			expect(resource('rest-api-alb-ecs', 'aws_api_gateway_integration', method!)).toMatchObject({
				type: 'HTTP_PROXY',
				integration_http_method: 'ANY',
				connection_type: 'VPC_LINK',
				connection_id: '${aws_apigatewayv2_vpc_link.orders.id}',
				integration_target: '${aws_lb.orders.arn}',
				uri,
			});
		}
		expect(resource('rest-api-alb-ecs', 'aws_api_gateway_integration', 'proxy').request_parameters).toEqual({
			'integration.request.path.proxy': 'method.request.path.proxy',
		});
		expect(resource('rest-api-alb-ecs', 'aws_api_gateway_method', 'proxy').request_parameters).toEqual({ 'method.request.path.proxy': true });
		expect(resource('rest-api-alb-ecs', 'aws_api_gateway_resource', 'proxy').path_part).toBe('{proxy+}');
		expect(resource('rest-api-alb-ecs', 'aws_api_gateway_stage', 'prod')).toMatchObject({ stage_name: 'prod', deployment_id: '${aws_api_gateway_deployment.orders.id}' });
		expect(parsed.get('rest-api-alb-ecs')!.resource.aws_api_gateway_vpc_link).toBeUndefined();
	});

	test('rest-api-nlb-ec2-v1: a V1 link to the NLB, integrations without integration_target, PrivateLink inbound rules off', () => {
		expect(resource('rest-api-nlb-ec2-v1', 'aws_api_gateway_vpc_link', 'orders').target_arns).toEqual(['${aws_lb.orders.arn}']);
		expect(resource('rest-api-nlb-ec2-v1', 'aws_lb', 'orders')).toMatchObject({
			load_balancer_type: 'network',
			enforce_security_group_inbound_rules_on_private_link_traffic: 'off',
		});
		for (const method of ['root', 'proxy']) {
			const integration = resource('rest-api-nlb-ec2-v1', 'aws_api_gateway_integration', method);
			expect(integration).toMatchObject({ type: 'HTTP_PROXY', connection_type: 'VPC_LINK', connection_id: '${aws_api_gateway_vpc_link.orders.id}' });
			expect(integration.integration_target).toBeUndefined();
		}
		expect(parsed.get('rest-api-nlb-ec2-v1')!.resource.aws_apigatewayv2_vpc_link).toBeUndefined();
	});

	test('cross-account-provider: the NLB is an endpoint service that only the API account may use', () => {
		expect(resource('cross-account-provider', 'aws_vpc_endpoint_service', 'orders')).toMatchObject({
			network_load_balancer_arns: ['${aws_lb.orders.arn}'],
			acceptance_required: false,
		});
		expect(resource('cross-account-provider', 'aws_vpc_endpoint_service_allowed_principal', 'api_account')).toEqual({
			vpc_endpoint_service_id: '${aws_vpc_endpoint_service.orders.id}',
			principal_arn: 'arn:aws:iam::${var.api_account_id}:root',
		});
		expect(resource('cross-account-provider', 'aws_lb', 'orders')).toMatchObject({
			load_balancer_type: 'network',
			enforce_security_group_inbound_rules_on_private_link_traffic: 'off',
		});
	});

	test('cross-account-consumer: the ALB targets the interface endpoint addresses; nothing reaches the internet', () => {
		expect(resource('cross-account-consumer', 'aws_vpc_endpoint', 'provider')).toMatchObject({
			vpc_endpoint_type: 'Interface',
			service_name: '${var.provider_endpoint_service_name}',
			private_dns_enabled: false,
			security_group_ids: ['${aws_security_group.endpoint.id}'],
		});
		expect(parsed.get('cross-account-consumer')!.data.aws_network_interface.endpoint[0].id).toBe('${tolist(aws_vpc_endpoint.provider.network_interface_ids)[count.index]}');
		expect(resource('cross-account-consumer', 'aws_lb_target_group_attachment', 'endpoint')).toMatchObject({
			target_group_arn: '${aws_lb_target_group.provider.arn}',
			target_id: '${data.aws_network_interface.endpoint[count.index].private_ip}',
			port: 80,
		});
		expect(resource('cross-account-consumer', 'aws_apigatewayv2_integration', 'orders')).toMatchObject({ integration_uri: '${aws_lb_listener.http.arn}' });
		const types = Object.keys(parsed.get('cross-account-consumer')!.resource);
		expect(types).not.toContain('aws_internet_gateway');
		expect(types).not.toContain('aws_nat_gateway');
	});
});
