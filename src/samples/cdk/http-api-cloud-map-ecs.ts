/**
 * HTTP API → VPC link V2 → AWS Cloud Map service → ECS Fargate tasks ("orders"), with no load
 * balancer. ECS registers each task in the Cloud Map service; API Gateway discovers the tasks
 * there and connects to them directly through the VPC link.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, VpcLink } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpServiceDiscoveryIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as servicediscovery from 'aws-cdk-lib/aws-servicediscovery';
import type { Construct } from 'constructs';

export class HttpApiCloudMapEcsStack extends Stack {
	constructor(scope: Construct, id: string, props: StackProps) {
		super(scope, id, props);

		// Two zones, one NAT gateway: the tasks pull their image from Amazon ECR Public through it.
		const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 1 });
		const privateSubnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };

		const linkSg = new ec2.SecurityGroup(this, 'VpcLinkSg', {
			vpc,
			description: 'ENIs of the API Gateway VPC link for orders',
			allowAllOutbound: false,
		});
		const taskSg = new ec2.SecurityGroup(this, 'TaskSg', {
			vpc,
			description: 'Fargate tasks of orders',
		});

		const namespace = new servicediscovery.PrivateDnsNamespace(this, 'Namespace', {
			vpc,
			name: 'orders.internal',
		});

		const cluster = new ecs.Cluster(this, 'Cluster', { vpc });
		const taskDefinition = new ecs.FargateTaskDefinition(this, 'OrdersTask', {
			cpu: 256,
			memoryLimitMiB: 512,
		});
		const container = taskDefinition.addContainer('web', {
			image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:latest'),
			portMappings: [{ containerPort: 80 }],
		});
		const service = new ecs.FargateService(this, 'OrdersService', {
			cluster,
			taskDefinition,
			desiredCount: 2,
			minHealthyPercent: 100,
			circuitBreaker: { rollback: true },
			securityGroups: [taskSg],
			vpcSubnets: privateSubnets,
		});

		// Adds the Cloud Map service `orders` to the namespace; ECS then registers one instance in it
		// per running task. SRV records carry each task's port as well as its IP address.
		const discoveryService = service.enableCloudMap({
			cloudMapNamespace: namespace,
			name: 'orders',
			dnsRecordType: servicediscovery.DnsRecordType.SRV,
			container,
			containerPort: 80,
		});

		// With no load balancer in between, the tasks themselves admit the VPC link's group.
		service.connections.allowFrom(linkSg, ec2.Port.tcp(80), 'from the orders VPC link');

		// HttpServiceDiscoveryIntegration has no default link: it must be given one.
		const vpcLink = new VpcLink(this, 'OrdersVpcLink', {
			vpc,
			vpcLinkName: 'orders-link',
			subnets: privateSubnets,
			securityGroups: [linkSg],
		});

		// #region integration
		// The integration URI is the Cloud Map *service* ARN.
		const api = new HttpApi(this, 'OrdersApi', { apiName: 'orders-http-api' });
		api.addRoutes({
			path: '/{proxy+}',
			methods: [HttpMethod.ANY],
			integration: new HttpServiceDiscoveryIntegration(
				'OrdersCloudMapIntegration',
				discoveryService,
				{ vpcLink },
			),
		});
		// #endregion

		new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
	}
}
