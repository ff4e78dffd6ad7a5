/**
 * API side of a private cross-account integration (deploy in account 111111111111). A VPC link
 * can only reach a load balancer in its own account, so this account runs one: HTTP API → VPC
 * link V2 → internal Application Load Balancer → interface VPC endpoint → the provider's
 * endpoint service (cross-account-provider.ts) in account 222222222222.
 */
import { CfnOutput, CfnParameter, Fn, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod, VpcLink } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpAlbIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as targets from 'aws-cdk-lib/aws-elasticloadbalancingv2-targets';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';

export interface CrossAccountConsumerStackProps extends StackProps {
	/**
	 * Zone names in this account whose zone IDs the provider's NLB also uses, e.g.
	 * ['us-east-1a', 'us-east-1c']. The endpoint can live only in zones the endpoint service
	 * serves, and in accounts created before November 2025 the same zone name can mean different
	 * zones in two accounts. Default: the first two zones of the Region.
	 */
	availabilityZones?: string[];
}

export class CrossAccountConsumerStack extends Stack {
	constructor(scope: Construct, id: string, props: CrossAccountConsumerStackProps) {
		super(scope, id, props);

		// The provider stack's EndpointServiceName output, passed in at deploy time.
		const endpointServiceName = new CfnParameter(this, 'ProviderEndpointServiceName', {
			type: 'String',
			description: 'The EndpointServiceName output of the provider stack',
		});

		// Nothing here needs the internet: API Gateway comes in through the VPC link and requests
		// leave through PrivateLink. So the subnets are isolated and there is no NAT gateway.
		const vpc = new ec2.Vpc(this, 'Vpc', {
			...(props.availabilityZones ? { availabilityZones: props.availabilityZones } : { maxAzs: 2 }),
			natGateways: 0,
			subnetConfiguration: [{ name: 'Private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
		});
		const isolatedSubnets = { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };

		const linkSg = new ec2.SecurityGroup(this, 'VpcLinkSg', {
			vpc,
			description: 'ENIs of the API Gateway VPC link for orders',
			allowAllOutbound: false,
		});
		const albSg = new ec2.SecurityGroup(this, 'AlbSg', {
			vpc,
			description: 'Internal ALB in front of the orders endpoint',
			allowAllOutbound: false,
		});
		const endpointSg = new ec2.SecurityGroup(this, 'EndpointSg', {
			vpc,
			description: 'Interface endpoint to the orders provider',
			allowAllOutbound: false,
		});

		// One network interface per subnet, so one per zone. The endpoint can use only zones where
		// the provider's NLB has a subnet; zone names can differ between accounts created before
		// November 2025, zone IDs never do.
		// #region endpoint
		const endpoint = new ec2.InterfaceVpcEndpoint(this, 'ProviderEndpoint', {
			vpc,
			service: new ec2.InterfaceVpcEndpointService(endpointServiceName.valueAsString, 80),
			subnets: isolatedSubnets,
			securityGroups: [endpointSg],
			open: false,
			privateDnsEnabled: false,
		});
		// #endregion

		// The ALB needs the endpoint's private IP addresses as targets, but CloudFormation returns
		// only the ids of its network interfaces. This custom resource asks EC2 for their addresses
		// (with the SDK already in the Lambda runtime, no download at deploy time).
		const zones = vpc.isolatedSubnets.map((_, i) => i);
		const interfaceIds = zones.map((i) => Fn.select(i, endpoint.vpcEndpointNetworkInterfaceIds));
		const endpointIps = new cr.AwsCustomResource(this, 'ProviderEndpointIps', {
			onUpdate: {
				service: 'EC2',
				action: 'describeNetworkInterfaces',
				parameters: { NetworkInterfaceIds: interfaceIds },
				physicalResourceId: cr.PhysicalResourceId.of(endpoint.vpcEndpointId),
				outputPaths: zones.map((i) => `NetworkInterfaces.${i}.PrivateIpAddress`),
			},
			policy: cr.AwsCustomResourcePolicy.fromSdkCalls({
				resources: cr.AwsCustomResourcePolicy.ANY_RESOURCE,
			}),
			installLatestAwsSdk: false,
		});

		const alb = new elbv2.ApplicationLoadBalancer(this, 'OrdersAlb', {
			vpc,
			internetFacing: false,
			securityGroup: albSg,
			vpcSubnets: isolatedSubnets,
		});
		const listener = alb.addListener('Http', { port: 80, open: false });
		listener.addTargets('ProviderEndpoint', {
			port: 80,
			protocol: elbv2.ApplicationProtocol.HTTP,
			targets: zones.map((i) => {
				const address = endpointIps.getResponseField(`NetworkInterfaces.${i}.PrivateIpAddress`);
				return new targets.IpTarget(address, 80);
			}),
			healthCheck: { path: '/' },
		});

		// Link → ALB → endpoint on port 80. IP targets add no rules of their own, hence line two.
		alb.connections.allowFrom(linkSg, ec2.Port.tcp(80), 'from the orders VPC link');
		endpoint.connections.allowFrom(alb, ec2.Port.tcp(80), 'from the orders ALB');

		const vpcLink = new VpcLink(this, 'OrdersVpcLink', {
			vpc,
			vpcLinkName: 'orders-link',
			subnets: isolatedSubnets,
			securityGroups: [linkSg],
		});

		const api = new HttpApi(this, 'OrdersApi', { apiName: 'orders-http-api' });
		api.addRoutes({
			path: '/{proxy+}',
			methods: [HttpMethod.ANY],
			integration: new HttpAlbIntegration('OrdersAlbIntegration', listener, { vpcLink }),
		});

		new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
	}
}
