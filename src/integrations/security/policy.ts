import type { InlineHashes } from './inline-hashes.ts';

/**
 * The site's Content-Security-Policy. Everything comes from the site itself: no other host is
 * ever allowed. Inline scripts and styles are allowed one by one, by hash; `style` attributes
 * (Starlight, Expressive Code and the diagrams use them) are allowed as attributes only, which
 * cannot run script. Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'; nothing
 * else evaluates code.
 */
export function contentSecurityPolicy(hashes: InlineHashes, frameAncestors?: "'self'" | '*'): string {
	return [
		"default-src 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...hashes.scripts].join(' '),
		["style-src 'self'", ...hashes.styles].join(' '),
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		// Browsers ignore frame-ancestors in a <meta>, so only the header version carries it.
		...(frameAncestors ? [`frame-ancestors ${frameAncestors}`] : []),
	].join('; ');
}

/** The other security headers every response carries. */
export const SECURITY_HEADERS: ReadonlyArray<[name: string, value: string]> = [
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['X-Content-Type-Options', 'nosniff'],
	// The site uses none of these features, so no page, and nothing it frames, may ask for them.
	['Permissions-Policy', 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'],
];
