/**
 * Checks the sample tabs of a built page (dist/…/index.html) against the sample files, for an
 * end-to-end test over the build: every tab shows a marked region of its file, exactly, and links
 * to the whole file, which the build serves byte for byte. Pure: the caller reads the files.
 */
import { decodeEntities } from './decode-entities.ts';
import { fileRegions } from './sample-regions.ts';
import { lineCount, SAMPLE_KINDS } from './samples.ts';

export interface BuiltSampleTabsOptions {
	/** The site's base path, ending in a slash ("/" or e.g. "/guides/x/"). */
	base: string;
	/** A repository file's contents by its path from the repository root, or undefined. */
	source: (path: string) => string | undefined;
	/** A built file's contents by its URL path (with the base), or undefined if the build has none. */
	served: (urlPath: string) => string | undefined;
}

export interface BuiltSampleTab {
	label: string;
	/** The code block's title, e.g. `src/samples/cli/x.sh, lines 146–156`. */
	title: string;
	/** The excerpt as the page shows it, one entry per rendered line. */
	code: string;
	/** What the copy button copies. */
	copied: string;
	download: { href: string; fileName: string; text: string };
	/** Where the excerpt was fetched from, for a tab whose code the page leaves out until it shows. */
	deferred?: string;
}

const attribute = (tag: string, name: string) => {
	const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
	return match ? decodeEntities(match[1]!) : undefined;
};
const textOf = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));

/**
 * Each `<starlight-tabs>` on the page, as its tabs. A tab whose excerpt waits in a file of its own
 * (`<noscript data-deferred-code="<url>">`) is read from that file through `load`, as the page
 * would fetch it; without it, or when it cannot be read, that tab shows no code.
 */
export function builtSampleTabs(html: string, load: (urlPath: string) => string | undefined = () => undefined): BuiltSampleTab[][] {
	const groups = [...html.matchAll(/<starlight-tabs\b[\s\S]*?<\/starlight-tabs>/g)].map((match) => match[0]);
	return groups.map((group) => {
		const labels = [...group.matchAll(/<a\b[^>]*role="tab"[^>]*>([\s\S]*?)<\/a>/g)].map((match) => textOf(match[1]!).trim());
		const panels = group.split(/<div\b[^>]*role="tabpanel"[^>]*>/).slice(1);
		return panels.map((shown, index) => {
			const deferred = /<noscript data-deferred-code="([^"]+)"><\/noscript>/.exec(shown)?.[1];
			const file = deferred === undefined ? undefined : load(decodeEntities(deferred));
			const panel = file === undefined ? shown : `${(JSON.parse(file) as { html: string }).html}${shown}`;
			const lines = [...panel.matchAll(/<div class="ec-line"[^>]*><div class="code">([\s\S]*?)<\/div><\/div>/g)];
			const link = /<a\b[^>]*class="sample-download[^"]*"[^>]*>([\s\S]*?)<\/a>/.exec(panel);
			const copyButton = /<button\b[^>]*data-code="[^"]*"[^>]*>/.exec(panel)?.[0] ?? '';
			return {
				label: labels[index] ?? '',
				title: textOf(/<span class="title">([\s\S]*?)<\/span>/.exec(panel)?.[1] ?? '').trim(),
				// An empty line holds a bare newline.
				code: lines.map((line) => textOf(line[1]!).replace(/\n$/, '')).join('\n'),
				// Expressive Code stores the code's line breaks as U+007F.
				copied: (attribute(copyButton, 'data-code') ?? '').replaceAll('\u007f', '\n'),
				download: {
					href: link ? (attribute(link[0], 'href') ?? '') : '',
					fileName: link ? (attribute(link[0], 'download') ?? '') : '',
					text: link ? textOf(link[1]!).replace(/\s+/g, ' ').trim() : '',
				},
				...(deferred === undefined ? {} : { deferred: decodeEntities(deferred) }),
			};
		});
	});
}

/**
 * Everything wrong with the sample tabs of one built page, as readable sentences (none when all is
 * well). `page` names the page in them.
 */
export function checkBuiltSampleTabs(page: string, html: string, options: BuiltSampleTabsOptions): string[] {
	const problems: string[] = [];
	builtSampleTabs(html, options.served).forEach((tabs, group) => {
		const at = `${page}, sample tabs ${group + 1}`;
		const labels = tabs.map((tab) => tab.label);
		const expected = SAMPLE_KINDS.map((kind) => kind.label);
		if (labels.join('|') !== expected.join('|')) {
			problems.push(`${at}: tabs are ${JSON.stringify(labels)}, not ${JSON.stringify(expected)}`);
			return;
		}
		// Without scripts only the first tab can show: its code must be in the page.
		if (tabs[0]?.deferred) problems.push(`${at}: the first tab's code is not in the page`);
		tabs.forEach((tab, index) => {
			const { folder, extension, comment } = SAMPLE_KINDS[index]!;
			if (tab.deferred && options.served(tab.deferred) === undefined) problems.push(`${at}, ${tab.label}: the build has no ${tab.deferred}, where the tab's code waits`);
			const title = new RegExp(`^(src/samples/${folder}/([a-z0-9-]+)\\.${extension}), lines? (\\d+)(?:–(\\d+))?$`).exec(tab.title);
			if (!title) {
				problems.push(`${at}, ${tab.label}: the title "${tab.title}" does not name a ${folder} sample file and its lines`);
				return;
			}
			const [, path, name, first, last = first] = title as unknown as [string, string, string, string, string | undefined];
			const text = options.source(path);
			if (text === undefined) {
				problems.push(`${at}, ${tab.label}: ${path} does not exist`);
				return;
			}
			const region = [...fileRegions(text, comment, path).values()].find(
				(candidate) => candidate.firstLine === Number(first) && candidate.lastLine === Number(last),
			);
			if (!region) problems.push(`${at}, ${tab.label}: ${path} has no region on lines ${first}–${last}`);
			else {
				if (tab.code !== region.code) problems.push(`${at}, ${tab.label}: the code shown is not region "${region.name}" of ${path}`);
				if (tab.copied !== region.code) problems.push(`${at}, ${tab.label}: the copy button does not copy region "${region.name}" of ${path}`);
			}
			const fileName = `${name}.${extension}`;
			const href = `${options.base}samples/${name}/${fileName}`;
			if (tab.download.href !== href) problems.push(`${at}, ${tab.label}: the download link goes to "${tab.download.href}", not ${href}`);
			if (tab.download.fileName !== fileName) problems.push(`${at}, ${tab.label}: the download link saves as "${tab.download.fileName}", not ${fileName}`);
			if (!tab.download.text.includes(`${lineCount(text)} lines`)) {
				problems.push(`${at}, ${tab.label}: the download link "${tab.download.text}" does not say the file has ${lineCount(text)} lines`);
			}
			const served = options.served(href);
			if (served === undefined) problems.push(`${at}, ${tab.label}: the build has no ${href}`);
			else if (served !== text) problems.push(`${at}, ${tab.label}: ${href} differs from ${path}`);
		});
	});
	return problems;
}
