/**
 * Checks a CloudFormation template offline, without an AWS account, against the resource schemas
 * CloudFormation publishes and the cfn-lint rules: unknown resource types, unknown or missing
 * properties, values of the wrong type, and references (Ref, Fn::GetAtt, Fn::Sub, DependsOn) to
 * resources or attributes that do not exist.
 *
 * The checker is AWS's `@aws/cloudformation-validate` (WebAssembly, synchronous), the copy that
 * aws-cdk-lib bundles for its own validation plugin. It is loaded from inside aws-cdk-lib rather
 * than installed on its own: the npm registry this project installs from does not carry the version
 * aws-cdk-lib bundles, and a bundled dependency always lives in aws-cdk-lib's own node_modules, so
 * resolving aws-cdk-lib first finds it wherever npm put aws-cdk-lib. Its version follows
 * aws-cdk-lib's, which is pinned.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
// Types only (erased at run time), from the same copy the code below loads.
import type * as CloudFormationValidate from '../../node_modules/aws-cdk-lib/node_modules/@aws/cloudformation-validate/index.js';

/**
 * Warnings that are reported all the same. The library ranks a value outside a property's allowed
 * list (W3030, such as `ConnectionType: VPCLINK`) as a warning, yet the service rejects it at deploy
 * time. Every other warning is advice a template may rightly ignore: the samples pin their
 * Availability Zones so synthesis never looks anything up (W3010), the CDK writes DependsOn entries
 * a reference already implies (W3005), and the guide's example ARNs name placeholder accounts (W9013).
 */
const REPORTED_WARNINGS = new Set(['W3030']);

/** Lists of more names than this, such as every logical id a dangling Ref could have named, are cut short. */
const LONGEST_LIST = 8;

let loaded: { engine: CloudFormationValidate.Engine; library: typeof CloudFormationValidate } | undefined;

/**
 * The library and one engine for the whole process: building the engine compiles every rule and
 * takes most of a second, while validating a template with it takes milliseconds. The engine holds
 * WebAssembly memory until the process ends, which is what a test run or a script wants.
 */
function validator(): NonNullable<typeof loaded> {
	if (!loaded) {
		const require = createRequire(import.meta.url);
		const cdkLib = dirname(require.resolve('aws-cdk-lib/package.json'));
		const library = require(join(cdkLib, 'node_modules/@aws/cloudformation-validate')) as typeof CloudFormationValidate;
		loaded = { engine: new library.CompositeEngine(), library };
	}
	return loaded;
}

/** Where a finding is: `Method (AWS::ApiGateway::Method)` for a resource, `Output ApiUrl` for other entities. */
function entityLabel({ entityType, logicalId, resourceType }: CloudFormationValidate.Entity): string {
	if (entityType === 'Resource') return resourceType ? `${logicalId} (${resourceType})` : logicalId;
	return `${entityType} ${logicalId}`;
}

/** `message` with any long list of quoted names cut to its first few and a count of the rest. */
function shortenLists(message: string): string {
	return message.replace(/\[('[^']*'(?:, )?)+\]/g, (list) => {
		const names = list.match(/'[^']*'/g) ?? [];
		if (names.length <= LONGEST_LIST) return list;
		return `[${names.slice(0, LONGEST_LIST).join(', ')}, … ${names.length - LONGEST_LIST} more]`;
	});
}

/** One finding as a line: rule id, where it is, and the library's message. */
function describe(diagnostic: CloudFormationValidate.Diagnostic): string {
	const where = [diagnostic.entity && entityLabel(diagnostic.entity), diagnostic.propertyPath].filter(Boolean).join(' ');
	return `${diagnostic.ruleId} ${where || 'template'}: ${shortenLists(diagnostic.message)}`;
}

/**
 * The problems in `template` (a parsed template, intrinsic functions in long form, `{ Ref: 'X' }`),
 * one readable line each; an empty list when there are none. A finding is a problem if the library
 * ranks it FATAL or ERROR, or it is one of the REPORTED_WARNINGS.
 * The decision is made on the findings, never on the report's status, which stays `OK` even when
 * there are fatal findings. A report whose analysis stopped early adds a line saying so, because
 * then an empty list would not mean the template is sound.
 *
 * The template is checked whole, as CloudFormation would receive it: a Ref to a resource it does
 * not define is a problem. Pseudo parameters take the library's defaults (region us-east-1).
 */
export function validateCloudFormation(template: object): string[] {
	const { engine, library } = validator();
	const report = engine.validateTemplate(new library.TemplateContent(JSON.stringify(template)), {
		detailLevel: 'STANDARD',
		severityLevel: 'WARN',
	});
	const problems = report.diagnostics.filter(({ severity, ruleId }) => severity === 'FATAL' || severity === 'ERROR' || REPORTED_WARNINGS.has(ruleId)).map(describe);
	if (report.status === 'ANALYSIS_INCOMPLETE') {
		const reasons = (report.metadata.budgetExhaustions ?? []).filter((record) => record.analysisIncomplete).map((record) => record.description ?? record.kind);
		problems.push(`Analysis incomplete, so findings may be missing: ${reasons.join('; ') || 'no reason given'}`);
	}
	return problems;
}
