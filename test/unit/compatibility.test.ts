/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the repository's own files */
import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The tested n8n lines are listed once, in scripts/lib/n8n-lines.js (provisioning, the e2e suites
 * and .ci/run read it). The GitHub workflow's e2e matrix and the README's Compatibility section
 * must name the same lines.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { N8N_LINES } = require('../../scripts/lib/n8n-lines') as {
	N8N_LINES: Array<{ version: string; node: number; role: string; suite: string }>;
};

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

describe('the tested n8n lines', () => {
	it('are the GitHub workflow e2e matrix, in the same order', () => {
		const workflow = read('.github/workflows/ci.yml');
		const matrix = /^ {8}n8n: \[(.*)\]$/m.exec(workflow);
		expect(matrix).not.toBeNull();
		const versions = matrix![1].split(',').map((entry) => entry.trim().replace(/'/g, ''));
		expect(versions).toEqual(N8N_LINES.map((line) => line.version));
	});

	it('one of them runs the full suite, the newest 2.x', () => {
		expect(N8N_LINES.filter((line) => line.suite === 'full').map((line) => line.role)).toEqual([
			'newest 2.x',
		]);
	});

	it.each(N8N_LINES.map((line) => [line.version, line.node]))(
		'n8n %s on Node %s is a row of the README Compatibility table',
		(version, node) => {
			const readme = read('README.md');
			const section = readme.slice(
				readme.indexOf('## Compatibility'),
				readme.indexOf('\n## ', readme.indexOf('## Compatibility') + 5),
			);
			const row = section.split('\n').find((line) => line.startsWith(`| ${version} |`));
			expect(row).toBeDefined();
			expect(row).toContain(`Node ${node}`);
		},
	);
});
