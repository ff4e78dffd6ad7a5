/**
 * Renders the mermaid diagrams of the files named on the command line, the same way the build
 * does, without building the site: a quick check while writing a chapter.
 *
 *   node scripts/check-diagrams.ts content/chapters/02-http-api-private-integrations.mdx
 *
 * New renders go into the committed cache; the next full build prunes any that no page uses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { DiagramService } from '../src/integrations/mermaid/diagram-service.ts';
import { mermaidSatteriPlugin } from '../src/integrations/mermaid/satteri-plugin.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('usage: node scripts/check-diagrams.ts <file.mdx> [...]');
	process.exit(2);
}

const service = new DiagramService({ cacheDir: resolve(root, 'content/mermaid-cache') });
const plugin = mermaidSatteriPlugin(service, root);
let failed = 0;
for (const file of files) {
	const path = resolve(file);
	try {
		const { code } = await mdxToJs(readFileSync(path, 'utf8'), { mdastPlugins: [plugin], fileURL: pathToFileURL(path) });
		const figures = code.match(/mermaid-figure__canvas/g)?.length ?? 0;
		console.log(`ok ${file}: ${figures} diagram(s)`);
	} catch (error) {
		failed++;
		console.error(`FAILED ${file}\n${error instanceof Error ? error.message : String(error)}\n`);
	}
}
await service.close();
process.exit(failed > 0 ? 1 : 0);
