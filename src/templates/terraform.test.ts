import { describe, expect, test } from 'vitest';
import { checkTerraform, parseTerraform } from '../samples/terraform-check.ts';
import { buildableSetups } from './setups.ts';
import { slugOf } from './slug.ts';
import { terraformFile } from './terraform.ts';

/**
 * Every generated Terraform file, for every supported setup: it parses as HCL, and every type,
 * argument, block and reference it uses exists in the hashicorp/aws 6.25.0 schema, with the
 * required arguments present (src/samples/terraform-check.ts). Then what matters for the setup.
 */

const setups = buildableSetups().map((config) => ({ config, slug: slugOf(config) }));

type Resources = Record<string, Record<string, Array<Record<string, unknown>>>>;

describe.each(setups)('$slug', ({ config, slug }) => {
	const fileName = `${slug}.tf`;
	const text = terraformFile(config, fileName, slug);

	test('passes the offline check against the provider schema', async () => {
		expect(await checkTerraform(text, fileName)).toEqual([]);
	});

	test('connects through the VPC link to the setup’s target, with the drawn security group rules', async () => {
		const resource = (await parseTerraform(text, fileName)).json.resource as Resources;
		const one = (type: string, name: string) => resource[type]?.[name]?.[0] ?? {};
		expect(text).toContain('version = ">= 6.25.0"');
		if (config.api === 'http') {
			expect(one('aws_apigatewayv2_integration', 'integration')).toMatchObject({
				connection_type: 'VPC_LINK',
				connection_id: '${aws_apigatewayv2_vpc_link.vpc_link.id}',
				integration_uri: config.target === 'cloudmap' ? '${aws_service_discovery_service.discovery_service.arn}' : '${aws_lb_listener.listener.arn}',
			});
		} else {
			for (const method of ['root_method', 'proxy_method']) {
				const integration = one('aws_api_gateway_integration', method);
				expect(integration).toMatchObject({ type: 'HTTP_PROXY', connection_type: 'VPC_LINK' });
				expect(integration.connection_id).toBe(config.link === 'v2' ? '${aws_apigatewayv2_vpc_link.vpc_link.id}' : '${aws_api_gateway_vpc_link.vpc_link.id}');
				expect(integration.integration_target).toBe(config.link === 'v2' ? '${aws_lb.load_balancer.arn}' : undefined);
			}
			expect(one('aws_api_gateway_rest_api', 'api').endpoint_configuration).toEqual([expect.objectContaining({ types: [config.client === 'vpc' ? 'PRIVATE' : 'REGIONAL'] })]);
		}
		const front = config.target === 'cloudmap' ? 'target_security_group' : 'load_balancer_security_group';
		if (config.link === 'v2') {
			expect(Object.keys(resource.aws_vpc_security_group_egress_rule ?? {}).filter((name) => name.startsWith('vpc_link_'))).toEqual(['vpc_link_security_group_out']);
			expect(one('aws_vpc_security_group_egress_rule', 'vpc_link_security_group_out')).toMatchObject({
				from_port: 80,
				referenced_security_group_id: `\${aws_security_group.${front}.id}`,
			});
			expect(Object.values(resource.aws_vpc_security_group_ingress_rule ?? {}).map(([rule]) => [rule!.security_group_id, rule!.referenced_security_group_id])).toContainEqual([
				`\${aws_security_group.${front}.id}`,
				'${aws_security_group.vpc_link_security_group.id}',
			]);
		}
		// Nothing is open to the internet: inbound rules name a group or the VPC's own range.
		for (const [rule] of Object.values(resource.aws_vpc_security_group_ingress_rule ?? {})) {
			expect(rule!.referenced_security_group_id ?? rule!.cidr_ipv4).toMatch(/^\$\{aws_(security_group\.\w+\.id|vpc\.vpc\.cidr_block)\}$/);
		}
	});
});

test('the check is not a formality: a misspelt argument and a dangling reference are reported', async () => {
	const config = buildableSetups()[0]!;
	const text = terraformFile(config, 'x.tf', 'x').replace('integration_target ', 'integration_targets').replace('aws_lb.load_balancer.dns_name', 'aws_lb.balancer.dns_name');
	const problems = (await checkTerraform(text, 'x.tf')).join('\n');
	expect(problems).toMatch(/integration_targets/);
	expect(problems).toMatch(/aws_lb\.balancer/);
});
