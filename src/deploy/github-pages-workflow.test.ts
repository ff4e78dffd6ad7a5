import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/**
 * The GitHub Pages workflow the repository ships (.github/workflows/deploy-github-pages.yml) and
 * the copy the Deploying page shows: a deployer copies one or runs the other, so both must build
 * the site the way the page says, and say the same thing.
 */

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface Step {
	uses?: string;
	run?: string;
	name?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: { push: { branches: string[] }; workflow_dispatch: unknown };
	concurrency: { group: string; 'cancel-in-progress': boolean };
	permissions: Record<string, string>;
	jobs: Record<string, { needs?: string; permissions?: Record<string, string>; environment?: { name: string }; steps: Step[] }>;
}

const workflow = parse(read('.github/workflows/deploy-github-pages.yml')) as Workflow;

/** The page's YAML block that starts with the workflow's name. */
function pageCopy(): Workflow {
	const blocks = [...read('content/deploying.mdx').matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
	const block = blocks.find((text) => text.startsWith('name: Deploy to GitHub Pages'));
	expect(block, 'the Deploying page shows the workflow').toBeDefined();
	return parse(block!) as Workflow;
}

describe('the GitHub Pages workflow', () => {
	const build = workflow.jobs.build!.steps;
	const step = (predicate: (s: Step) => boolean) => build.findIndex(predicate);

	test('runs on pushes to main and by hand, one deployment at a time without cancelling one', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
		expect(workflow.on).toHaveProperty('workflow_dispatch');
		expect(workflow.concurrency['cancel-in-progress']).toBe(false);
	});

	test('installs from the lock file on the .nvmrc Node, then builds with the address and base path', () => {
		const setup = build[step((s) => s.uses?.startsWith('actions/setup-node@') ?? false)]!;
		expect(setup.with?.['node-version-file']).toBe('.nvmrc');
		const install = step((s) => s.run === 'npm ci');
		const buildStep = step((s) => s.run === 'npm run build');
		expect(install).toBeGreaterThan(-1);
		expect(buildStep).toBeGreaterThan(install);
		const env = build[buildStep]!.env!;
		// A project site lives at https://<owner>.github.io/<repository>/ unless the repository variables say otherwise.
		expect(env.SITE_URL).toContain('vars.SITE_URL');
		expect(env.SITE_URL).toContain("format('https://{0}.github.io', github.repository_owner)");
		expect(env.BASE_PATH).toContain('vars.BASE_PATH');
		expect(env.BASE_PATH).toContain("format('/{0}/', github.event.repository.name)");
	});

	test('publishes dist/ without the _headers file and server configurations GitHub Pages cannot use', () => {
		const drop = step((s) => s.run === 'rm -rf dist/_headers dist/_server');
		const upload = step((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
		expect(drop).toBeGreaterThan(step((s) => s.run === 'npm run build'));
		expect(upload).toBeGreaterThan(drop);
		expect(build[upload]!.with?.path).toBe('dist');
	});

	test('only the deploy job may write to Pages', () => {
		expect(workflow.permissions).toEqual({ contents: 'read' });
		const deploy = workflow.jobs.deploy!;
		expect(deploy.needs).toBe('build');
		expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(deploy.environment?.name).toBe('github-pages');
		expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
	});

	test('.nvmrc names the Node major version the project installs and builds with', () => {
		const pinned = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies.node!;
		expect(read('.nvmrc').trim().split('.')[0]).toBe(pinned.split('.')[0]);
	});

	test('the Deploying page shows the same workflow, without its comments', () => {
		expect(pageCopy()).toEqual(workflow);
	});
});
