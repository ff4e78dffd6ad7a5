import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { apacheConfig } from './apache.ts';
import { caddyConfig } from './caddy.ts';
import { headersFile } from './headers-file.ts';
import { inlineHashes } from './inline-hashes.ts';
import { nginxConfig } from './nginx.ts';
import { contentSecurityPolicy } from './policy.ts';
import { isEmbedPage, SERVER_CONFIG_FOLDER, siteRules, type BuiltPage, type SiteRules } from './site-rules.ts';

/** The server configurations the build writes into `_server/`, by file name (the Deploying page shows how to use each). */
export const SERVER_CONFIGS: Record<string, (rules: SiteRules) => string> = { 'nginx.conf': nginxConfig, 'caddy.conf': caddyConfig, 'apache.conf': apacheConfig };

/** Puts the policy first in the head, before any script it governs: a <meta> policy applies only to what follows it. */
export function withPolicyMeta(html: string, policy: string, file: string): string {
	const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
	if (!charset) throw new Error(`${file}: no <meta charset="utf-8"> to put the Content-Security-Policy after`);
	const end = charset.index + charset[0].length;
	return `${html.slice(0, end)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(end)}`;
}

/**
 * Security headers from the finished build. Runs after every other integration (list it last):
 * for each page it hashes the inline scripts and styles and writes the policy into the page as a
 * <meta>. Then it writes the same policy, plus frame-ancestors and the other security headers, for
 * the servers: `_headers` for the hosts that read that file, and configurations to include in
 * nginx, Caddy and Apache in `_server/`, all from the same rules (site-rules.ts).
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'security-headers',
		hooks: {
			'astro:config:setup': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = readdirSync(root, { withFileTypes: true, recursive: true })
					.filter((entry) => entry.isFile() && entry.name !== '_headers')
					.map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
				const pages: BuiltPage[] = [];
				for (const file of files.filter((name) => name.endsWith('.html'))) {
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const hashes = inlineHashes(html);
					writeFileSync(path, withPolicyMeta(html, contentSecurityPolicy(hashes), file));
					pages.push({ file, policy: contentSecurityPolicy(hashes, isEmbedPage(file) ? '*' : "'self'") });
				}
				const rules = siteRules(base, pages, files);
				writeFileSync(join(root, '_headers'), headersFile(rules));
				mkdirSync(join(root, SERVER_CONFIG_FOLDER), { recursive: true });
				for (const [name, config] of Object.entries(SERVER_CONFIGS)) writeFileSync(join(root, SERVER_CONFIG_FOLDER, name), config(rules));
				logger.info(`wrote a Content-Security-Policy into ${pages.length} pages, _headers, and nginx, Caddy and Apache configurations in ${SERVER_CONFIG_FOLDER}/`);
			},
		},
	};
}
