import type { Configuration, Source } from '../topology/model.ts';
import { SOURCES } from '../topology/sources.ts';

/** The pages behind what the templates build, each listed on the page of the setups it applies to. */
export const TEMPLATE_SOURCES: Array<Source & { applies: (config: Configuration) => boolean }> = [
	{ ...SOURCES.restSetUpV2, applies: (c) => c.api === 'rest' && c.link === 'v2' },
	{ ...SOURCES.restPrivateIntegrations, applies: (c) => c.api === 'rest' },
	{ ...SOURCES.createVpcLinkV1, applies: (c) => c.link === 'v1' },
	{ ...SOURCES.nlbForVpcLinkV1, applies: (c) => c.link === 'v1' },
	{ ...SOURCES.httpPrivateIntegrations, applies: (c) => c.api === 'http' },
	{ ...SOURCES.httpParameterMapping, applies: (c) => c.api === 'http' },
	{ ...SOURCES.vpcLinksV2, applies: (c) => c.link === 'v2' },
	{ ...SOURCES.privateApis, applies: (c) => c.client === 'vpc' },
	{
		title: 'Invoke a private API (API Gateway developer guide)',
		url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-api-test-invoke-url.html',
		applies: (c) => c.client === 'vpc',
	},
	{ title: 'Using AWS CloudShell in a VPC', url: 'https://docs.aws.amazon.com/cloudshell/latest/userguide/using-cshell-in-vpc.html', applies: (c) => c.client === 'vpc' },
	{
		title: 'Use service discovery to connect Amazon ECS services',
		url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html',
		applies: (c) => c.target === 'cloudmap' && c.compute === 'ecs',
	},
	{ title: 'Python in Amazon Linux 2023', url: 'https://docs.aws.amazon.com/linux/al2023/ug/python.html', applies: (c) => c.compute === 'ec2' },
	{ ...SOURCES.albSecurityGroups, applies: (c) => c.target === 'alb' },
	{ ...SOURCES.nlbSecurityGroups, applies: (c) => c.target === 'nlb' },
	{
		title: 'Terraform AWS provider changelog (integration_target in 6.25.0)',
		url: 'https://github.com/hashicorp/terraform-provider-aws/blob/main/CHANGELOG.md',
		applies: () => true,
	},
];
