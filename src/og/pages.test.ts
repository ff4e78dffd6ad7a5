import { expect, test } from 'vitest';
import { cardTree, clip } from './card.ts';
import { cardPath, cardSlug, kickerFor } from './pages.ts';

test('each page has one card address, named after its path under the base', () => {
	expect(cardPath(cardSlug('/'))).toBe('og/index.png');
	expect(cardPath(cardSlug(''))).toBe('og/index.png');
	expect(cardPath(cardSlug('chapters/04-scaling-private-integrations/'))).toBe('og/chapters/04-scaling-private-integrations.png');
	expect(cardPath(cardSlug('explorer/'))).toBe('og/explorer.png');
});

test('the kicker says which part of the guide a card is for', () => {
	expect(kickerFor('chapters/07-cross-account-private-integrations')).toBe('Chapter 7');
	expect(kickerFor('index')).toBe('Overview');
	expect(kickerFor('explorer')).toBe('Interactive explorer');
	expect(kickerFor('glossary')).toBe('Glossary');
	expect(kickerFor('embedding')).toBe('Guide');
});

test('long text is cut at a word so it fits the card', () => {
	expect(clip('short', 10)).toBe('short');
	expect(clip('one two three four', 12)).toBe('one two…');
	const tree = JSON.stringify(cardTree({ kicker: 'K', title: 'T', description: 'word '.repeat(100) }));
	expect(tree).toContain('…');
});
