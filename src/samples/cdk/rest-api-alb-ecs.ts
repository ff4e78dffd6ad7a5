/**
 * Regional REST API → VPC link V2 → internal Application Load Balancer → ECS Fargate service
 * ("orders"). A REST API can use the same kind of VPC link as an HTTP API
 * (AWS::ApiGatewayV2::VpcLink), but its integration names the load balancer, not a listener.
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type { Construct } from 'constructs';

export class RestApiAlbEcsStack extends Stack {
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
		const listener = alb.addListener('Http', { port: 80, open: false });
		listener.addTargets('Orders', { port: 80, targets: [service], healthCheck: { path: '/' } });
		alb.connections.allowFrom(linkSg, ec2.Port.tcp(80), 'from the orders VPC link');

		const vpcLink = new apigwv2.VpcLink(this, 'OrdersVpcLink', {
			vpc,
			vpcLinkName: 'orders-link',
			subnets: privateSubnets,
			securityGroups: [linkSg],
		});

		const api = new apigw.RestApi(this, 'OrdersApi', {
			restApiName: 'orders-rest-api',
			endpointTypes: [apigw.EndpointType.REGIONAL],
			deployOptions: { stageName: 'prod' },
			// The CloudWatch logging role is an account-wide API Gateway setting, not part of this API.
			cloudWatchRole: false,
		});

		// `integrationTarget` below picks the load balancer, not the URI. The URI still gives the
		// scheme and port, the Host header (over HTTPS also the name checked against the
		// certificate) and the path template of the request the backend receives.
		const origin = `http://${alb.loadBalancerDnsName}`;
		const rootMethod = api.root.addMethod(
			'ANY',
			new apigw.HttpIntegration(`${origin}/`, { httpMethod: 'ANY' }),
		);
		// #region proxy-path
		// The backend path comes from the URI template: the mapping below fills `{proxy}` with the
		// path the greedy `{proxy+}` resource matched (`orders/42` for a call to /prod/orders/42).
		// The ALB's access log shows what actually arrives.
		const proxyMethod = api.root.addResource('{proxy+}').addMethod(
			'ANY',
			new apigw.HttpIntegration(`${origin}/{proxy}`, {
				httpMethod: 'ANY',
				options: {
					requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
				},
			}),
			{ requestParameters: { 'method.request.path.proxy': true } },
		);
		// #endregion

		// #region integration
		// In aws-cdk-lib 2.278.0 the L2 `vpcLink` option of a REST integration accepts only a VPC
		// link V1, and `integrationTarget` exists only on the L1 CfnMethod. So the connection
		// fields are set on the L1 that each L2 Method wraps.
		for (const method of [rootMethod, proxyMethod]) {
			const cfnMethod = method.node.defaultChild as apigw.CfnMethod;
			cfnMethod.integration = {
				...(cfnMethod.integration as apigw.CfnMethod.IntegrationProperty),
				connectionType: 'VPC_LINK',
				connectionId: vpcLink.vpcLinkId,
				integrationTarget: alb.loadBalancerArn,
			};
		}
		// #endregion
		// The L2 names the deployment after a hash of the methods as it built them; adding the
		// overrides makes a change of link or load balancer redeploy the stage.
		api.latestDeployment?.addToLogicalId({
			connectionId: vpcLink.vpcLinkId,
			integrationTarget: alb.loadBalancerArn,
		});

		// RestApi adds a stack output, `OrdersApiEndpoint…`, with the stage URL.
	}
}
