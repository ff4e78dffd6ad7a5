import { describe, expect, test } from 'vitest';
import { diagramFilePath, diagramSlug, diagramUrl, normalizeBase, pagePath } from './diagram-names.ts';

describe('diagramSlug', () => {
	test('is lowercase ASCII letters, digits and single hyphens', () => {
		expect(diagramSlug('VPC link V1 and V2 request paths')).toBe('vpc-link-v1-and-v2-request-paths');
		expect(diagramSlug('  How an HTTP API reaches a Cloud Map service! ')).toBe('how-an-http-api-reaches-a-cloud-map-service');
		expect(diagramSlug('ALB & NLB — "targets" (v2)')).toBe('alb-nlb-targets-v2');
		expect(diagramSlug('Zürich → São Paulo')).toBe('zurich-sao-paulo');
	});

	test('cuts a long title at a word boundary, within 60 characters', () => {
		const slug = diagramSlug('Build 1 resources, REST API through a VPC link V2 to an internal ALB and ECS tasks');
		expect(slug).toBe('build-1-resources-rest-api-through-a-vpc-link-v2-to-an');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(diagramSlug('x'.repeat(80))).toBe('x'.repeat(60));
		// A title of exactly 60 characters is kept whole.
		expect(diagramSlug('a'.repeat(29) + ' ' + 'b'.repeat(30))).toBe(`${'a'.repeat(29)}-${'b'.repeat(30)}`);
	});

	test('falls back to "diagram" when nothing ASCII is left', () => {
		expect(diagramSlug('図')).toBe('diagram');
		expect(diagramSlug('')).toBe('diagram');
	});
});

describe('pagePath', () => {
	test('is the file path under content/, without extension', () => {
		expect(pagePath('content/chapters/02-http-api-private-integrations.mdx')).toBe('chapters/02-http-api-private-integrations');
		expect(pagePath('content/index.mdx')).toBe('index');
		expect(pagePath('content/glossary.md')).toBe('glossary');
	});

	test('is lowercase, as Starlight slugs are, and handles Windows separators', () => {
		expect(pagePath('content\\Chapters\\My Page.MDX')).toBe('chapters/my-page');
	});

	test('uses the path under src/pages/ for a plain Astro page, and the project path otherwise', () => {
		expect(pagePath('src/pages/chapter.mdx')).toBe('chapter');
		expect(pagePath('docs/guide/intro.md')).toBe('docs/guide/intro');
	});
});

describe('diagram file paths and URLs', () => {
	test('put both themes under diagrams/<page>/', () => {
		expect(diagramFilePath('chapters/02-x', 'flow', 'light')).toBe('diagrams/chapters/02-x/flow-light.svg');
		expect(diagramFilePath('chapters/02-x', 'flow', 'dark')).toBe('diagrams/chapters/02-x/flow-dark.svg');
	});

	test('are root-relative, under the base, and percent-encoded', () => {
		expect(diagramUrl('/', 'diagrams/index/a-light.svg')).toBe('/diagrams/index/a-light.svg');
		expect(diagramUrl('/guides/x/', 'diagrams/index/a-light.svg')).toBe('/guides/x/diagrams/index/a-light.svg');
		expect(diagramUrl('/', 'diagrams/café/a-light.svg')).toBe('/diagrams/caf%C3%A9/a-light.svg');
	});

	test("Astro's base becomes a prefix that starts and ends with a slash", () => {
		expect(normalizeBase(undefined)).toBe('/');
		expect(normalizeBase('/')).toBe('/');
		expect(normalizeBase('/guides/x')).toBe('/guides/x/');
		expect(normalizeBase('guides/x/')).toBe('/guides/x/');
	});
});
