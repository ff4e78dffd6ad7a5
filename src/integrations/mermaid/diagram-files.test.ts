import { mkdtempSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DiagramFiles, diagramFilesMiddleware, writeFiles } from './diagram-files.ts';

describe('DiagramFiles', () => {
	test('keeps files by path, and forgets those of a Markdown file that compiles again', () => {
		const files = new DiagramFiles();
		files.set('diagrams/b/x-light.svg', '<svg>b</svg>', 'content/b.mdx');
		files.set('diagrams/a/x-light.svg', '<svg>a</svg>', 'content/a.mdx');
		expect(files.get('diagrams/a/x-light.svg')).toBe('<svg>a</svg>');
		expect(files.entries().map(([path]) => path)).toEqual(['diagrams/a/x-light.svg', 'diagrams/b/x-light.svg']);
		files.forgetSource('content/a.mdx');
		expect(files.has('diagrams/a/x-light.svg')).toBe(false);
		expect(files.size).toBe(1);
	});
});

describe('writeFiles', () => {
	test('writes each file below the output folder, creating folders', () => {
		const outDir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'diagram-out-'))}/`);
		expect(writeFiles([['diagrams/chapters/01/x-dark.svg', '<svg/>']], outDir)).toBe(1);
		expect(readFileSync(new URL('diagrams/chapters/01/x-dark.svg', outDir), 'utf8')).toBe('<svg/>');
	});
});

/** Runs the middleware on a request; Astro's base middleware has already stripped the base from `url`. */
function request(files: DiagramFiles, originalUrl: string, method = 'GET') {
	const result = { status: 0, headers: {} as Record<string, unknown>, body: undefined as string | undefined, next: false };
	const response = {
		writeHead(status: number, headers: Record<string, unknown>) {
			result.status = status;
			result.headers = headers;
			return this;
		},
		end(body?: string) {
			result.body = body;
		},
	} as unknown as ServerResponse;
	const url = originalUrl.replace('/guides/x/', '/');
	diagramFilesMiddleware(files, () => '/guides/x/')(Object.assign({ url, originalUrl, method }) as never, response, () => {
		result.next = true;
	});
	return result;
}

describe('diagramFilesMiddleware', () => {
	const files = new DiagramFiles();
	files.set('diagrams/chapters/01/flow-light.svg', '<svg>light</svg>', 'content/chapters/01.mdx');

	test('serves a recorded file under the base as SVG', () => {
		const result = request(files, '/guides/x/diagrams/chapters/01/flow-light.svg?v=1');
		expect(result).toMatchObject({ status: 200, body: '<svg>light</svg>', next: false });
		expect(result.headers['Content-Type']).toBe('image/svg+xml; charset=utf-8');
		expect(request(files, '/guides/x/diagrams/chapters/01/flow-light.svg', 'HEAD')).toMatchObject({ status: 200, body: undefined });
	});

	test('answers 404 with a hint for a diagram file not compiled yet', () => {
		const result = request(files, '/guides/x/diagrams/chapters/02/flow-light.svg');
		expect(result.status).toBe(404);
		expect(result.body).toMatch(/open the page that shows the diagram/);
	});

	test('leaves other requests, and diagram paths without the base, to the next middleware', () => {
		expect(request(files, '/guides/x/chapters/01/').next).toBe(true);
		expect(request(files, '/diagrams/chapters/01/flow-light.svg').next).toBe(true);
		expect(request(files, '/guides/x/diagrams/chapters/01/flow-light.svg', 'POST').next).toBe(true);
	});
});
