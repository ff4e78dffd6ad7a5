/**
 * Provider side of a private cross-account integration (deploy in account 222222222222): the
 * "orders" ECS Fargate service behind an internal Network Load Balancer, offered to the API
 * account as a VPC endpoint service (AWS PrivateLink). The consumer side is
 * cross-account-consumer.ts.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

export interface CrossAccountProviderStackProps extends StackProps {
	/** The account that owns the API and may connect to the endpoint service, e.g. 111111111111. */
	apiAccountId: string;
	/**
	 * Zone names for the NLB's subnets, e.g. ['us-east-1a', 'us-east-1b']. Pick zones whose IDs
	 * the consumer account can use too. Default: the first two zones of the Region.
	 */
	availabilityZones?: string[];
}

export class CrossAccountProviderStack extends Stack {
	constructor(scope: Construct, id: string, props: CrossAccountProviderStackProps) {
		super(scope, id, props);

		// Two zones, one NAT gateway: the tasks pull their image from Amazon ECR Public through it.
		// The consumer can create its endpoint only in zones where this NLB has a subnet.
		const vpc = new ec2.Vpc(this, 'Vpc', {
			...(props.availabilityZones ? { availabilityZones: props.availabilityZones } : { maxAzs: 2 }),
			natGateways: 1,
		});
		const privateSubnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };

		const nlbSg = new ec2.SecurityGroup(this, 'NlbSg', {
			vpc,
			description: 'Internal NLB behind the orders endpoint service',
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

		// Consumers arrive over PrivateLink from addresses in their own VPC, which this account does
		// not know, so the NLB does not evaluate its inbound rules for PrivateLink traffic: the
		// endpoint service's allow list below decides who connects. Nothing else gets in.
		const nlb = new elbv2.NetworkLoadBalancer(this, 'OrdersNlb', {
			vpc,
			internetFacing: false,
			securityGroups: [nlbSg],
			enforceSecurityGroupInboundRulesOnPrivateLinkTraffic: false,
			vpcSubnets: privateSubnets,
		});
		const listener = nlb.addListener('Tcp', { port: 80 });
		listener.addTargets('Orders', { port: 80, targets: [service] });
		service.connections.allowFrom(nlb, ec2.Port.tcp(80), 'from the orders NLB');

		// Only the API account may create an endpoint to this service. Its requests are accepted
		// without a manual step, since the allow list names nobody else.
		// #region endpoint-service
		const endpointService = new ec2.VpcEndpointService(this, 'OrdersEndpointService', {
			vpcEndpointServiceLoadBalancers: [nlb],
			acceptanceRequired: false,
			allowedPrincipals: [new iam.ArnPrincipal(`arn:aws:iam::${props.apiAccountId}:root`)],
		});
		// #endregion

		// Hand this name to the consumer stack (its ProviderEndpointServiceName parameter).
		new CfnOutput(this, 'EndpointServiceName', { value: endpointService.vpcEndpointServiceName });
	}
}
