/**
 * Serves dist-sub-path/ (the build made with BASE_PATH) under that path on a plain static file
 * server, the way a host serves a site deployed under a sub-path of its domain: nothing outside
 * the prefix exists, and no Astro code is involved. Used by the end-to-end crawl
 * (e2e/sub-path.spec.ts); started by playwright.config.ts.
 */
import { createServer } from 'node:http';
import sirv from 'sirv';
import { SUB_PATH, SUB_PATH_DIST, SUB_PATH_PORT } from './sub-path.ts';

const files = sirv(SUB_PATH_DIST, { dev: false, etag: false, dotfiles: false });

createServer((request, response) => {
	const url = request.url ?? '/';
	const notFound = () => {
		response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
	};
	// Nothing exists outside the sub-path, as on a host where other paths belong to another site.
	if (!url.startsWith(SUB_PATH)) return notFound();
	request.url = url.slice(SUB_PATH.length - 1);
	files(request, response, notFound);
}).listen(SUB_PATH_PORT, '127.0.0.1');
