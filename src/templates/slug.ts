import type { Configuration } from '../topology/model.ts';

/**
 * A setup's name in its files and page address, e.g. `rest-api-v2-alb-ecs` or
 * `rest-api-v1-nlb-ec2-private`: what it builds, in the order a request meets it. On its own, with
 * nothing but types imported, because the explorer's island links to the page by it.
 */
export function slugOf(config: Configuration): string {
	const client = config.client === 'vpc' ? '-private' : '';
	return `${config.api}-api-${config.link}-${config.target === 'cloudmap' ? 'cloud-map' : config.target}-${config.compute}${client}`;
}

/** Where a setup's templates live, relative to the site's base. */
export const templatesPath = (config: Configuration) => `templates/${slugOf(config)}/`;
