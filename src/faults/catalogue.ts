import type { Fault } from './model.ts';
import { SOURCES } from './sources.ts';

/**
 * Every fault the explorer can show, in the order its "What can go wrong" list offers them: the
 * path in order from the client to the backend, then what goes wrong only now and then, then
 * what is rejected before any request flows. Facts come from the project's ledger
 * (shared/research/aws-facts.md) and the troubleshooting page, each with the pages that say so;
 * where AWS prints no exact message, `response.note` says so and `body` stays empty.
 */

/** The execution-log line AWS's article on VPC link 500s prints for most causes behind a REST API's 500. */
const CONFIGURATION_ERROR = [
	'Execution failed due to configuration error: There was an internal error while executing your request',
	'Method completed with status: 500',
];

export const FAULTS: readonly Fault[] = [
	{
		id: 'security-group-blocks-link',
		title: 'A security group does not let the VPC link’s traffic in',
		outcome: 'fails',
		scope: { link: ['v2'] },
		at: ['lb', 'target-a'],
		securityGroup: true,
		variants: [
			{
				scope: { target: ['cloudmap'] },
				happens:
					'The link’s network interface opens a connection straight to the task or instance, but its security group has no inbound rule for the link’s security group, so the connection is dropped.',
				fix: 'Add an inbound rule on the application port to the targets’ security group, with the VPC link’s security group as the source.',
			},
		],
		happens:
			'The link’s network interface opens a connection to the listener, but the load balancer’s security group has no inbound rule for the link’s security group, so the connection is dropped.',
		response: {
			who: 'The client',
			status: '500',
			note: 'AWS lists security groups among the causes of a VPC link 500 for REST APIs. A dropped connection can also wait out the integration timeout and end in a 504. AWS prints no response body for this case.',
		},
		traces: {
			accessLog: [
				{ variable: '$context.status', value: '500' },
				{ variable: '$context.integration.status', value: 'empty: nothing answered' },
			],
			executionLog: CONFIGURATION_ERROR,
			metrics: ['5XXError rises', 'VPC flow logs of the load balancer’s subnets: REJECT records from the link’s addresses'],
			targetLogs: 'Nothing: the request never arrives.',
		},
		fix: 'Add an inbound rule on the listener port to the load balancer’s security group, with the VPC link’s security group as the source.',
		sources: [SOURCES.kc500VpcLink, SOURCES.vpcFlowLogs, SOURCES.albSecurityGroups],
		troubleshooting: '500-execution-failed-due-to-configuration-error-with-a-vpc-link',
		chapter: { label: 'Security groups: which rules matter', path: 'chapters/02-http-api-private-integrations/#security-groups-which-rules-matter' },
	},
];
