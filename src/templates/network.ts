import type { Configuration } from '../topology/model.ts';
import { getAtt, ref, type Resource, zone } from './model.ts';

/**
 * The network every template starts with: a VPC with a private subnet in each of two
 * Availability Zones, where the VPC link, the load balancer, the backend and any execute-api
 * endpoint live. Fargate tasks pull their image from Amazon ECR Public, so an ECS setup adds a
 * public subnet with one NAT gateway; EC2 instances run a web server that ships with their AMI and
 * need no way out.
 */

export const VPC_CIDR = '10.0.0.0/16';
export const PRIVATE_SUBNETS = ['PrivateSubnetA', 'PrivateSubnetB'] as const;

/** Whether the backend needs a route to the internet (a NAT gateway, which is billed by the hour). */
export const needsNat = (config: Configuration) => config.compute === 'ecs';

/** What the private subnets hold, in words: "the VPC link, the load balancer and the backend". */
function users(config: Configuration): string {
	const parts = [config.link === 'v2' && 'the VPC link', config.target !== 'cloudmap' && 'the load balancer', 'the backend', config.client === 'vpc' && 'the execute-api endpoint'];
	const named = parts.filter((part): part is string => typeof part === 'string');
	return `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

export function networkResources(config: Configuration): Record<string, Resource> {
	const resources: Record<string, Resource> = {
		Vpc: {
			Type: 'AWS::EC2::VPC',
			Comment: 'DNS support and DNS hostnames: private DNS names, such as those of interface endpoints and Cloud Map namespaces, need both.',
			Properties: { CidrBlock: VPC_CIDR, EnableDnsSupport: true, EnableDnsHostnames: true },
		},
		PrivateSubnetA: {
			Type: 'AWS::EC2::Subnet',
			Comment: `Two private subnets in two zones, for ${users(config)}. They take the Region’s first two zones${
				config.link === 'v2' ? ': if the VPC link cannot use one of them, choose two zones its documentation lists for your Region' : ''
			}.`,
			Properties: { VpcId: ref('Vpc'), CidrBlock: '10.0.0.0/24', AvailabilityZone: zone(0) },
		},
		PrivateSubnetB: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: ref('Vpc'), CidrBlock: '10.0.1.0/24', AvailabilityZone: zone(1) } },
		PrivateRouteTable: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref('Vpc') } },
		PrivateSubnetARoutes: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: ref('PrivateSubnetA'), RouteTableId: ref('PrivateRouteTable') } },
		PrivateSubnetBRoutes: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: ref('PrivateSubnetB'), RouteTableId: ref('PrivateRouteTable') } },
	};
	if (!needsNat(config)) return resources;
	return {
		...resources,
		PublicSubnet: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: ref('Vpc'), CidrBlock: '10.0.100.0/24', AvailabilityZone: zone(0) } },
		InternetGateway: { Type: 'AWS::EC2::InternetGateway', Properties: {} },
		InternetGatewayAttachment: { Type: 'AWS::EC2::VPCGatewayAttachment', Properties: { VpcId: ref('Vpc'), InternetGatewayId: ref('InternetGateway') } },
		PublicRouteTable: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref('Vpc') } },
		PublicDefaultRoute: {
			Type: 'AWS::EC2::Route',
			Properties: { RouteTableId: ref('PublicRouteTable'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref('InternetGateway') },
			DependsOn: ['InternetGatewayAttachment'],
		},
		PublicSubnetRoutes: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: ref('PublicSubnet'), RouteTableId: ref('PublicRouteTable') } },
		NatAddress: { Type: 'AWS::EC2::EIP', Properties: { Domain: 'vpc' }, DependsOn: ['InternetGatewayAttachment'] },
		NatGateway: {
			Type: 'AWS::EC2::NatGateway',
			Comment: 'One NAT gateway in one zone, the tasks’ way out to pull their image. Billed by the hour while it exists.',
			Properties: { AllocationId: getAtt('NatAddress', 'AllocationId'), SubnetId: ref('PublicSubnet') },
		},
		PrivateDefaultRoute: {
			Type: 'AWS::EC2::Route',
			Properties: { RouteTableId: ref('PrivateRouteTable'), DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: ref('NatGateway') },
		},
	};
}
