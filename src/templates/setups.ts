import type { Configuration } from '../topology/model.ts';
import { allConfigurations, validate } from '../topology/rules.ts';

/**
 * Which explorer setups have a template: only those AWS supports. For any other the explorer
 * offers the nearest supported one (topology/rules.ts), and with it that one's templates.
 */

/** Every setup AWS supports, in the explorer's order. */
export const buildableSetups = (): Configuration[] => allConfigurations().filter((config) => validate(config).valid);
