import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../utils/find-chromium.ts';
import { mermaidConfig, type PaletteName } from './theme.ts';

const require = createRequire(import.meta.url);

/** The mermaid bundle that runs inside the browser, and its version (part of every cache key). */
const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');
export const MERMAID_VERSION: string = require('mermaid/package.json').version;

export type RenderResult = { svg: string } | { error: string };

/**
 * Renders mermaid source to SVG with the real `mermaid` package in headless Chromium.
 *
 * One browser page serves every render of a build: loading mermaid costs well over a second,
 * a render some tens of milliseconds. Renders are queued because mermaid keeps global state
 * (its configuration) that concurrent renders would trample.
 */
export class MermaidRenderer {
	#executablePath: string;
	#browser: Browser | undefined;
	#page: Promise<Page> | undefined;
	#queue: Promise<unknown> = Promise.resolve();

	constructor(executablePath: string) {
		this.#executablePath = executablePath;
	}

	render(source: string, id: string, palette: PaletteName): Promise<RenderResult> {
		const job = this.#queue.then(() => this.#renderNow(source, id, palette));
		this.#queue = job.catch(() => undefined);
		return job;
	}

	async close(): Promise<void> {
		const browser = this.#browser;
		this.#browser = undefined;
		this.#page = undefined;
		await browser?.close();
	}

	async #renderNow(source: string, id: string, palette: PaletteName): Promise<RenderResult> {
		const page = await (this.#page ??= this.#openPage());
		return page.evaluate(
			async ({ source, id, config }) => {
				const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
				mermaid.initialize(config);
				try {
					const { svg } = await mermaid.render(id, source);
					return { svg };
				} catch (error) {
					return { error: error instanceof Error ? error.message : String(error) };
				} finally {
					// A failed render can leave its scratch element behind.
					document.getElementById(`d${id}`)?.remove();
				}
			},
			{ source, id, config: mermaidConfig(palette, id) },
		);
	}

	async #openPage(): Promise<Page> {
		this.#browser = await chromium.launch({ executablePath: this.#executablePath, args: CHROMIUM_ARGS });
		const page = await this.#browser.newPage();
		await page.setContent('<!doctype html><html><head></head><body></body></html>');
		await page.addScriptTag({ path: MERMAID_BUNDLE });
		return page;
	}
}

interface MermaidApi {
	initialize(config: unknown): void;
	render(id: string, source: string): Promise<{ svg: string }>;
}
