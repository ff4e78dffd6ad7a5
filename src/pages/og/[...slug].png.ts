import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardPng } from '../../og/render.ts';
import { cardText } from '../../og/pages.ts';
import { pageTitleOf } from '../../templates/about.ts';
import { buildableSetups } from '../../templates/setups.ts';
import { slugOf } from '../../templates/slug.ts';
import { describeConfiguration } from '../../topology/describe.ts';

/** One social card per page of the guide (not the 404 page, nor the embeds, which are not shared as pages). */
export const getStaticPaths: GetStaticPaths = async () => {
	const entries = (await getCollection('docs')).filter((entry) => entry.id !== '404');
	return [
		...entries.map((entry) => ({ params: { slug: entry.id }, props: { title: entry.data.title, description: entry.data.description ?? '' } })),
		{
			params: { slug: 'explorer' },
			props: {
				title: 'Topology explorer',
				description: 'Choose an API type, a VPC link, a target and a backend, then follow a request and its response hop by hop to a private backend.',
			},
		},
		{
			params: { slug: 'templates' },
			props: { title: 'Templates for every setup', description: 'CloudFormation, CDK and Terraform for each private integration setup AWS supports, tested offline.' },
		},
		...buildableSetups().map((config) => ({
			params: { slug: `templates/${slugOf(config)}` },
			props: { title: pageTitleOf(config), description: `CloudFormation, CDK and Terraform that build it: ${describeConfiguration(config)}.` },
		})),
	];
};

export const GET: APIRoute = async ({ params, props }) =>
	new Response(Buffer.from(await cardPng(cardText(String(params.slug), props.title, props.description))), { headers: { 'Content-Type': 'image/png' } });
