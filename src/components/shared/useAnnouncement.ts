import { useEffect, useRef, useState } from 'react';

/**
 * The text for an island's polite live region: empty until `text` first changes after hydration,
 * so the page does not speak when it loads, then each new value. With `settleMs`, a value is
 * announced only once it has held still that long, so typing "12000" speaks once.
 */
export function useAnnouncement(text: string, hydrated: boolean, settleMs = 0): string {
	const [announcement, setAnnouncement] = useState('');
	const seen = useRef<string | undefined>(undefined);
	useEffect(() => {
		if (!hydrated) return;
		if (seen.current === undefined) {
			seen.current = text;
			return;
		}
		if (seen.current === text) return;
		const announce = () => {
			seen.current = text;
			setAnnouncement(text);
		};
		if (settleMs <= 0) {
			announce();
			return;
		}
		const timer = window.setTimeout(announce, settleMs);
		return () => window.clearTimeout(timer);
	}, [text, hydrated, settleMs]);
	return announcement;
}
