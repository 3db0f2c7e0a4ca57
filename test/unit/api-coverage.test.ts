/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads docs/ and the node's source from the repository */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';
import { specOperations } from '../harness/stand-in';

/**
 * docs/api-coverage.md accounts for every operation of ClickSend's spec: this keeps it true
 * against the spec, the node's description and the operations' source.
 */
const root = join(__dirname, '..', '..');
const table = readFileSync(join(root, 'docs', 'api-coverage.md'), 'utf8');
const ROW = /^\| (GET|POST|PUT|DELETE|PATCH) \| `([^`]+)` \| [^|]* \| (.+) \|$/;
const rows = table
	.split('\n')
	.map((line) => ROW.exec(line))
	.filter((match): match is RegExpExecArray => match !== null)
	.map(([, method, path, offeredAs]) => ({ key: `${method} ${path}`, path, offeredAs }));

/** The node's resources and operations as the editor shows them: display name → { name → value }. */
const { properties } = new ClickSend().description;
const resourceOptions = properties.find((p) => p.name === 'resource')!
	.options as INodePropertyOptions[];
const operationsOf = new Map<string, { value: string; operations: INodePropertyOptions[] }>(
	resourceOptions.map((resource) => [
		resource.name,
		{
			value: resource.value as string,
			operations: properties.find(
				(p: INodeProperties) =>
					p.name === 'operation' &&
					(p.displayOptions?.show?.resource as string[]).includes(resource.value as string),
			)!.options as INodePropertyOptions[],
		},
	]),
);

/**
 * The `Resource → Operation` claims of a cell: before each arrow the longest resource name the
 * text ends with, after it the longest operation name of that resource it starts with.
 */
function claimsOf(cell: string): Array<{ claim: string; found: boolean; id?: string }> {
	const parts = cell.split(' → ');
	return parts.slice(1).map((after, index) => {
		const before = parts[index];
		const resource = [...operationsOf.keys()]
			.filter(
				(name) => before === name || before.endsWith(` ${name}`) || before.endsWith(`;${name}`),
			)
			.sort((a, b) => b.length - a.length)[0];
		const operation = resource
			? operationsOf
					.get(resource)!
					.operations.map((op) => op.name)
					.filter((name) => after === name || new RegExp(`^${name}(?=[ ;(,]|$)`).test(after))
					.sort((a, b) => b.length - a.length)[0]
			: undefined;
		const claim = `${before.split(/[;(]/).pop()!.trim()} → ${after.split(/[;(]/)[0].trim()}`;
		return resource && operation
			? { claim, found: true, id: `${resource} → ${operation}` }
			: { claim, found: false };
	});
}

describe('docs/api-coverage.md', () => {
	it('lists every operation of the spec exactly once, and nothing else', async () => {
		const spec = (await specOperations()).map(
			(operation) => `${operation.method.toUpperCase()} ${operation.path.replace(/^\/v3/, '')}`,
		);
		expect(spec).toHaveLength(201);
		const listed = rows.map((row) => row.key);
		expect(new Set(listed).size).toBe(listed.length);
		expect([...listed].sort()).toEqual([...spec].sort());
	});

	it('every row is offered by something or says why not', () => {
		for (const row of rows) {
			const notOffered = /^not offered: \S/.test(row.offeredAs);
			expect({ row: row.key, ok: notOffered || !row.offeredAs.startsWith('not offered') }).toEqual({
				row: row.key,
				ok: true,
			});
			if (!notOffered) expect(row.offeredAs.length).toBeGreaterThan(5);
		}
	});

	it('every "Resource → Operation" a row names exists in the node', () => {
		const unknown = rows.flatMap((row) =>
			claimsOf(row.offeredAs)
				.filter((claim) => !claim.found)
				.map((claim) => `${row.key}: ${claim.claim}`),
		);
		expect(unknown).toEqual([]);
	});

	it('every operation of the node is named in at least one row', () => {
		const named = new Set(rows.flatMap((row) => claimsOf(row.offeredAs).map((claim) => claim.id)));
		const missing = [...operationsOf].flatMap(([resource, { operations }]) =>
			operations.map((op) => `${resource} → ${op.name}`).filter((id) => !named.has(id)),
		);
		expect(missing).toEqual([]);
	});

	it("every spec path in an operation's source is given to that operation in the table (one in a resource's shared.ts to one of its operations)", async () => {
		const specPaths = [...new Set(rows.map((row) => row.path))];
		const segments = (path: string) => path.replace(/\/$/, '').split('/');
		/** How well a path written in the source fits a spec path: -1 no fit; equal segments count most, then `${id}` on a spec parameter. */
		const fit = (literal: string, spec: string) => {
			const [a, b] = [segments(literal), segments(spec)];
			if (a.length !== b.length) return -1;
			let score = 0;
			for (let i = 0; i < a.length; i++) {
				const parameter = /^\{\w+\}$/.test(b[i]);
				if (a[i] === b[i]) score += 2;
				else if (a[i] === '{}' && parameter) score += 1;
				else if (a[i] !== '{}' && !parameter) return -1;
			}
			return score;
		};
		/** The spec paths the path literals of a source file fit best. */
		const specPathsIn = (source: string) =>
			[...source.matchAll(/['`](\/[a-z][\w/${}.-]*)['`]/g)].flatMap((match) => {
				const literal = match[1].replace(/\$\{[^}]*\}/g, '{}');
				const best = Math.max(...specPaths.map((spec) => fit(literal, spec)));
				if (best < 0) return [];
				return specPaths
					.filter((spec) => fit(literal, spec) === best)
					.map((path) => ({ path, literal }));
			});
		const actions = join(root, 'nodes', 'ClickSend', 'actions');
		const problems: string[] = [];
		let checked = 0;
		for (const folder of readdirSync(actions, { withFileTypes: true }).filter((d) =>
			d.isDirectory(),
		)) {
			const resource = [...operationsOf].find(([, r]) => r.value === folder.name)?.[0];
			expect({ folder: folder.name, resource: resource !== undefined }).toEqual({
				folder: folder.name,
				resource: true,
			});
			const operationIds = new Set(
				operationsOf.get(resource!)!.operations.map((op) => `${resource} → ${op.name}`),
			);
			for (const file of readdirSync(join(actions, folder.name)).filter(
				(f) => f.endsWith('.operation.ts') || f === 'shared.ts',
			)) {
				const source = readFileSync(join(actions, folder.name, file), 'utf8');
				// What shared.ts calls belongs to the resource: one of its operations must have it.
				let owners = operationIds;
				if (file !== 'shared.ts') {
					// eslint-disable-next-line @typescript-eslint/no-require-imports
					const module = require(join(actions, folder.name, file)) as { option: { name: string } };
					owners = new Set([`${resource} → ${module.option.name}`]);
				}
				for (const spec of specPathsIn(source)) {
					checked++;
					const given = rows.some(
						(row) =>
							row.path === spec.path &&
							claimsOf(row.offeredAs).some(
								(claim) => claim.id !== undefined && owners.has(claim.id),
							),
					);
					if (!given)
						problems.push(
							`${[...owners].join(' or ')} calls ${spec.path} (${spec.literal} in ${folder.name}/${file})`,
						);
				}
			}
		}
		expect(problems).toEqual([]);
		expect(checked).toBeGreaterThan(100);
	});
});
