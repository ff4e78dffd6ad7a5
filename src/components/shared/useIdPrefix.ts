import { useId } from 'react';

/**
 * The prefix for every id inside an island: the page's own choice when it gives one, otherwise
 * the island's name and React's id, stripped of the characters that would need escaping inside
 * url(#…) references.
 */
export function useIdPrefix(idPrefix: string | undefined, island: string): string {
	const reactId = useId();
	return idPrefix ?? `${island}-${reactId.replace(/[^\w-]/g, '')}`;
}
