import type { Configuration } from '../topology/model.ts';
import { APP_PORT, LISTENER_PORT } from '../topology/topology.ts';
import { base64, getAtt, ref, type Resource, sub, type Value, verbatim } from './model.ts';
import { REST_STAGE } from './api.ts';
import { needsNat, PRIVATE_SUBNETS } from './network.ts';

/**
 * What answers the requests: two ECS Fargate tasks or two EC2 instances, one per zone, running a
 * tiny web server on port 80, behind an internal load balancer or registered in a Cloud Map
 * service.
 */

/** The container image the tasks run: NGINX's own image on Amazon ECR Public. */
export const WEB_IMAGE = 'public.ecr.aws/nginx/nginx:latest';
/** The AMI the instances start from, looked up when the stack is deployed. */
export const AMI_PARAMETER = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
export const INSTANCE_TYPE = 't3.micro';
export const INSTANCES = ['InstanceA', 'InstanceB'] as const;

/**
 * The instances' web server: Python's, which Amazon Linux 2023 ships, under systemd so that it
 * comes back after a reboot. It answers with the instance's name, so repeated calls show the load
 * being spread, and if a REST API's stage name ever reached it (see api.ts), it says so.
 */
export const WEB_SERVER_SCRIPT = `#!/bin/bash
mkdir -p /srv/www/${REST_STAGE}
echo "Hello from $(hostname)" > /srv/www/index.html
echo "Hello from $(hostname), which received /${REST_STAGE}/: the stage name reached the backend" > /srv/www/${REST_STAGE}/index.html
cat > /etc/systemd/system/web.service <<'UNIT'
[Unit]
Description=Test web server on port ${APP_PORT}
After=network-online.target

[Service]
ExecStart=/usr/bin/python3 -m http.server ${APP_PORT} --directory /srv/www
Restart=always

[Install]
WantedBy=multi-user.target
UNIT
systemctl enable --now web.service
`;

function loadBalancerResources(config: Configuration): Record<string, Resource> {
	const alb = config.target === 'alb';
	return {
		LoadBalancer: {
			Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
			Comment:
				config.link === 'v1'
					? 'An internal NLB. The VPC link V1 reaches it through PrivateLink, from addresses no inbound rule can name, so its security group skips inbound checks for PrivateLink traffic.'
					: `An internal ${alb ? 'ALB' : 'NLB'} in the private subnets, reached only through the VPC link.`,
			Properties: {
				Type: alb ? 'application' : 'network',
				Scheme: 'internal',
				Subnets: PRIVATE_SUBNETS.map(ref),
				SecurityGroups: [getAtt('LoadBalancerSecurityGroup', 'GroupId')],
				...(config.link === 'v1' ? { EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'off' } : {}),
			},
		},
		TargetGroup: {
			Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
			Comment: config.compute === 'ecs' ? 'Fargate tasks register by IP address, as ECS starts them.' : 'The two instances, registered by ID.',
			Properties: {
				VpcId: ref('Vpc'),
				Protocol: alb ? 'HTTP' : 'TCP',
				Port: APP_PORT,
				TargetType: config.compute === 'ecs' ? 'ip' : 'instance',
				...(alb ? { HealthCheckPath: '/' } : {}),
				// Thirty seconds to finish requests under way, rather than five minutes: a deployment and a teardown wait for it.
				TargetGroupAttributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '30' }],
				...(config.compute === 'ec2' ? { Targets: INSTANCES.map((instance) => ({ Id: ref(instance), Port: APP_PORT })) } : {}),
			},
		},
		Listener: {
			Type: 'AWS::ElasticLoadBalancingV2::Listener',
			Properties: {
				LoadBalancerArn: ref('LoadBalancer'),
				Protocol: alb ? 'HTTP' : 'TCP',
				Port: LISTENER_PORT,
				DefaultActions: [{ Type: 'forward', TargetGroupArn: ref('TargetGroup') }],
			},
		},
	};
}

function cloudMapResources(config: Configuration): Record<string, Resource> {
	const resources: Record<string, Resource> = {
		Namespace: { Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace', Properties: { Name: 'app.internal', Vpc: ref('Vpc') } },
		DiscoveryService: {
			Type: 'AWS::ServiceDiscovery::Service',
			Comment:
				config.compute === 'ecs'
					? 'The service API Gateway discovers the tasks in. SRV records carry each task’s port as well as its address; ECS reports each task’s health, so a stopping task drops out.'
					: 'The service API Gateway discovers the instances in: each registration gives an address and a port.',
			Properties: {
				Name: 'web',
				DnsConfig: { NamespaceId: getAtt('Namespace', 'Id'), RoutingPolicy: 'MULTIVALUE', DnsRecords: [{ Type: 'SRV', TTL: 10 }] },
				...(config.compute === 'ecs' ? { HealthCheckCustomConfig: { FailureThreshold: 1 } } : {}),
			},
		},
	};
	if (config.compute === 'ec2') {
		for (const instance of INSTANCES) {
			resources[`${instance}Registration`] = {
				Type: 'AWS::ServiceDiscovery::Instance',
				Properties: {
					ServiceId: ref('DiscoveryService'),
					InstanceId: ref(instance),
					InstanceAttributes: verbatim({ AWS_INSTANCE_IPV4: getAtt(instance, 'PrivateIp'), AWS_INSTANCE_PORT: String(APP_PORT) }),
				},
			};
		}
	}
	return resources;
}

function ecsResources(config: Configuration): Record<string, Resource> {
	const registration: Record<string, Value> =
		config.target === 'cloudmap'
			? { ServiceRegistries: [{ RegistryArn: getAtt('DiscoveryService', 'Arn'), ContainerName: 'web', ContainerPort: APP_PORT }] }
			: { LoadBalancers: [{ TargetGroupArn: ref('TargetGroup'), ContainerName: 'web', ContainerPort: APP_PORT }] };
	return {
		Cluster: { Type: 'AWS::ECS::Cluster', Properties: {} },
		LogGroup: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 7 } },
		TaskExecutionRole: {
			Type: 'AWS::IAM::Role',
			Properties: {
				AssumeRolePolicyDocument: verbatim({
					Version: '2012-10-17',
					Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
				}),
				ManagedPolicyArns: [sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy')],
			},
		},
		TaskDefinition: {
			Type: 'AWS::ECS::TaskDefinition',
			Properties: {
				Family: sub('${AWS::StackName}-web'),
				RequiresCompatibilities: ['FARGATE'],
				NetworkMode: 'awsvpc',
				Cpu: '256',
				Memory: '512',
				ExecutionRoleArn: getAtt('TaskExecutionRole', 'Arn'),
				ContainerDefinitions: [
					{
						Name: 'web',
						Image: WEB_IMAGE,
						Essential: true,
						PortMappings: [{ ContainerPort: APP_PORT, Protocol: 'tcp' }],
						LogConfiguration: {
							LogDriver: 'awslogs',
							Options: verbatim({ 'awslogs-group': ref('LogGroup'), 'awslogs-region': ref('AWS::Region'), 'awslogs-stream-prefix': 'web' }),
						},
					},
				],
			},
		},
		Service: {
			Type: 'AWS::ECS::Service',
			Comment: `Two tasks in the private subnets, without public addresses. It waits for the NAT route (to pull the image)${config.target === 'cloudmap' ? '' : ' and for the listener (a target group must belong to a load balancer first)'}.`,
			Properties: {
				Cluster: ref('Cluster'),
				LaunchType: 'FARGATE',
				TaskDefinition: ref('TaskDefinition'),
				DesiredCount: 2,
				NetworkConfiguration: {
					AwsvpcConfiguration: { Subnets: PRIVATE_SUBNETS.map(ref), SecurityGroups: [getAtt('TargetSecurityGroup', 'GroupId')], AssignPublicIp: 'DISABLED' },
				},
				// Tasks that cannot start (no image, no way out) fail the deployment instead of leaving it waiting.
				DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
				...registration,
			},
			DependsOn: [...(needsNat(config) ? ['PrivateDefaultRoute'] : []), ...(config.target === 'cloudmap' ? [] : ['Listener'])],
		},
	};
}

function ec2Resources(): Record<string, Resource> {
	return Object.fromEntries(
		INSTANCES.map((instance, index) => [
			instance,
			{
				Type: 'AWS::EC2::Instance',
				Comment: `Zone ${index === 0 ? 'A' : 'B'}: runs Python’s web server on port 80, which Amazon Linux 2023 ships, so it needs no way out. The AMI is the newest Amazon Linux 2023 when the stack is first deployed.`,
				Properties: {
					ImageId: ref('LatestAmiId'),
					InstanceType: INSTANCE_TYPE,
					SubnetId: ref(PRIVATE_SUBNETS[index]!),
					SecurityGroupIds: [getAtt('TargetSecurityGroup', 'GroupId')],
					UserData: base64(WEB_SERVER_SCRIPT),
				},
			},
		]),
	);
}

export function backendResources(config: Configuration): Record<string, Resource> {
	return {
		...(config.target === 'cloudmap' ? cloudMapResources(config) : loadBalancerResources(config)),
		...(config.compute === 'ecs' ? ecsResources(config) : ec2Resources()),
	};
}
