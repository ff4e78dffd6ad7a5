/**
 * The social card of a page (Open Graph and Twitter image): the guide's name, the page's kicker
 * (for example "Chapter 4"), title and description, on the site's dark background. A plain
 * element tree in the shape satori reads, so no React is needed at build time.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The card less its side padding. */
const TEXT_WIDTH = CARD_WIDTH - 2 * 72;

export interface CardText {
	/** A short line above the title, such as "Chapter 4" or "Glossary". */
	kicker: string;
	title: string;
	description: string;
}

interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: CardNode | CardNode[] | string };
}

const node = (style: Record<string, string | number>, children: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

/** Long descriptions are cut at a word, so the card never overflows. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function cardTree({ kicker, title, description }: CardText): CardNode {
	return node(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 72px',
			backgroundColor: '#17181c',
			borderTop: '12px solid #6b7bff',
			color: '#ffffff',
			fontFamily: 'IBM Plex Sans',
		},
		[
			node({ display: 'flex', flexDirection: 'column', gap: 20, width: TEXT_WIDTH }, [
				node({ fontSize: 30, fontWeight: 600, color: '#b3c7ff' }, kicker),
				node({ fontSize: title.length > 40 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }, clip(title, 90)),
				node({ fontSize: 30, lineHeight: 1.4, color: '#c0c2c7' }, clip(description, 200)),
			]),
			node({ display: 'flex', justifyContent: 'space-between', width: TEXT_WIDTH, fontSize: 26, color: '#888c96' }, [
				node({}, 'API Gateway Private Integrations'),
				node({}, 'An interactive guide'),
			]),
		],
	);
}
