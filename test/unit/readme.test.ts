/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads README.md from the repository */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';

/** The README's operations table must list every resource and operation the node offers. */
const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const { properties } = new ClickSend().description;
const resources = (properties.find((p) => p.name === 'resource')!.options ?? []) as INodePropertyOptions[];

describe('README operations table', () => {
	it.each(resources.map((resource) => [resource.name, resource.value]))('lists every operation of %s', (name, value) => {
		const row = readme.split('\n').find((line) => line.startsWith(`| ${name} |`));
		expect(row).toBeDefined();
		const selector = properties.find(
			(p: INodeProperties) => p.name === 'operation' && (p.displayOptions?.show?.resource as string[]).includes(value as string),
		)!;
		for (const operation of (selector.options ?? []) as INodePropertyOptions[]) {
			expect(row).toContain(operation.name);
		}
	});
});
