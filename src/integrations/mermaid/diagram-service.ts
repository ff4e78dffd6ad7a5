import { CHROMIUM_INSTALL_HINT, findChromium, type ChromiumLocation } from '../../utils/find-chromium.ts';
import { RenderCache } from './cache.ts';
import { DiagramError, type FenceLocation } from './diagram-error.ts';
import { svgTitle } from './figure.ts';
import { mergePalettes, PaletteMismatchError } from './merge-palettes.ts';
import { normalizeIds } from './normalize-ids.ts';
import { withOwnerClasses } from './owner-classes.ts';
import { MERMAID_VERSION, MermaidRenderer, type RenderResult } from './renderer.ts';
import type { PaletteName } from './theme.ts';

/** A diagram ready for the page: a theme-aware SVG whose ids all start with `svgId`. */
export interface Diagram {
	svg: string;
	svgId: string;
	title: string;
}

/**
 * The root id of a diagram's SVG, from its cache key: short, stable for the same source, and
 * distinct between diagrams, so several diagrams can share a page.
 */
export function svgIdOf(cacheKey: string): string {
	return `mmd-${cacheKey.slice(0, 12)}`;
}

/** The part of a renderer the service needs; tests stand in a fake. */
export interface Renderer {
	render(source: string, id: string, palette: PaletteName): Promise<RenderResult>;
	close(): Promise<void>;
}

export interface DiagramServiceOptions {
	/** Folder of the render cache (committed to the repository). */
	cacheDir: string;
	/** Locates a browser on a cache miss. Defaults to {@link findChromium}. */
	findBrowser?: () => ChromiumLocation | undefined;
	/** Builds a renderer for a browser. Defaults to {@link MermaidRenderer}. */
	createRenderer?: (browser: ChromiumLocation) => Renderer;
	/** Told about each diagram that needed a browser. */
	onRendered?: (location: FenceLocation) => void;
}

/**
 * Turns mermaid source into a {@link Diagram}: from the render cache when it can, otherwise by
 * rendering in Chromium (started on the first miss only) and storing the result.
 */
export class DiagramService {
	readonly cache: RenderCache;
	/** Cache keys of every diagram asked for since this service was made. */
	readonly usedKeys = new Set<string>();
	#options: DiagramServiceOptions;
	#renderer: Renderer | undefined;
	/** Renders under way, so a diagram repeated across pages compiling at once renders once. */
	#pending = new Map<string, Promise<string>>();

	constructor(options: DiagramServiceOptions) {
		this.#options = options;
		this.cache = new RenderCache(options.cacheDir, MERMAID_VERSION);
	}

	async diagram(rawSource: string, location: FenceLocation): Promise<Diagram> {
		// Line endings must not change the cache key or the output.
		const source = rawSource.replace(/\r\n?/g, '\n');
		const key = this.cache.key(source);
		const svgId = svgIdOf(key);
		this.usedKeys.add(key);

		const svg = this.cache.read(key) ?? (await this.#renderOnce(key, source, svgId, location));
		return { svg, svgId, title: svgTitle(svg)! };
	}

	async close(): Promise<void> {
		const renderer = this.#renderer;
		this.#renderer = undefined;
		await renderer?.close();
	}

	#renderOnce(key: string, source: string, svgId: string, location: FenceLocation): Promise<string> {
		let pending = this.#pending.get(key);
		if (!pending) {
			pending = this.#render(source, svgId, location)
				.then((svg) => {
					this.cache.write(key, svg);
					this.#options.onRendered?.(location);
					return svg;
				})
				.finally(() => this.#pending.delete(key));
			this.#pending.set(key, pending);
		}
		return pending;
	}

	async #render(source: string, svgId: string, location: FenceLocation): Promise<string> {
		const renderer = this.#getRenderer(location);
		const [light, dark] = await Promise.all([
			renderer.render(withOwnerClasses(source, 'light'), svgId, 'light'),
			renderer.render(withOwnerClasses(source, 'dark'), svgId, 'dark'),
		]).catch((error: unknown) => {
			// The browser itself failed (would not start, crashed): still say which diagram needed it.
			throw new DiagramError(location, `Chromium could not render this diagram: ${error instanceof Error ? error.message : error}`);
		});
		if ('error' in light) throw DiagramError.fromMermaid(location, light.error);
		if ('error' in dark) throw DiagramError.fromMermaid(location, dark.error);

		if (!/<title[^>]*>[^<]*\S[^<]*<\/title>/.test(light.svg) || !/<desc[^>]*>[^<]*\S[^<]*<\/desc>/.test(light.svg)) {
			throw new DiagramError(
				location,
				'every diagram needs an accessible name and description: add an `accTitle: …` line and an `accDescr: …` line after the diagram type.',
			);
		}
		try {
			return mergePalettes(normalizeIds(light.svg, svgId), normalizeIds(dark.svg, svgId), svgId);
		} catch (error) {
			if (error instanceof PaletteMismatchError) throw new DiagramError(location, error.message);
			throw error;
		}
	}

	#getRenderer(location: FenceLocation): Renderer {
		if (this.#renderer) return this.#renderer;
		const browser = (this.#options.findBrowser ?? findChromium)();
		if (!browser) {
			throw new DiagramError(
				location,
				`this diagram is new or changed, so it must be rendered, and no Chromium was found to render it.\n${CHROMIUM_INSTALL_HINT}`,
			);
		}
		this.#renderer = (this.#options.createRenderer ?? ((b) => new MermaidRenderer(b.path)))(browser);
		return this.#renderer;
	}
}
