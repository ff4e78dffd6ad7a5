import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, cardTree, type CardText } from './card.ts';

/**
 * Card PNGs, made at build time without a browser: satori lays the card out and draws its text as
 * paths from a bundled font (IBM Plex Sans, SIL Open Font License), and resvg's WebAssembly build
 * rasterises it. Both are deterministic, so two builds give byte-identical images.
 */

const require = createRequire(import.meta.url);
const font = (weight: 400 | 600 | 700) => readFileSync(require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff`));

let ready: Promise<void> | undefined;
const init = () => (ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))));

export async function cardPng(text: CardText): Promise<Uint8Array> {
	await init();
	const svg = await satori(cardTree(text) as never, {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: ([400, 600, 700] as const).map((weight) => ({ name: 'IBM Plex Sans', data: font(weight), weight, style: 'normal' as const })),
	});
	// The text is already paths: no font lookup, so no machine's fonts can change the picture.
	return new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
