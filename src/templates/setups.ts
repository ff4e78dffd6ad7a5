import { FIELDS, type Configuration } from '../topology/model.ts';
import { allConfigurations, validate } from '../topology/rules.ts';

/**
 * Which explorer setups have a template, and what their files are called. Only supported setups
 * do: for any other, the explorer offers the nearest supported one (topology/rules.ts), and so
 * does the page of templates.
 */

/** Every setup AWS supports, in the explorer's order. */
export const buildableSetups = (): Configuration[] => allConfigurations().filter((config) => validate(config).valid);

/**
 * A setup's name in its files and page address, e.g. `rest-api-v2-alb-ecs` or
 * `rest-api-v1-nlb-ec2-private`: what it builds, in the order a request meets it.
 */
export function slugOf(config: Configuration): string {
	const client = config.client === 'vpc' ? '-private' : '';
	return `${config.api}-api-${config.link}-${config.target === 'cloudmap' ? 'cloud-map' : config.target}-${config.compute}${client}`;
}

/** The setup a slug names, if it is one with a template. */
export function setupOfSlug(slug: string): Configuration | undefined {
	return buildableSetups().find((config) => slugOf(config) === slug);
}

/** The setup as URL parameters, the way the explorer writes them (`api=rest&link=v2&…`). */
export const explorerSearch = (config: Configuration): string => FIELDS.map((field) => `${field}=${config[field]}`).join('&');
