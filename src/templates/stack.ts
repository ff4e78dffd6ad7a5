import type { Configuration } from '../topology/model.ts';
import { describeConfiguration } from '../topology/describe.ts';
import { apiOutputs, apiResources } from './api.ts';
import { AMI_PARAMETER, backendResources } from './backend.ts';
import type { Parameter, StackTemplate } from './model.ts';
import { networkResources } from './network.ts';
import { securityGroupResources } from './security-groups.ts';

/** The whole stack of a supported setup, in the order a reader follows it: network, security groups, backend, API. */
export function stackTemplate(config: Configuration): StackTemplate {
	const parameters: Record<string, Parameter> =
		config.compute === 'ec2'
			? {
					LatestAmiId: {
						Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
						Default: AMI_PARAMETER,
						Description: 'Amazon Linux 2023 for the instances, from the public SSM parameter',
					},
				}
			: {};
	return {
		Description: `API Gateway private integration: ${describeConfiguration(config)}`,
		Parameters: parameters,
		Resources: { ...networkResources(config), ...securityGroupResources(config), ...backendResources(config), ...apiResources(config) },
		Outputs: apiOutputs(config),
	};
}
