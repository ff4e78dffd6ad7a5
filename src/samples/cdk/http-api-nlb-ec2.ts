/**
 * HTTP API → VPC link V2 → internal Network Load Balancer → EC2 Auto Scaling group ("orders",
 * Amazon Linux 2023 running nginx on port 80). The API integrates with the NLB's TCP listener.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, VpcLink } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpNlbIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type { Construct } from 'constructs';

export class HttpApiNlbEc2Stack extends Stack {
	constructor(scope: Construct, id: string, props: StackProps) {
		super(scope, id, props);

		// Two zones, one NAT gateway: the instances install nginx from the Amazon Linux repositories.
		const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 1 });
		const privateSubnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };

		const linkSg = new ec2.SecurityGroup(this, 'VpcLinkSg', {
			vpc,
			description: 'ENIs of the API Gateway VPC link for orders',
			allowAllOutbound: false,
		});
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

		// A security group can be given to an NLB only when it is created, so the NLB gets one now.
		const nlb = new elbv2.NetworkLoadBalancer(this, 'OrdersNlb', {
			vpc,
			internetFacing: false,
			securityGroups: [nlbSg],
			vpcSubnets: privateSubnets,
		});
		const listener = nlb.addListener('Tcp', { port: 80 });
		listener.addTargets('Orders', { port: 80, targets: [asg] });

		// Link → NLB → instances on port 80. Instance targets receive the caller's own address
		// (client IP preservation), and a rule naming the NLB's group still admits that traffic.
		nlb.connections.allowFrom(linkSg, ec2.Port.tcp(80), 'from the orders VPC link');
		asg.connections.allowFrom(nlb, ec2.Port.tcp(80), 'from the orders NLB');

		const vpcLink = new VpcLink(this, 'OrdersVpcLink', {
			vpc,
			vpcLinkName: 'orders-link',
			subnets: privateSubnets,
			securityGroups: [linkSg],
		});

		// #region integration
		// The integration URI is the NLB *listener* ARN.
		const api = new HttpApi(this, 'OrdersApi', { apiName: 'orders-http-api' });
		api.addRoutes({
			path: '/{proxy+}',
			methods: [HttpMethod.ANY],
			integration: new HttpNlbIntegration('OrdersNlbIntegration', listener, { vpcLink }),
		});
		// #endregion

		new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
	}
}
