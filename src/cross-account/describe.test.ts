import { expect, test } from 'vitest';
import { describeConfiguration, describeDiagram } from './describe.ts';
import { allConfigurations } from './rules.ts';

test('each configuration is put into words that name both accounts', () => {
	for (const config of allConfigurations()) {
		for (const words of [describeConfiguration(config), describeDiagram(config)]) {
			expect(words).toContain('111111111111');
			expect(words).toContain('222222222222');
		}
	}
});

test('the words say which configurations are documented, inferred or impossible', () => {
	expect(describeConfiguration({ pattern: 'backend', via: 'http-api' })).toMatch(/the pattern AWS documents/);
	expect(describeConfiguration({ pattern: 'backend', via: 'rest-api' })).toMatch(/\(inferred\)/);
	expect(describeConfiguration({ pattern: 'backend', via: 'direct-link' })).toMatch(/\(not possible\)/);
});

test('the description of the drawing says where the request changes accounts', () => {
	expect(describeDiagram({ pattern: 'backend', via: 'http-api' })).toMatch(/crosses to the provider’s endpoint service over AWS PrivateLink/);
	expect(describeDiagram({ pattern: 'private-api', via: 'http-api' })).toMatch(/crosses to the provider’s private API over AWS PrivateLink/);
	// The refused link is drawn as the documented path, and described as such.
	expect(describeDiagram({ pattern: 'backend', via: 'direct-link' })).toBe(describeDiagram({ pattern: 'backend', via: 'http-api' }));
});
