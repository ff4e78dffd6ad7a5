import { spawnSync } from 'node:child_process';
import { CHROMIUM_INSTALL_HINT, findChromium, type ChromiumLocation } from '../src/utils/find-chromium.ts';

function run(command: string, args: string[], timeoutMs: number): boolean {
	console.log(`$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
	return result.status === 0;
}

const isRoot = () => process.getuid?.() === 0;
const hasAptGet = () => spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

/**
 * Returns a Chromium for the build's diagrams and the browser tests, installing one if the
 * machine has none: Playwright's own download where the network allows it, then Debian's
 * `chromium` package when running as root. Otherwise stops with what to run.
 */
export function ensureChromium(): ChromiumLocation {
	const found = findChromium();
	if (found) return found;

	console.log('No Chromium found; trying to install one.');
	if (run('playwright', ['install', 'chromium'], 5 * 60_000)) {
		const downloaded = findChromium();
		if (downloaded) return downloaded;
	}
	if (isRoot() && hasAptGet()) {
		process.env.DEBIAN_FRONTEND = 'noninteractive';
		if (run('apt-get', ['update', '-qq'], 5 * 60_000) && run('apt-get', ['install', '-y', '-qq', 'chromium'], 10 * 60_000)) {
			const installed = findChromium();
			if (installed) return installed;
		}
	}
	console.error(`\nThe tests need Chromium, and none could be installed here.\n${CHROMIUM_INSTALL_HINT}`);
	process.exit(1);
}
