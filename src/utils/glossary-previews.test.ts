import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { definitionParts, glossaryPreviews } from './glossary-previews.ts';

const entry = (id: string, term: string, ...lines: string[]) => [`<dt id="${id}">${term}</dt>`, '<dd>', '', ...lines, '', '</dd>', ''].join('\n');

describe('glossaryPreviews reads each entry of the glossary', () => {
	test('the term and its definition, without the line saying where it is explained', () => {
		const mdx = [
			'Intro with a [link](/chapters/01/).',
			'',
			'<dl class="glossary">',
			'',
			entry(
				'subnet',
				'Subnet',
				'A range of IP addresses in a VPC, inside one [Availability Zone](#availability-zone).',
				'Explained in [chapter 4](/chapters/04-scaling-private-integrations/). Source: [Subnets](https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html)',
			),
			entry('cdk', 'AWS CDK', 'It **synthesizes** a template.', 'Used in chapters [5](/chapters/05/) and [7](/chapters/07/). Source: [CDK](https://docs.aws.amazon.com/cdk/v2/guide/home.html)'),
			entry('ec2', 'Amazon EC2', 'Virtual servers.', 'Built in [chapter 5](/chapters/05/). Source: [EC2](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/concepts.html)'),
			'</dl>',
		].join('\n');
		expect(glossaryPreviews(mdx)).toEqual({
			subnet: { term: 'Subnet', definition: ['A range of IP addresses in a VPC, inside one Availability Zone.'] },
			cdk: { term: 'AWS CDK', definition: ['It ', { strong: 'synthesizes' }, ' a template.'] },
			ec2: { term: 'Amazon EC2', definition: ['Virtual servers.'] },
		});
	});

	test('a definition written over several lines is one run of text', () => {
		const mdx = entry('stage', 'Stage', 'A named snapshot', 'of an API.', 'Explained in [chapter 2](/chapters/02/).');
		expect(glossaryPreviews(mdx).stage!.definition).toEqual(['A named snapshot of an API.']);
	});

	test('an entry without its "Explained in" line, or without a definition before it, fails the build with its id', () => {
		expect(() => glossaryPreviews(entry('nlb', 'NLB', 'A layer 4 load balancer.'))).toThrow(/"nlb".*Explained in/);
		expect(() => glossaryPreviews(entry('nlb', 'NLB', 'Explained in [chapter 1](/chapters/01/).'))).toThrow(/"nlb"/);
	});

	test('a term defined twice, or a <dt> not written as the entries are, fails the build', () => {
		const one = entry('alb', 'ALB', 'A load balancer.', 'Explained in [chapter 2](/chapters/02/).');
		expect(() => glossaryPreviews(one + one)).toThrow(/"alb" is defined twice/);
		expect(() => glossaryPreviews(`${one}<dt>Unnamed</dt>\n<dd>\n\nText.\n\n</dd>`)).toThrow(/2 <dt> elements but 1 entries/);
	});

	test('the glossary itself: every term has a preview, in plain words, code and bold only', () => {
		const mdx = readFileSync(new URL('../../content/glossary.mdx', import.meta.url), 'utf8');
		const previews = glossaryPreviews(mdx);
		expect(Object.keys(previews)).toEqual([...mdx.matchAll(/<dt id="([^"]+)"/g)].map((m) => m[1]));
		expect(previews.subnet!.term).toBe('Subnet');
		expect(previews['vpc-link-v2']!.definition[0]).toMatch(/^The current generation/);
		for (const { definition } of Object.values(previews)) expect(definition.map((part) => (typeof part === 'string' ? part : Object.values(part)[0])).join('')).not.toMatch(/Explained in|Source:|\]\(/);
	});
});

describe('definitionParts keeps what a small box can show', () => {
	test('links become their words, even when the words are code', () => {
		expect(definitionParts('alb', 'Through the ARN in [`integrationTarget`](#integration-target), to a [target group](#target-group).')).toEqual([
			'Through the ARN in ',
			{ code: 'integrationTarget' },
			', to a target group.',
		]);
	});

	test('inline code is kept as written, angle brackets included', () => {
		expect(definitionParts('execute-api', 'The service name `com.amazonaws.<region>.execute-api`.')).toEqual([
			'The service name ',
			{ code: 'com.amazonaws.<region>.execute-api' },
			'.',
		]);
	});

	test('Markdown or MDX it does not show fails with the term and the text', () => {
		expect(() => definitionParts('x', 'An *emphasised* word.')).toThrow(/"x".*"An \*emphasised\* word\."/);
		expect(() => definitionParts('x', 'A <abbr>tag</abbr>.')).toThrow(/"x"/);
		expect(() => definitionParts('x', 'An {expression}.')).toThrow(/"x"/);
		expect(() => definitionParts('x', '**bold with *nested* emphasis**')).toThrow(/"x"/);
	});
});
