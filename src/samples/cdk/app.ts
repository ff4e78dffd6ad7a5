/**
 * The CDK app with every sample stack. Node 24 runs this TypeScript file as it is; with the AWS
 * CDK CLI (the `aws-cdk` package, which this project does not install), from the repository root:
 *
 *   npx aws-cdk synth --app "node src/samples/cdk/app.ts" HttpApiAlbEcs
 *
 * The CLI runs the app with CDK_OUTDIR set; `CDK_OUTDIR=cdk.out node src/samples/cdk/app.ts`
 * does the same without the CLI and writes each stack's template to cdk.out/. Synthesis needs
 * no AWS credentials. To deploy, put your own accounts in ENV: the CLI then looks up those
 * accounts' Availability Zones, which does need credentials.
 */
import { App } from 'aws-cdk-lib';
import { CrossAccountConsumerStack } from './cross-account-consumer.ts';
import { CrossAccountProviderStack } from './cross-account-provider.ts';
import { HttpApiAlbEcsStack } from './http-api-alb-ecs.ts';
import { HttpApiCloudMapEcsStack } from './http-api-cloud-map-ecs.ts';
import { HttpApiNlbEc2Stack } from './http-api-nlb-ec2.ts';
import { RestApiAlbEcsStack } from './rest-api-alb-ecs.ts';
import { RestApiNlbEc2V1Stack } from './rest-api-nlb-ec2-v1.ts';

const ENV = {
	api: { account: '111111111111', region: 'us-east-1' },
	provider: { account: '222222222222', region: 'us-east-1' },
};

const app = new App({
	// The placeholder accounts' Availability Zones. For any other account the CLI looks the zones
	// up in AWS (and caches them in cdk.context.json).
	context: {
		'availability-zones:account=111111111111:region=us-east-1': ['us-east-1a', 'us-east-1b', 'us-east-1c'],
		'availability-zones:account=222222222222:region=us-east-1': ['us-east-1a', 'us-east-1b', 'us-east-1c'],
	},
});

new HttpApiAlbEcsStack(app, 'HttpApiAlbEcs', { env: ENV.api });
new HttpApiNlbEc2Stack(app, 'HttpApiNlbEc2', { env: ENV.api });
new HttpApiCloudMapEcsStack(app, 'HttpApiCloudMapEcs', { env: ENV.api });
new RestApiAlbEcsStack(app, 'RestApiAlbEcs', { env: ENV.api });
new RestApiNlbEc2V1Stack(app, 'RestApiNlbEc2V1', { env: ENV.api });
// Before deploying the cross-account pair, give both stacks `availabilityZones`: zone names whose
// zone IDs match in the two accounts (the endpoint can only use zones the endpoint service has).
new CrossAccountProviderStack(app, 'CrossAccountProvider', {
	env: ENV.provider,
	apiAccountId: ENV.api.account,
});
new CrossAccountConsumerStack(app, 'CrossAccountConsumer', { env: ENV.api });

app.synth();
