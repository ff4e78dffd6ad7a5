/**
 * Legacy setup, for REST APIs that already use it: REST API → VPC link V1 → internal Network
 * Load Balancer → EC2 Auto Scaling group ("orders", Amazon Linux 2023 running nginx on port 80).
 * AWS recommends VPC links V2 for new REST APIs (see rest-api-alb-ecs).
 */
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type { Construct } from 'constructs';

export class RestApiNlbEc2V1Stack extends Stack {
	constructor(scope: Construct, id: string, props: StackProps) {
		super(scope, id, props);

		// Two zones, one NAT gateway: the instances install nginx from the Amazon Linux repositories.
		const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 1 });
		const privateSubnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };

		const nlbSg = new ec2.SecurityGroup(this, 'NlbSg', {
			vpc,
			description: 'Internal NLB for orders',
			allowAllOutbound: false,
		});
		const instanceSg = new ec2.SecurityGroup(this, 'InstanceSg', {
			vpc,
			description: 'EC2 instances of orders',
		});

		const userData = ec2.UserData.forLinux();
		userData.addCommands('dnf install -y nginx', 'systemctl enable --now nginx');
		const launchTemplate = new ec2.LaunchTemplate(this, 'OrdersLaunchTemplate', {
			machineImage: ec2.MachineImage.latestAmazonLinux2023(),
			instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
			securityGroup: instanceSg,
			userData,
			requireImdsv2: true,
		});
		const asg = new autoscaling.AutoScalingGroup(this, 'OrdersAsg', {
			vpc,
			vpcSubnets: privateSubnets,
			launchTemplate,
			minCapacity: 2,
			maxCapacity: 2,
		});

		// A VPC link V1 reaches the NLB over AWS PrivateLink. API Gateway's V1 setup guide says to
		// turn off security-group evaluation of PrivateLink traffic on the NLB, and not to rely on
		// API Gateway's address ranges. With no inbound rules, nothing else reaches this NLB.
		const nlb = new elbv2.NetworkLoadBalancer(this, 'OrdersNlb', {
			vpc,
			internetFacing: false,
			securityGroups: [nlbSg],
			enforceSecurityGroupInboundRulesOnPrivateLinkTraffic: false,
			vpcSubnets: privateSubnets,
		});
		const listener = nlb.addListener('Tcp', { port: 80 });
		listener.addTargets('Orders', { port: 80, targets: [asg] });
		asg.connections.allowFrom(nlb, ec2.Port.tcp(80), 'from the orders NLB');

		// #region vpc-link
		// AWS::ApiGateway::VpcLink: given the NLB itself, no subnets or security groups.
		const vpcLink = new apigw.VpcLink(this, 'OrdersVpcLink', {
			vpcLinkName: 'orders-link-v1',
			targets: [nlb],
		});
		// #endregion

		const api = new apigw.RestApi(this, 'OrdersApi', {
			restApiName: 'orders-rest-api',
			endpointTypes: [apigw.EndpointType.REGIONAL],
			deployOptions: { stageName: 'prod' },
			// The CloudWatch logging role is an account-wide API Gateway setting, not part of this API.
			cloudWatchRole: false,
		});

		// With V1 the link itself selects the NLB; the URI's host name becomes the Host header.
		const origin = `http://${nlb.loadBalancerDnsName}`;
		const integrationOptions = { connectionType: apigw.ConnectionType.VPC_LINK, vpcLink };
		api.root.addMethod(
			'ANY',
			new apigw.Integration({
				type: apigw.IntegrationType.HTTP_PROXY,
				integrationHttpMethod: 'ANY',
				uri: `${origin}/`,
				options: integrationOptions,
			}),
		);
		api.root.addResource('{proxy+}').addMethod(
			'ANY',
			new apigw.Integration({
				type: apigw.IntegrationType.HTTP_PROXY,
				integrationHttpMethod: 'ANY',
				uri: `${origin}/{proxy}`,
				options: {
					...integrationOptions,
					requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
				},
			}),
			{ requestParameters: { 'method.request.path.proxy': true } },
		);

		// RestApi adds a stack output, `OrdersApiEndpoint…`, with the stage URL.
	}
}
