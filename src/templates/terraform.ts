import type { Configuration } from '../topology/model.ts';
import { headerLines } from './about.ts';
import { AMI_PARAMETER } from './backend.ts';
import { camelCase } from './cdk.ts';
import { type Block, type Body, Call, Expr, Heredoc, type HclValue, printBlock, Template } from './hcl.ts';
import { intrinsicOf, subParts, Verbatim, type Resource, type StackTemplate, type Value } from './model.ts';
import { dependencyOrder } from './references.ts';
import { stackTemplate } from './stack.ts';
import { wrapText } from './wrap.ts';

/**
 * The Terraform tab: the CloudFormation tab's stack rebuilt with the hashicorp/aws provider, one
 * translation per resource type. Most CloudFormation resources have a Terraform resource of the
 * same shape; some become several (inline security group rules become rule resources, a REST
 * method becomes a method and an integration, a role's managed policy an attachment). Names are
 * the CloudFormation logical ids in snake_case, so the tabs can be read side by side.
 */

export const PROVIDER_VERSION = '>= 6.25.0';

const snake = (name: string) =>
	name
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
		.toLowerCase();

/** How a CloudFormation type maps: the Terraform type, and the attributes `Ref` and `Fn::GetAtt` resolve to. */
interface Mapping {
	type: string;
	ref: string;
	attributes?: Record<string, string>;
	/** The Terraform blocks for the resource; by default one block with the properties in snake_case. */
	translate?: (id: string, properties: Record<string, Value>, context: Context) => Block[];
}

interface Context {
	value: (value: Value | unknown, struct?: boolean) => HclValue;
	/** What a REST deployment must follow: its integrations, and a private API's resource policy. */
	redeployOn: string[];
}

const argument = (name: string, value: HclValue) => ({ argument: name, value });
const nested = (type: string, body: Body, comment?: string) => ({ block: { type, labels: [], body, ...(comment ? { comment: wrapText(comment, 92) } : {}) } });
const resourceBlock = (type: string, name: string, body: Body, comment?: string[]): Block => ({ type: 'resource', labels: [type, name], body, ...(comment ? { comment } : {}) });

/** The properties in snake_case, skipping those named in `skip`, renaming those in `rename`. */
function simpleBody(properties: Record<string, Value>, context: Context, rename: Record<string, string> = {}, skip: string[] = []): Body {
	return Object.entries(properties)
		.filter(([name]) => !skip.includes(name))
		.map(([name, value]) => argument(rename[name] ?? snake(name), context.value(value)));
}

function securityGroupRules(id: string, group: string, rules: Array<Record<string, Value>>, direction: 'ingress' | 'egress', context: Context): Block[] {
	return rules.map((rule, index) => {
		const peer = rule.SourceSecurityGroupId ?? rule.DestinationSecurityGroupId;
		const body: Body = [argument('security_group_id', new Expr(group)), argument('ip_protocol', context.value(rule.IpProtocol))];
		if (rule.IpProtocol !== '-1') body.push(argument('from_port', context.value(rule.FromPort)), argument('to_port', context.value(rule.ToPort)));
		body.push(peer !== undefined ? argument('referenced_security_group_id', context.value(peer)) : argument('cidr_ipv4', context.value(rule.CidrIp)));
		body.push(argument('description', context.value(rule.Description)));
		const suffix = rules.length > 1 ? `_${index + 1}` : '';
		return resourceBlock(`aws_vpc_security_group_${direction}_rule`, `${id}${suffix}`, body);
	});
}

const MAPPINGS: Record<string, Mapping> = {
	'AWS::EC2::VPC': { type: 'aws_vpc', ref: 'id', attributes: { CidrBlock: 'cidr_block' } },
	'AWS::EC2::Subnet': { type: 'aws_subnet', ref: 'id' },
	'AWS::EC2::RouteTable': { type: 'aws_route_table', ref: 'id' },
	'AWS::EC2::SubnetRouteTableAssociation': { type: 'aws_route_table_association', ref: 'id' },
	'AWS::EC2::InternetGateway': { type: 'aws_internet_gateway', ref: 'id' },
	'AWS::EC2::VPCGatewayAttachment': { type: 'aws_internet_gateway_attachment', ref: 'id' },
	'AWS::EC2::Route': { type: 'aws_route', ref: 'id' },
	'AWS::EC2::EIP': { type: 'aws_eip', ref: 'public_ip', attributes: { AllocationId: 'allocation_id' } },
	'AWS::EC2::NatGateway': { type: 'aws_nat_gateway', ref: 'id' },
	'AWS::EC2::SecurityGroup': {
		type: 'aws_security_group',
		ref: 'id',
		attributes: { GroupId: 'id' },
		// Terraform removes the rule allowing everything out that AWS gives a new group, so the
		// rules below are all the group has, as in the other tabs.
		translate: (id, properties, context) => [
			resourceBlock('aws_security_group', id, [argument('description', context.value(properties.GroupDescription)), argument('vpc_id', context.value(properties.VpcId))]),
			...securityGroupRules(`${id}_in`, `aws_security_group.${id}.id`, (properties.SecurityGroupIngress ?? []) as Array<Record<string, Value>>, 'ingress', context),
			...securityGroupRules(`${id}_out`, `aws_security_group.${id}.id`, (properties.SecurityGroupEgress ?? []) as Array<Record<string, Value>>, 'egress', context),
		],
	},
	'AWS::EC2::SecurityGroupIngress': {
		type: 'aws_vpc_security_group_ingress_rule',
		ref: 'id',
		translate: (id, { GroupId, ...rule }, context) => securityGroupRules(id, (context.value(GroupId) as Expr).code, [rule], 'ingress', context),
	},
	'AWS::EC2::Instance': {
		type: 'aws_instance',
		ref: 'id',
		attributes: { PrivateIp: 'private_ip' },
		translate: (id, properties, context) => [
			resourceBlock('aws_instance', id, [
				...simpleBody(properties, context, { ImageId: 'ami', SecurityGroupIds: 'vpc_security_group_ids' }, ['UserData']),
				// Terraform Base64-encodes user data itself.
				argument('user_data', new Heredoc((properties.UserData as { 'Fn::Base64': string })['Fn::Base64'])),
				nested('lifecycle', [argument('ignore_changes', [new Expr('ami')])], 'A newer AMI, published later, would otherwise replace the instance at the next apply.'),
			]),
		],
	},
	'AWS::EC2::VPCEndpoint': { type: 'aws_vpc_endpoint', ref: 'id' },
	'AWS::ElasticLoadBalancingV2::LoadBalancer': {
		type: 'aws_lb',
		ref: 'arn',
		attributes: { DNSName: 'dns_name', LoadBalancerArn: 'arn' },
		translate: (id, { Type, Scheme, ...rest }, context) => [
			resourceBlock('aws_lb', id, [argument('load_balancer_type', context.value(Type)), argument('internal', Scheme === 'internal'), ...simpleBody(rest, context)]),
		],
	},
	'AWS::ElasticLoadBalancingV2::TargetGroup': {
		type: 'aws_lb_target_group',
		ref: 'arn',
		translate: (id, { HealthCheckPath, Targets, TargetGroupAttributes, ...rest }, context) => [
			resourceBlock('aws_lb_target_group', id, [
				...simpleBody(rest, context),
				// Terraform names each target group attribute as an argument of its own.
				...((TargetGroupAttributes ?? []) as Array<{ Key: string; Value: Value }>).map(({ Key, Value }) =>
					argument(Key.replace(/\.timeout_seconds$/, '').replace(/\./g, '_'), context.value(Value)),
				),
				...(HealthCheckPath ? [nested('health_check', [argument('path', context.value(HealthCheckPath))])] : []),
			]),
			...((Targets ?? []) as Array<Record<string, Value>>).map((target) =>
				resourceBlock('aws_lb_target_group_attachment', `${id}_${snake((target.Id as { Ref: string }).Ref)}`, [
					argument('target_group_arn', new Expr(`aws_lb_target_group.${id}.arn`)),
					argument('target_id', context.value(target.Id)),
					argument('port', context.value(target.Port)),
				]),
			),
		],
	},
	'AWS::ElasticLoadBalancingV2::Listener': {
		type: 'aws_lb_listener',
		ref: 'arn',
		translate: (id, { DefaultActions, ...rest }, context) => [
			resourceBlock('aws_lb_listener', id, [
				...simpleBody(rest, context),
				...(DefaultActions as Array<Record<string, Value>>).map((action) => nested('default_action', simpleBody(action, context))),
			]),
		],
	},
	'AWS::ECS::Cluster': { type: 'aws_ecs_cluster', ref: 'id', translate: (id) => [resourceBlock('aws_ecs_cluster', id, [argument('name', new Expr('var.name'))])] },
	'AWS::Logs::LogGroup': { type: 'aws_cloudwatch_log_group', ref: 'name' },
	'AWS::IAM::Role': {
		type: 'aws_iam_role',
		ref: 'name',
		attributes: { Arn: 'arn' },
		translate: (id, { AssumeRolePolicyDocument, ManagedPolicyArns }, context) => [
			resourceBlock('aws_iam_role', id, [argument('assume_role_policy', new Call('jsonencode', context.value(AssumeRolePolicyDocument)))]),
			...(ManagedPolicyArns as Value[]).map((arn) =>
				resourceBlock('aws_iam_role_policy_attachment', `${id}_policy`, [argument('role', new Expr(`aws_iam_role.${id}.name`)), argument('policy_arn', context.value(arn))]),
			),
		],
	},
	'AWS::ECS::TaskDefinition': {
		type: 'aws_ecs_task_definition',
		ref: 'arn',
		// The container definitions are the ECS API's JSON, whose names are camelCase.
		translate: (id, { ContainerDefinitions, ...rest }, context) => [
			resourceBlock('aws_ecs_task_definition', id, [
				...simpleBody(rest, context),
				argument('container_definitions', new Call('jsonencode', context.value(camelKeys(ContainerDefinitions)))),
			]),
		],
	},
	'AWS::ECS::Service': {
		type: 'aws_ecs_service',
		ref: 'name',
		translate: (id, { NetworkConfiguration, LoadBalancers, ServiceRegistries, DeploymentConfiguration, ...rest }, context) => {
			const breaker = (DeploymentConfiguration as { DeploymentCircuitBreaker: Record<string, Value> }).DeploymentCircuitBreaker;
			const network = (NetworkConfiguration as { AwsvpcConfiguration: Record<string, Value> }).AwsvpcConfiguration;
			return [
				resourceBlock('aws_ecs_service', id, [
					argument('name', new Expr(`"\${var.name}-web"`)),
					...simpleBody(rest, context),
					nested('network_configuration', [
						argument('subnets', context.value(network.Subnets)),
						argument('security_groups', context.value(network.SecurityGroups)),
						argument('assign_public_ip', network.AssignPublicIp === 'ENABLED'),
					]),
					...((LoadBalancers ?? []) as Array<Record<string, Value>>).map((entry) => nested('load_balancer', simpleBody(entry, context))),
					...((ServiceRegistries ?? []) as Array<Record<string, Value>>).map((entry) => nested('service_registries', simpleBody(entry, context))),
					nested('deployment_circuit_breaker', simpleBody(breaker, context), 'Tasks that cannot start fail the deployment; apply waits until they run, as CloudFormation does.'),
					argument('wait_for_steady_state', true),
				]),
			];
		},
	},
	'AWS::ServiceDiscovery::PrivateDnsNamespace': { type: 'aws_service_discovery_private_dns_namespace', ref: 'id', attributes: { Id: 'id' } },
	'AWS::ServiceDiscovery::Service': {
		type: 'aws_service_discovery_service',
		ref: 'id',
		attributes: { Arn: 'arn', Id: 'id' },
		translate: (id, { Name, DnsConfig, HealthCheckCustomConfig }, context) => {
			const dns = DnsConfig as { NamespaceId: Value; RoutingPolicy: Value; DnsRecords: Array<Record<string, Value>> };
			return [
				resourceBlock('aws_service_discovery_service', id, [
					argument('name', context.value(Name)),
					nested('dns_config', [
						argument('namespace_id', context.value(dns.NamespaceId)),
						argument('routing_policy', context.value(dns.RoutingPolicy)),
						...dns.DnsRecords.map((record) => nested('dns_records', [argument('type', context.value(record.Type)), argument('ttl', context.value(record.TTL))])),
					]),
					...(HealthCheckCustomConfig
						? [
								nested(
									'health_check_custom_config',
									simpleBody(HealthCheckCustomConfig as Record<string, Value>, context),
									'The provider sends this block only with an argument in it (1 is the only value AWS takes), though it warns the argument is deprecated.',
								),
							]
						: []),
					// Instances registered by ECS or by hand go with the service on destroy.
					argument('force_destroy', true),
				]),
			];
		},
	},
	'AWS::ServiceDiscovery::Instance': {
		type: 'aws_service_discovery_instance',
		ref: 'id',
		translate: (id, { ServiceId, InstanceId, InstanceAttributes }, context) => [
			resourceBlock('aws_service_discovery_instance', id, [
				argument('instance_id', context.value(InstanceId)),
				argument('service_id', context.value(ServiceId)),
				argument('attributes', context.value(InstanceAttributes)),
			]),
		],
	},
	'AWS::ApiGatewayV2::VpcLink': { type: 'aws_apigatewayv2_vpc_link', ref: 'id' },
	'AWS::ApiGatewayV2::Api': { type: 'aws_apigatewayv2_api', ref: 'id', attributes: { ApiEndpoint: 'api_endpoint' } },
	'AWS::ApiGatewayV2::Integration': { type: 'aws_apigatewayv2_integration', ref: 'id' },
	'AWS::ApiGatewayV2::Route': { type: 'aws_apigatewayv2_route', ref: 'id' },
	'AWS::ApiGatewayV2::Stage': {
		type: 'aws_apigatewayv2_stage',
		ref: 'id',
		translate: (id, properties, context) => [resourceBlock('aws_apigatewayv2_stage', id, simpleBody(properties, context, { StageName: 'name' }))],
	},
	'AWS::ApiGateway::VpcLink': { type: 'aws_api_gateway_vpc_link', ref: 'id' },
	'AWS::ApiGateway::RestApi': {
		type: 'aws_api_gateway_rest_api',
		ref: 'id',
		attributes: { RootResourceId: 'root_resource_id' },
		translate: (id, { Name, EndpointConfiguration, Policy }, context) => [
			resourceBlock('aws_api_gateway_rest_api', id, [
				argument('name', context.value(Name)),
				nested('endpoint_configuration', simpleBody(EndpointConfiguration as Record<string, Value>, context)),
				...(Policy ? [argument('policy', new Call('jsonencode', context.value(Policy)))] : []),
			]),
		],
	},
	'AWS::ApiGateway::Resource': { type: 'aws_api_gateway_resource', ref: 'id' },
	'AWS::ApiGateway::Method': {
		type: 'aws_api_gateway_method',
		ref: 'id',
		// Terraform keeps a method's integration in a resource of its own.
		translate: (id, { Integration, AuthorizationType, ...method }, context) => {
			const { Type, ...integration } = Integration as Record<string, Value>;
			return [
				resourceBlock('aws_api_gateway_method', id, [...simpleBody(method, context), argument('authorization', context.value(AuthorizationType))]),
				resourceBlock('aws_api_gateway_integration', id, [
					argument('rest_api_id', context.value(method.RestApiId)),
					argument('resource_id', context.value(method.ResourceId)),
					argument('http_method', new Expr(`aws_api_gateway_method.${id}.http_method`)),
					argument('type', context.value(Type)),
					...simpleBody(integration, context, { Uri: 'uri' }),
				]),
			];
		},
	},
	'AWS::ApiGateway::Deployment': {
		type: 'aws_api_gateway_deployment',
		ref: 'id',
		// A deployment is a snapshot: the trigger makes Terraform deploy again when an integration changes.
		translate: (id, properties, context) => [
			resourceBlock('aws_api_gateway_deployment', id, [
				...simpleBody(properties, context),
				argument('triggers', { redeployment: new Expr(`sha1(jsonencode([${context.redeployOn.join(', ')}]))`) }),
				nested('lifecycle', [argument('create_before_destroy', true)]),
			]),
		],
	},
	'AWS::ApiGateway::Stage': { type: 'aws_api_gateway_stage', ref: 'id' },
};

/** CloudFormation's PascalCase names as the camelCase JSON of AWS APIs, verbatim maps left alone. */
function camelKeys(value: Value): Value {
	if (intrinsicOf(value) || value instanceof Verbatim) return value;
	if (Array.isArray(value)) return value.map(camelKeys);
	if (value !== null && typeof value === 'object') return new Verbatim(Object.fromEntries(Object.entries(value).map(([key, item]) => [camelCase(key), camelKeys(item as Value)])));
	return value;
}

const PSEUDO: Record<string, string> = {
	'AWS::Region': 'data.aws_region.current.region',
	'AWS::StackName': 'var.name',
	'AWS::Partition': 'data.aws_partition.current.partition',
};

class Translator {
	private readonly stack: StackTemplate;
	readonly pseudoUsed = new Set<string>();
	zonesUsed = false;

	constructor(stack: StackTemplate) {
		this.stack = stack;
	}

	address(id: string): string {
		const mapping = MAPPINGS[this.stack.Resources[id]!.Type]!;
		return `${mapping.type}.${snake(id)}`;
	}

	reference(name: string, attribute?: string): Expr {
		if (name in PSEUDO) {
			this.pseudoUsed.add(name);
			return new Expr(PSEUDO[name]!);
		}
		if (name in this.stack.Parameters) return new Expr(`data.aws_ssm_parameter.${snake(name)}.insecure_value`);
		const resource = this.stack.Resources[name];
		if (!resource) throw new Error(`The Terraform file names "${name}", which is not a resource of the stack.`);
		const mapping = MAPPINGS[resource.Type];
		if (!mapping) throw new Error(`No Terraform translation for ${resource.Type}.`);
		const tfAttribute = attribute === undefined ? mapping.ref : mapping.attributes?.[attribute];
		if (!tfAttribute) throw new Error(`No Terraform attribute for ${resource.Type} ${attribute}.`);
		return new Expr(`${this.address(name)}.${tfAttribute}`);
	}

	value = (value: Value | unknown, struct = true): HclValue => {
		const intrinsic = intrinsicOf(value);
		if (intrinsic) {
			if ('Ref' in intrinsic) return this.reference(intrinsic.Ref);
			if ('Fn::GetAtt' in intrinsic) return this.reference(...intrinsic['Fn::GetAtt']);
			if ('Fn::Sub' in intrinsic) {
				const parts = subParts(intrinsic['Fn::Sub']).map((part) => ('text' in part ? part.text : this.reference(part.name, part.attribute)));
				return parts.length === 1 && parts[0] instanceof Expr ? parts[0] : new Template(parts);
			}
			if ('Fn::Select' in intrinsic) {
				this.zonesUsed = true;
				return new Expr(`data.aws_availability_zones.available.names[${intrinsic['Fn::Select'][0]}]`);
			}
			return new Heredoc(intrinsic['Fn::Base64']);
		}
		if (value instanceof Verbatim) return this.value(value.value, false);
		if (Array.isArray(value)) return value.map((item) => this.value(item, struct));
		if (value !== null && typeof value === 'object') {
			return Object.fromEntries(Object.entries(value).map(([key, item]) => [struct ? snake(key) : key, this.value(item, struct)]));
		}
		return value as HclValue;
	};

	blocks(id: string, resource: Resource): Block[] {
		const mapping = MAPPINGS[resource.Type];
		if (!mapping) throw new Error(`No Terraform translation for ${resource.Type}.`);
		const name = snake(id);
		const context: Context = {
			value: this.value,
			redeployOn: [
				'aws_api_gateway_integration.root_method',
				'aws_api_gateway_integration.proxy_method',
				...('Policy' in (this.stack.Resources.Api?.Properties ?? {}) ? ['aws_api_gateway_rest_api.api.policy'] : []),
			],
		};
		const blocks = mapping.translate ? mapping.translate(name, resource.Properties, context) : [resourceBlock(mapping.type, name, simpleBody(resource.Properties, context))];
		const first = blocks[0]!;
		if (resource.Comment) first.comment = wrapText(resource.Comment, 96);
		if (resource.DependsOn) {
			const addresses = resource.DependsOn.flatMap((other) =>
				this.stack.Resources[other]!.Type === 'AWS::ApiGateway::Method' ? [this.address(other), `aws_api_gateway_integration.${snake(other)}`] : [this.address(other)],
			);
			first.body.push(
				argument(
					'depends_on',
					addresses.map((address) => new Expr(address)),
				),
			);
		}
		return blocks;
	}
}

export function terraformFile(config: Configuration, fileName: string, stackName: string): string {
	const stack = stackTemplate(config);
	const translator = new Translator(stack);
	const resources = dependencyOrder(stack.Resources).flatMap((id) => translator.blocks(id, stack.Resources[id]!));
	const outputs = Object.entries(stack.Outputs).map(([id, output]) => ({
		type: 'output',
		labels: [snake(id)],
		body: [argument('description', output.Description), argument('value', translator.value(output.Value))],
	}));
	const data: Block[] = [];
	if (translator.pseudoUsed.has('AWS::Region')) data.push({ type: 'data', labels: ['aws_region', 'current'], body: [] });
	if (translator.pseudoUsed.has('AWS::Partition')) data.push({ type: 'data', labels: ['aws_partition', 'current'], body: [] });
	if (translator.zonesUsed) {
		data.push({
			type: 'data',
			labels: ['aws_availability_zones', 'available'],
			// Zones only: Local Zones an account opted into would otherwise be listed too.
			body: [argument('state', 'available'), nested('filter', [argument('name', 'opt-in-status'), argument('values', ['opt-in-not-required'])])],
		});
	}
	for (const [id, parameter] of Object.entries(stack.Parameters)) {
		data.push({ type: 'data', labels: ['aws_ssm_parameter', snake(id)], body: [argument('name', AMI_PARAMETER)], comment: wrapText(parameter.Description, 96) });
	}
	const settings: Block[] = [
		{
			type: 'terraform',
			labels: [],
			body: [nested('required_providers', [argument('aws', { source: 'hashicorp/aws', version: PROVIDER_VERSION })])],
			comment: [
				config.api === 'rest' && config.link === 'v2'
					? '6.25.0 is the first release whose aws_api_gateway_integration has integration_target.'
					: 'Checked against the schema of 6.25.0.',
			],
		},
		{ type: 'provider', labels: ['aws'], body: [], comment: ['The Region and credentials come from the environment, as for the AWS CLI.'] },
		{
			type: 'variable',
			labels: ['name'],
			body: [argument('description', 'A name for what this creates, as the stack name in the other tabs'), argument('type', new Expr('string')), argument('default', stackName)],
		},
	];
	const header = headerLines(config, 'terraform', fileName, stackName).map((line) => (line === '' ? '#' : `# ${line}`));
	return `${[header.join('\n'), ...[...settings, ...data, ...resources, ...outputs].map((block) => printBlock(block))].join('\n\n')}\n`;
}
