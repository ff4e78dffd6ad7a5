import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SERVER_CONFIG_FOLDER } from '../src/integrations/security/site-rules.ts';

/**
 * A real nginx serving a build through the configuration the build wrote (`_server/nginx.conf`),
 * included in the smallest server block a deployer would write: a root that holds the build at its
 * base path. It runs as the user running the tests, on a free port, with its pid, logs and
 * temporary files in a folder of its own, so it needs no root and touches nothing of a system
 * nginx.
 */

/** The mime.types of the installed nginx, beside the configuration it was built to read. */
function mimeTypes(nginx: string): string {
	const conf = /--conf-path=(\S+)/.exec(spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr)?.[1];
	if (!conf) throw new Error(`${nginx} -V names no --conf-path, so there is no mime.types to include`);
	return join(dirname(conf), 'mime.types');
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
		probe.on('error', fail);
	});
}

export class NginxServer {
	readonly #nginx: string;
	readonly #dist: string;
	readonly #base: string;
	#folder = '';
	#port = 0;
	#process: ChildProcess | undefined;

	/** Serves the build in `dist`, made for the base path `base` (a slash at both ends), with the nginx binary `nginx`. */
	constructor(nginx: string, dist: string, base: string) {
		this.#nginx = nginx;
		this.#dist = dist;
		this.#base = base;
	}

	get origin(): string {
		return `http://127.0.0.1:${this.#port}`;
	}

	/** Resolves once nginx listens; rejects with nginx's own words if it refuses the configuration. */
	async start(): Promise<void> {
		this.#folder = mkdtempSync(join(tmpdir(), 'nginx-'));
		this.#port = await freePort();
		// The build sits in the root at its base path, as the Deploying page tells a deployer to put it.
		const site = join(this.#folder, 'root', this.#base);
		mkdirSync(dirname(site), { recursive: true });
		symlinkSync(resolve(this.#dist), site.replace(/\/$/, ''));
		const config = join(this.#folder, 'nginx.conf');
		writeFileSync(
			config,
			[
				// As root, nginx would hand its workers to nobody, who may not be able to read the checkout.
				...(process.getuid?.() === 0 ? ['user root;'] : []),
				'daemon off;',
				'worker_processes 1;',
				`pid ${join(this.#folder, 'nginx.pid')};`,
				// Its "start worker processes" notice on stderr says it is listening.
				'error_log stderr notice;',
				'events { worker_connections 256; }',
				'http {',
				`	include ${mimeTypes(this.#nginx)};`,
				'	default_type application/octet-stream;',
				'	access_log off;',
				'	log_not_found off;',
				...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `	${kind}_temp_path ${join(this.#folder, kind)};`),
				'	server {',
				`		listen 127.0.0.1:${this.#port};`,
				`		root ${join(this.#folder, 'root')};`,
				`		include ${resolve(this.#dist, SERVER_CONFIG_FOLDER, 'nginx.conf')};`,
				'	}',
				'}',
			].join('\n'),
		);
		const nginx = spawn(this.#nginx, ['-p', this.#folder, '-e', 'stderr', '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
		this.#process = nginx;
		await new Promise<void>((done, fail) => {
			let said: string | undefined = '';
			// Read to the end, or a full pipe would stop nginx as it logs.
			nginx.stderr!.setEncoding('utf8').on('data', (text: string) => {
				if (said === undefined) return;
				said += text;
				if (said.includes('start worker processes')) {
					said = undefined;
					done();
				}
			});
			nginx.on('exit', (code) => fail(new Error(`nginx stopped (exit code ${code}):\n${said}`)));
		});
	}

	async stop(): Promise<void> {
		const nginx = this.#process;
		if (nginx && nginx.exitCode === null) {
			await new Promise((done) => {
				nginx.on('exit', done);
				nginx.kill('SIGTERM');
			});
		}
		rmSync(this.#folder, { recursive: true, force: true });
	}
}
