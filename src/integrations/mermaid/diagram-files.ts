import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The standalone SVG files of the diagrams compiled so far, by path below the site's base
 * (`diagrams/<page>/<name>-<theme>.svg`). The Markdown plugin fills it while pages compile; the
 * integration writes it into the build output, or serves it from the dev server.
 */
export class DiagramFiles {
	#files = new Map<string, { svg: string; source: string }>();

	/**
	 * Stores one file. `source` is the Markdown file it came from, so that recompiling that file
	 * can first drop what it stored last time (see {@link forgetSource}).
	 */
	set(path: string, svg: string, source: string): void {
		this.#files.set(path, { svg, source });
	}

	/** The SVG stored at a path, if any. */
	get(path: string): string | undefined {
		return this.#files.get(path)?.svg;
	}

	has(path: string): boolean {
		return this.#files.has(path);
	}

	/**
	 * Drops every file a Markdown file stored. Called when that file compiles again (in dev,
	 * after an edit), so a renamed or deleted diagram stops being served.
	 */
	forgetSource(source: string): void {
		for (const [path, file] of this.#files) if (file.source === source) this.#files.delete(path);
	}

	/** Every stored file as [path, svg], sorted by path so output order is stable. */
	entries(): Array<[path: string, svg: string]> {
		return [...this.#files].map(([path, file]): [string, string] => [path, file.svg]).sort(([a], [b]) => a.localeCompare(b));
	}

	get size(): number {
		return this.#files.size;
	}
}

/**
 * Writes files into a folder (the build output), creating sub-folders as needed.
 * @returns how many files were written
 */
export function writeFiles(files: Iterable<[path: string, content: string]>, outDir: URL): number {
	let count = 0;
	for (const [path, content] of files) {
		const target = new URL(path, outDir);
		mkdirSync(new URL('./', target), { recursive: true });
		writeFileSync(target, content);
		count++;
	}
	return count;
}

type Request = IncomingMessage & { originalUrl?: string };

/**
 * A Connect middleware for the Vite dev server that serves the recorded files at
 * `<base>diagrams/…`, as the built site will.
 *
 * It reads `originalUrl` because Astro's own dev middleware strips the base from `url` before
 * later middlewares run; matching the original keeps a request without the base a 404, as it
 * will be in production. `getBase` is read per request since the base is only known once
 * Astro has called the integration's setup hook.
 */
export function diagramFilesMiddleware(files: DiagramFiles, getBase: () => string) {
	return (request: Request, response: ServerResponse, next: () => void): void => {
		const base = getBase();
		let pathname: string;
		try {
			pathname = decodeURI(new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost').pathname);
		} catch {
			return next();
		}
		if (!pathname.startsWith(`${base}diagrams/`) || !pathname.endsWith('.svg')) return next();
		if (request.method !== 'GET' && request.method !== 'HEAD') return next();

		const svg = files.get(pathname.slice(base.length));
		if (svg === undefined) {
			// Pages compile on demand in dev, so a diagram's files exist only once its page has.
			response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			response.end(
				'No diagram has been compiled at this address yet. The dev server renders diagrams when their page is first ' +
					'opened: open the page that shows the diagram, then reload this address.\n',
			);
			return;
		}
		response.writeHead(200, {
			'Content-Type': 'image/svg+xml; charset=utf-8',
			'Content-Length': Buffer.byteLength(svg),
			// Edits recompile the page and change the file; never let the browser keep an old one.
			'Cache-Control': 'no-cache',
		});
		response.end(request.method === 'HEAD' ? undefined : svg);
	};
}
