import { describe, expect, test } from 'vitest';
import { ExpressiveCode, loadShikiTheme } from '@astrojs/starlight/expressive-code';
import { toHtml, toText, type Element, type ElementContent } from '@astrojs/starlight/expressive-code/hast';
import { pluginSlimTokens, slimTokens, tokenStyles, withoutDefaultColours } from './slim-tokens.ts';

const DEFAULTS = ['#D6DEEB', '#403F53'];
const span = (style: string, ...children: ElementContent[]): ElementContent => ({
	type: 'element',
	tagName: 'span',
	properties: { style },
	children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });
const html = (nodes: ElementContent[]) => toHtml({ type: 'root', children: nodes });

describe('tokenStyles and withoutDefaultColours', () => {
	test('read a token style and drop only the colours that equal each theme default', () => {
		const styles = tokenStyles('--0:#D6DEEB;--1:#111111;--0fs:italic');
		expect([...styles]).toEqual([
			['--0', '#D6DEEB'],
			['--1', '#111111'],
			['--0fs', 'italic'],
		]);
		expect([...withoutDefaultColours(styles, ['#d6deeb', '#403f53'])]).toEqual([
			['--1', '#111111'],
			['--0fs', 'italic'],
		]);
		// A theme whose default is not a literal colour is never compared.
		expect(withoutDefaultColours(tokenStyles('--0:#D6DEEB'), [undefined]).size).toBe(1);
	});
});

describe('slimTokens', () => {
	test('unwraps default-coloured and whitespace spans and merges what then touches', () => {
		const line = [
			span('--0:#82AAFF;--1:#3B61B0', text('aws')),
			span('--0:#D6DEEB;--1:#403F53', text(' ')),
			span('--0:#ECC48D;--1:#3B61B0', text('apigatewayv2')),
			span('--0:#D6DEEB;--1:#403F53', text(' ')),
			span('--0:#ECC48D;--1:#3B61B0', text('get-vpc-link')),
			span('--0:#D6DEEB;--1:#403F53', text(' = ')),
		];
		expect(html(slimTokens(line, DEFAULTS))).toBe(
			'<span style="--0:#82AAFF;--1:#3B61B0">aws</span> <span style="--0:#ECC48D;--1:#3B61B0">apigatewayv2 get-vpc-link</span> = ',
		);
	});

	test('flattens nested spans, giving each piece of text the properties it inherited', () => {
		// Expressive Code nests where the two themes split a line differently.
		const line = [
			span('--1:#111111', span('--0:#FFCB8B', text('StackProps')), span('--0:#D9F5DD', text(')'))),
			span('--1:#403F53', span('--0:#D6DEEB', text(', ')), span('--0:#D7DBE0', text('id'))),
		];
		expect(html(slimTokens(line, DEFAULTS))).toBe(
			'<span style="--0:#FFCB8B;--1:#111111">StackProps</span><span style="--0:#D9F5DD;--1:#111111">)</span>, <span style="--0:#D7DBE0">id</span>',
		);
	});

	test('keeps whitespace that shows: underlined or with a background', () => {
		const line = [span('--0:#FF0000;--0td:underline', text('a')), span('--0:#FF0000;--0td:underline', text(' ')), span('--0:#00FF00', text(' '))];
		expect(html(slimTokens(line, DEFAULTS))).toBe('<span style="--0:#FF0000;--0td:underline">a </span> ');
	});

	test('unwraps the indentation span and keeps other elements, slimmed inside', () => {
		const indent: ElementContent = { type: 'element', tagName: 'span', properties: { className: ['indent'] }, children: [span('--0:#919F9F', text('\t'))] };
		const mark: ElementContent = { type: 'element', tagName: 'mark', properties: {}, children: [span('--0:#D6DEEB', text('x'))] };
		expect(html(slimTokens([indent, span('--0:#919F9F', text('# hi')), mark], DEFAULTS))).toBe('\t<span style="--0:#919F9F"># hi</span><mark>x</mark>');
	});

	test('never changes the text', () => {
		const line = [span('--0:#C792EA', text('const')), text(' '), span('--1:#403F53', span('--0:#82AAFF', text('a')), text(' = ')), span('--0:#F78C6C', text('1'))];
		expect(toText({ type: 'root', children: slimTokens(line, DEFAULTS) } as never)).toBe('const a = 1');
	});
});

/**
 * What a reader sees in each theme: every character of each line with its colour, font style,
 * weight, decoration and background, resolved the way Expressive Code's CSS does (the nearest
 * `--N…` property, else the block's default foreground); for whitespace, only what shows on it.
 */
function lookOfLines(root: Element, defaults: string[]): string[][] {
	const lines: string[][] = [];
	const walk = (node: ElementContent, inherited: Map<string, string>, line: string[]) => {
		if (node.type === 'text') {
			for (const character of node.value) {
				// Whitespace shows only an underline or a background.
				const shown = /\s/.test(character) ? ['td', 'bg'] : ['', 'fs', 'fw', 'td', 'bg'];
				const look = defaults.map((fg, n) =>
					shown.map((suffix) => inherited.get(`--${n}${suffix}`) ?? (suffix === '' ? fg : '')).join('/'),
				);
				line.push(`${character} ${look.join(' | ').toLowerCase()}`);
			}
		} else if (node.type === 'element') {
			const style = typeof node.properties.style === 'string' ? tokenStyles(node.properties.style) : new Map();
			for (const child of node.children) walk(child, new Map([...inherited, ...style]), line);
		}
	};
	const find = (node: Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (Array.isArray(child.properties.className) && child.properties.className.includes('code')) {
				const line: string[] = [];
				for (const part of child.children) walk(part, new Map(), line);
				lines.push(line);
			} else find(child);
		}
	};
	find(root);
	return lines;
}

describe('pluginSlimTokens in Expressive Code', () => {
	test('renders every character in the same colours with fewer elements, and the copy button keeps the exact code', async () => {
		const code = [
			'#!/usr/bin/env bash',
			'VPC_LINK_ID=$(aws apigatewayv2 create-vpc-link \\',
			'\t--name "$NAME-link" \\',
			'\t--subnet-ids "${SUBNET_IDS[@]}" \\',
			'\t--query VpcLinkId --output text)',
		].join('\n');
		const themes = await Promise.all([loadShikiTheme('night-owl'), loadShikiTheme('night-owl-light')]);
		const defaults = themes.map((theme) => theme.fg);
		const render = async (plugins: ReturnType<typeof pluginSlimTokens>[], language: string, source: string) => {
			const ec = new ExpressiveCode({ themes, defaultProps: { wrap: true }, plugins });
			const { renderedGroupAst } = await ec.render({ code: source, language });
			const rendered = toHtml(renderedGroupAst);
			return {
				look: lookOfLines(renderedGroupAst as Element, defaults),
				spans: /<code>(.*)<\/code>/s.exec(rendered)![1]!.match(/<span/g)!.length,
				copied: /data-code="([^"]*)"/.exec(rendered)?.[1],
			};
		};
		const typescript = "export class S extends Stack {\n\tconstructor(scope: Construct, id: string) {\n\t\tsuper(scope, id); // note\n\t}\n}";
		for (const [language, source] of [['sh', code], ['ts', typescript]] as const) {
			const plain = await render([], language, source);
			const slim = await render([pluginSlimTokens()], language, source);
			expect(slim.look).toEqual(plain.look);
			expect(slim.look.map((line) => line.length)).toEqual(source.split('\n').map((line) => line.length));
			expect(slim.spans).toBeLessThan(plain.spans * 0.7);
			expect(slim.copied).toBe(plain.copied);
		}
	});
});
