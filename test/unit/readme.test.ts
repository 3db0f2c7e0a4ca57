/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads README.md from the repository */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';
import { anchorsIn } from '../harness/markdown';

/** The README's operations table must list every resource and operation the node offers. */
const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const { properties } = new ClickSend().description;
const resources = (properties.find((p) => p.name === 'resource')!.options ??
	[]) as INodePropertyOptions[];

describe('README operations table', () => {
	it.each(resources.map((resource) => [resource.name, resource.value]))(
		'lists every operation of %s',
		(name, value) => {
			const row = readme.split('\n').find((line) => line.startsWith(`| ${name} |`));
			expect(row).toBeDefined();
			const selector = properties.find(
				(p: INodeProperties) =>
					p.name === 'operation' &&
					(p.displayOptions?.show?.resource as string[]).includes(value as string),
			)!;
			for (const operation of (selector.options ?? []) as INodePropertyOptions[]) {
				expect(row).toContain(operation.name);
			}
		},
	);
});

describe('README and docs/', () => {
	const root = join(__dirname, '..', '..');
	const pages = [
		'README.md',
		...readdirSync(join(root, 'docs'))
			.filter((file) => file.endsWith('.md'))
			.map((file) => `docs/${file}`),
	];

	it('the README stays under 600 lines', () => {
		expect(readme.split('\n').length).toBeLessThan(600);
	});

	it.each(pages)('every relative link of %s resolves (file and #anchor)', (page) => {
		const text = readFileSync(join(root, page), 'utf8');
		const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
			.map((match) => match[1])
			.filter((link) => !/^[a-z]+:/i.test(link));
		for (const link of links) {
			const [file, anchor] = link.split('#');
			const target = file ? join(root, dirname(page), file) : join(root, page);
			expect({ link, exists: existsSync(target) }).toEqual({ link, exists: true });
			if (anchor && target.endsWith('.md')) {
				expect({ link, anchor: anchorsIn(readFileSync(target, 'utf8')).has(anchor) }).toEqual({
					link,
					anchor: true,
				});
			}
		}
	});
});
