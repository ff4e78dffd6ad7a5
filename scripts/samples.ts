/**
 * `npm run samples`: writes src/samples/cloudformation/<name>.yaml for every CDK sample, from what
 * the programs under src/samples/cdk/ synthesize now. Run it after changing one of them;
 * src/samples/cloudformation.test.ts fails until the files match.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSample, synthesizeSamples } from '../src/samples/extract-template.ts';

const folder = fileURLToPath(new URL('../src/samples/cloudformation/', import.meta.url));
for (const [name, template] of synthesizeSamples()) {
	writeFileSync(`${folder}${name}.yaml`, renderSample(name, template));
	console.log(`wrote src/samples/cloudformation/${name}.yaml`);
}
