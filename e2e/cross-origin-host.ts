import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A web server on another origin than the site (127.0.0.1 and a port of its own, where the site
 * is on localhost:4322), serving the pages a test gives it: a host page that embeds our
 * diagrams, or a stranger's page that tries to talk to them.
 */
export class CrossOriginHost {
	#server: Server | undefined;
	#pages = new Map<string, string>();

	/** Starts on a free port; `origin` is known after this resolves. */
	async start(): Promise<void> {
		this.#server = createServer((request, response) => {
			const page = this.#pages.get(new URL(request.url ?? '/', 'http://x').pathname);
			response.writeHead(page === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
			response.end(page ?? 'not found');
		});
		await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
	}

	get origin(): string {
		return `http://127.0.0.1:${(this.#server!.address() as AddressInfo).port}`;
	}

	/** Serves `html` at `path` and returns the page's URL. */
	serve(path: string, html: string): string {
		this.#pages.set(path, html);
		return `${this.origin}${path}`;
	}

	stop(): Promise<void> {
		return new Promise((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
	}
}

/** A plain HTML page. */
export function htmlPage(title: string, body: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}
