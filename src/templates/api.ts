import type { Configuration } from '../topology/model.ts';
import { getAtt, type Output, ref, type Resource, sub, verbatim, type Value } from './model.ts';
import { PRIVATE_SUBNETS } from './network.ts';

/**
 * The VPC link, the API and its integration, and for a private REST API the execute-api
 * endpoint its clients call it through. The stage-path handling follows the chapters: a REST
 * integration's URI template builds the backend path from what the `{proxy+}` resource matched,
 * and an HTTP API's integration overwrites the path with `$request.path`, which AWS defines as
 * the path without the stage, so a named stage added later does not reach the backend either.
 */

export const REST_STAGE = 'prod';

function vpcLinkResource(config: Configuration): Resource {
	if (config.link === 'v1') {
		return {
			Type: 'AWS::ApiGateway::VpcLink',
			Comment: 'A VPC link V1 (legacy): API Gateway builds a VPC endpoint service in front of the NLB. It takes a few minutes to become available.',
			Properties: { Name: sub('${AWS::StackName}-link'), TargetArns: [ref('LoadBalancer')] },
		};
	}
	return {
		Type: 'AWS::ApiGatewayV2::VpcLink',
		Comment: 'A VPC link V2: network interfaces API Gateway manages in the private subnets, with this security group. It takes a few minutes to become available.',
		Properties: {
			Name: sub('${AWS::StackName}-link'),
			SubnetIds: PRIVATE_SUBNETS.map(ref),
			SecurityGroupIds: [getAtt('VpcLinkSecurityGroup', 'GroupId')],
		},
	};
}

function httpApiResources(config: Configuration): Record<string, Resource> {
	return {
		Api: { Type: 'AWS::ApiGatewayV2::Api', Properties: { Name: sub('${AWS::StackName}-api'), ProtocolType: 'HTTP' } },
		Integration: {
			Type: 'AWS::ApiGatewayV2::Integration',
			Comment: `An HTTP API names the ${config.target === 'cloudmap' ? 'Cloud Map service' : 'listener'} in the integration URI. overwrite:path sends the request’s own path, so a named stage added later never reaches the backend.`,
			Properties: {
				ApiId: ref('Api'),
				IntegrationType: 'HTTP_PROXY',
				IntegrationMethod: 'ANY',
				IntegrationUri: config.target === 'cloudmap' ? getAtt('DiscoveryService', 'Arn') : ref('Listener'),
				ConnectionType: 'VPC_LINK',
				ConnectionId: ref('VpcLink'),
				PayloadFormatVersion: '1.0',
				RequestParameters: verbatim({ 'overwrite:path': '$request.path' }),
			},
		},
		DefaultRoute: { Type: 'AWS::ApiGatewayV2::Route', Properties: { ApiId: ref('Api'), RouteKey: '$default', Target: sub('integrations/${Integration}') } },
		DefaultStage: { Type: 'AWS::ApiGatewayV2::Stage', Properties: { ApiId: ref('Api'), StageName: '$default', AutoDeploy: true } },
	};
}

/** A REST integration through the VPC link: to `path` on the load balancer's name. */
function restIntegration(config: Configuration, path: string, extra: Record<string, Value> = {}): Record<string, Value> {
	return {
		Type: 'HTTP_PROXY',
		IntegrationHttpMethod: 'ANY',
		Uri: sub(`http://\${LoadBalancer.DNSName}${path}`),
		ConnectionType: 'VPC_LINK',
		ConnectionId: ref('VpcLink'),
		...(config.link === 'v2' ? { IntegrationTarget: ref('LoadBalancer') } : {}),
		...extra,
	};
}

function restApiResources(config: Configuration): Record<string, Resource> {
	const isPrivate = config.client === 'vpc';
	const resources: Record<string, Resource> = {
		Api: {
			Type: 'AWS::ApiGateway::RestApi',
			Comment: isPrivate
				? 'A private API answers only calls its resource policy lets in: here, those through this VPC’s endpoint.'
				: 'A Regional REST API, open to the internet: add authorization before real use.',
			Properties: {
				Name: sub('${AWS::StackName}-api'),
				EndpointConfiguration: isPrivate ? { Types: ['PRIVATE'], VpcEndpointIds: [ref('ApiEndpoint')] } : { Types: ['REGIONAL'] },
				...(isPrivate
					? {
							Policy: verbatim({
								Version: '2012-10-17',
								Statement: [
									{
										Effect: 'Allow',
										Principal: '*',
										Action: 'execute-api:Invoke',
										Resource: 'execute-api:/*',
										Condition: { StringEquals: { 'aws:SourceVpce': ref('ApiEndpoint') } },
									},
								],
							}),
						}
					: {}),
			},
		},
		ProxyResource: { Type: 'AWS::ApiGateway::Resource', Properties: { RestApiId: ref('Api'), ParentId: getAtt('Api', 'RootResourceId'), PathPart: '{proxy+}' } },
		RootMethod: {
			Type: 'AWS::ApiGateway::Method',
			Comment:
				config.link === 'v2'
					? 'With a VPC link V2, the integration target names the load balancer the link reaches. The URI does not choose the target; it gives the scheme, port, Host header and path of the request the backend receives.'
					: 'With a VPC link V1 the link itself leads to its NLB; the URI gives the scheme, port, Host header and path of the request the backend receives.',
			Properties: {
				RestApiId: ref('Api'),
				ResourceId: getAtt('Api', 'RootResourceId'),
				HttpMethod: 'ANY',
				AuthorizationType: 'NONE',
				Integration: restIntegration(config, '/'),
			},
		},
		ProxyMethod: {
			Type: 'AWS::ApiGateway::Method',
			Comment: `The URI template builds the backend path: {proxy} is filled with the path the {proxy+} resource matched, so a call to /prod/orders/42 should reach the backend as /orders/42. ${
				config.compute === 'ecs'
					? 'NGINX logs each request line to the stack’s log group (aws logs tail <group>): check what arrives there.'
					: 'To check, call the API’s address: if the backend received /prod/, it answers so.'
			}`,
			Properties: {
				RestApiId: ref('Api'),
				ResourceId: ref('ProxyResource'),
				HttpMethod: 'ANY',
				AuthorizationType: 'NONE',
				RequestParameters: verbatim({ 'method.request.path.proxy': true }),
				Integration: restIntegration(config, '/{proxy}', { RequestParameters: verbatim({ 'integration.request.path.proxy': 'method.request.path.proxy' }) }),
			},
		},
		Deployment: {
			Type: 'AWS::ApiGateway::Deployment',
			Comment: 'A snapshot of the methods: after changing one, deploy again, or the stage keeps serving the old one.',
			Properties: { RestApiId: ref('Api') },
			DependsOn: ['RootMethod', 'ProxyMethod'],
		},
		Stage: { Type: 'AWS::ApiGateway::Stage', Properties: { RestApiId: ref('Api'), DeploymentId: ref('Deployment'), StageName: REST_STAGE } },
	};
	if (isPrivate) {
		resources.ApiEndpoint = {
			Type: 'AWS::EC2::VPCEndpoint',
			Comment:
				'The execute-api endpoint clients in the VPC call the private API through. Private DNS lets them use the API’s usual name, and sends every execute-api name in this VPC here, public APIs’ too.',
			Properties: {
				VpcId: ref('Vpc'),
				ServiceName: sub('com.amazonaws.${AWS::Region}.execute-api'),
				VpcEndpointType: 'Interface',
				PrivateDnsEnabled: true,
				SubnetIds: PRIVATE_SUBNETS.map(ref),
				SecurityGroupIds: [getAtt('EndpointSecurityGroup', 'GroupId')],
			},
		};
	}
	return resources;
}

export function apiResources(config: Configuration): Record<string, Resource> {
	return { VpcLink: vpcLinkResource(config), ...(config.api === 'http' ? httpApiResources(config) : restApiResources(config)) };
}

/** What a reader needs to try the stack: the address, a curl command, and the ids to look things up by. */
export function apiOutputs(config: Configuration): Record<string, Output> {
	const url = config.api === 'http' ? sub('${Api.ApiEndpoint}/') : sub(`https://\${Api}.execute-api.\${AWS::Region}.amazonaws.com/${REST_STAGE}/`);
	const curl = config.api === 'http' ? sub('curl -i ${Api.ApiEndpoint}/') : sub(`curl -i https://\${Api}.execute-api.\${AWS::Region}.amazonaws.com/${REST_STAGE}/`);
	const outputs: Record<string, Output> = {
		ApiUrl: {
			Description: config.client === 'vpc' ? 'The API’s address: inside the VPC it leads to the endpoint; outside, API Gateway answers 403 Forbidden' : 'The API’s address',
			Value: url,
		},
		TryIt: {
			Description: config.client === 'vpc' ? 'Run from a machine in the VPC: the API is private' : 'Run anywhere: the backend answers through the VPC link',
			Value: curl,
		},
		VpcLinkId: {
			Description: `The VPC link: aws ${config.link === 'v2' ? 'apigatewayv2' : 'apigateway'} get-vpc-link --vpc-link-id <this id> says AVAILABLE once it is ready`,
			Value: ref('VpcLink'),
		},
	};
	if (config.client === 'vpc') outputs.ApiEndpointId = { Description: 'The execute-api endpoint the API admits', Value: ref('ApiEndpoint') };
	return outputs;
}
