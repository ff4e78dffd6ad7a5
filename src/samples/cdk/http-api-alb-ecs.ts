/**
 * HTTP API → VPC link V2 → internal Application Load Balancer → ECS Fargate service
 * ("orders"). The API integrates with the ALB's listener; the VPC link's network interfaces
 * sit in the private subnets, and security groups chain link → ALB → tasks on port 80.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, VpcLink } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpAlbIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type { Construct } from 'constructs';

export class HttpApiAlbEcsStack extends Stack {
	constructor(scope: Construct, id: string, props: StackProps) {
		super(scope, id, props);

		// Two zones, one NAT gateway: the tasks pull their image from Amazon ECR Public through it.
		const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 1 });
		const privateSubnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };

		// Nothing connects *to* the VPC link, so its group needs no inbound rules. Outbound starts
		// closed and is opened only to the ALB, below.
		const linkSg = new ec2.SecurityGroup(this, 'VpcLinkSg', {
			vpc,
			description: 'ENIs of the API Gateway VPC link for orders',
			allowAllOutbound: false,
		});
		const albSg = new ec2.SecurityGroup(this, 'AlbSg', {
			vpc,
			description: 'Internal ALB for orders',
			allowAllOutbound: false,
		});
		const taskSg = new ec2.SecurityGroup(this, 'TaskSg', {
			vpc,
			description: 'Fargate tasks of orders',
		});

		const cluster = new ecs.Cluster(this, 'Cluster', { vpc });
		const taskDefinition = new ecs.FargateTaskDefinition(this, 'OrdersTask', {
			cpu: 256,
			memoryLimitMiB: 512,
		});
		taskDefinition.addContainer('web', {
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

		const alb = new elbv2.ApplicationLoadBalancer(this, 'OrdersAlb', {
			vpc,
			internetFacing: false,
			securityGroup: albSg,
			vpcSubnets: privateSubnets,
		});
		// `open: false` keeps the ALB's group closed to 0.0.0.0/0: only the VPC link gets in, below.
		const listener = alb.addListener('Http', { port: 80, open: false });
		// Registering the service also opens the task group to the ALB group on port 80.
		listener.addTargets('Orders', { port: 80, targets: [service], healthCheck: { path: '/' } });

		// Adds inbound 80 on the ALB group from the link group, and the matching outbound rule.
		alb.connections.allowFrom(linkSg, ec2.Port.tcp(80), 'from the orders VPC link');

		const vpcLink = new VpcLink(this, 'OrdersVpcLink', {
			vpc,
			vpcLinkName: 'orders-link',
			subnets: privateSubnets,
			securityGroups: [linkSg],
		});

		// HttpApi also creates the `$default` stage, which deploys every change automatically.
		const api = new HttpApi(this, 'OrdersApi', { apiName: 'orders-http-api' });
		// #region integration
		// An HTTP API private integration points at the ALB's *listener*: the listener ARN becomes
		// the integration URI. (A REST API integration names the load balancer instead.)
		api.addRoutes({
			path: '/{proxy+}',
			methods: [HttpMethod.ANY],
			integration: new HttpAlbIntegration('OrdersAlbIntegration', listener, { vpcLink }),
		});
		// #endregion

		new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
	}
}
