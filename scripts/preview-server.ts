import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `astro preview` of dist/ on `port`, for the benchmarks that load the built site in Chromium.
 * `start` resolves once the server answers; `stop` ends it and anything it started.
 */
export function previewServer(port: number) {
	const origin = `http://localhost:${port}`;
	// --ignore-lock: astro preview refuses to start while another preview of this project runs (npm start, say).
	const server = spawn(resolve('node_modules/.bin/astro'), ['preview', '--ignore-lock', '--port', String(port)], { stdio: 'ignore', detached: true });

	async function start(): Promise<void> {
		for (let attempt = 0; attempt < 100; attempt++) {
			try {
				if ((await fetch(origin)).ok) return;
			} catch {
				// not up yet
			}
			await new Promise((done) => setTimeout(done, 100));
		}
		throw new Error('astro preview did not start');
	}

	function stop(): void {
		try {
			process.kill(-server.pid!);
		} catch {
			// already gone
		}
	}

	return { origin, start, stop };
}
