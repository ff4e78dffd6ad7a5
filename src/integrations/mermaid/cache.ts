import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownerClassDefs } from './owner-classes.ts';
import { mermaidConfig } from './theme.ts';

/**
 * Bump when the post-processing of renders changes (id normalisation, palette merge, figure
 * markup inside the SVG), so that cached SVGs made by older code are not reused.
 */
const OUTPUT_FORMAT = 2;

/**
 * The render cache: one `<key>.svg` file per diagram, committed to the repository so that a
 * build machine without a browser (a static host's build image) can still build the site.
 * The key covers everything that shapes the output: the diagram source, the mermaid version,
 * both palettes with the rest of the mermaid configuration, the owner classes the build adds to
 * each flowchart, and the output format.
 */
export class RenderCache {
	readonly dir: string;
	#fingerprint: string;

	constructor(dir: string, mermaidVersion: string) {
		this.dir = dir;
		this.#fingerprint = JSON.stringify({
			OUTPUT_FORMAT,
			mermaidVersion,
			light: mermaidConfig('light', ''),
			dark: mermaidConfig('dark', ''),
			owners: [ownerClassDefs('light'), ownerClassDefs('dark')],
		});
	}

	key(source: string): string {
		return createHash('sha256').update(this.#fingerprint).update('\0').update(source).digest('hex').slice(0, 24);
	}

	read(key: string): string | undefined {
		try {
			return readFileSync(this.#file(key), 'utf8');
		} catch {
			return undefined;
		}
	}

	write(key: string, svg: string): void {
		mkdirSync(this.dir, { recursive: true });
		writeFileSync(this.#file(key), svg);
	}

	/** Deletes the entries not in `keep` (a set of keys, or a test of one) and returns their keys. */
	prune(keep: ReadonlySet<string> | ((key: string) => boolean)): string[] {
		const kept = typeof keep === 'function' ? keep : (key: string) => keep.has(key);
		let names: string[];
		try {
			names = readdirSync(this.dir);
		} catch {
			return [];
		}
		const removed: string[] = [];
		for (const name of names) {
			const key = name.replace(/\.svg$/, '');
			if (name.endsWith('.svg') && !kept(key)) {
				rmSync(join(this.dir, name));
				removed.push(key);
			}
		}
		return removed;
	}

	#file(key: string): string {
		return join(this.dir, `${key}.svg`);
	}
}
