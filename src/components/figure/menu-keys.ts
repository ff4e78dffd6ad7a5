/**
 * Where focus goes in an open menu for a key, following the ARIA menu pattern: the arrows move
 * and wrap, Home and End jump to the ends. `undefined` means the key does not move focus.
 */
export function menuFocusIndex(key: string, current: number, count: number): number | undefined {
	if (count === 0) return undefined;
	switch (key) {
		case 'ArrowDown':
			return (current + 1) % count;
		case 'ArrowUp':
			return (current - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}
