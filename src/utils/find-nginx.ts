import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What a machine without nginx is told: e2e/nginx.spec.ts is skipped there, and fails in CI. */
export const NGINX_INSTALL_HINT = 'To run them, install nginx (Debian or Ubuntu: apt-get install nginx); .ci/run does.';

/**
 * The nginx binary e2e/nginx.spec.ts runs: on the PATH, or in the sbin folders where distributions
 * put it and an ordinary user's PATH may not look. Undefined when there is none.
 */
export function findNginx(path = process.env.PATH ?? ''): string | undefined {
	for (const folder of [...path.split(delimiter).filter(Boolean), '/usr/sbin', '/usr/local/sbin']) {
		const candidate = join(folder, 'nginx');
		try {
			accessSync(candidate, constants.X_OK);
			return candidate;
		} catch {
			// Not in this folder.
		}
	}
	return undefined;
}
