import type { CardText } from './card.ts';

/**
 * Which pages have a social card, and where it is: /og/<page>.png, where <page> is the page's path
 * under the base without its slashes ("index" for the front page).
 */

export function cardSlug(pathUnderBase: string): string {
	const trimmed = pathUnderBase.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? 'index' : trimmed;
}

export const cardPath = (slug: string) => `og/${slug}.png`;

/** A chapter's file name starts with its number: chapters/04-scaling-… is chapter 4. */
export function kickerFor(slug: string): string {
	const chapter = /^chapters\/0*(\d+)-/.exec(slug);
	if (chapter) return `Chapter ${chapter[1]}`;
	if (slug === 'index') return 'Overview';
	if (slug === 'explorer') return 'Interactive explorer';
	if (slug === 'glossary') return 'Glossary';
	if (slug.startsWith('templates')) return 'Templates';
	return 'Guide';
}

export function cardText(slug: string, title: string, description: string): CardText {
	return { kicker: kickerFor(slug), title, description };
}
