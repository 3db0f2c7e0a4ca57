/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the source tree */
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

/**
 * The layout rules of docs/development.md, checked on the source: imports point down
 * (ClickSend node → actions → fields → sending → execution → validation → transport), no operation
 * file imports another (what operations share lives in their resource's shared.ts), and a
 * resource's index.ts only lists its operations.
 */

const root = resolve(__dirname, '..', '..');
const nodesDir = join(root, 'nodes');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return name.endsWith('.ts') ? [path] : [];
	});
}

interface Import {
	from: string;
	to: string;
}

const imports: Import[] = sourceFiles(nodesDir).flatMap((file) =>
	[...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((match) => ({
		from: relative(nodesDir, file),
		to: relative(nodesDir, resolve(dirname(file), match[1])),
	})),
);

/**
 * The layer of a module of the ClickSend node or the transport; lower = lower layer. A module may
 * import its own layer or a lower one.
 */
function layerOf(path: string): [string, number] {
	const parts = path.split('/');
	if (parts[0] === 'transport') return ['transport', 0];
	const layers: Record<string, number> = {
		validation: 1,
		execution: 2,
		sending: 3,
		// SMS → Send and Wait for Response: the rule, the resume URL, the node's webhook().
		waiting: 3.5,
		fields: 4,
		methods: 5,
		actions: 6,
	};
	return parts.length > 2 && parts[1] in layers ? [parts[1], layers[parts[1]]] : ['node', 7];
}

const inActionNode = (path: string) => /^(ClickSend|transport)\//.test(path);

describe('source layout', () => {
	it('finds the imports it checks', () => {
		expect(imports.length).toBeGreaterThan(500);
	});

	it('imports point down: node → actions → fields → sending → execution → validation → transport', () => {
		const upward = imports
			.filter(({ from, to }) => inActionNode(from) && inActionNode(to))
			.filter(({ from, to }) => {
				const [fromLayer, fromRank] = layerOf(from);
				const [toLayer, toRank] = layerOf(to);
				return fromLayer !== toLayer && toRank >= fromRank;
			})
			.map(({ from, to }) => `${from} → ${to}`);
		expect(upward).toEqual([]);
	});

	it("the three nodes share only nodes/transport (and ClickSendEvents: the triggers, and its output's event words for Send and Wait's waiting/)", () => {
		const across = imports
			.filter(({ from, to }) => {
				const [fromTop, toTop] = [from.split('/')[0], to.split('/')[0]];
				if (fromTop === toTop || toTop === 'transport') return false;
				return !(
					toTop === 'ClickSendEvents' &&
					((fromTop.startsWith('ClickSend') && fromTop.endsWith('Trigger')) ||
						(from.startsWith('ClickSend/waiting/') && to === 'ClickSendEvents/output'))
				);
			})
			.map(({ from, to }) => `${from} → ${to}`);
		expect(across).toEqual([]);
	});

	it('no operation file imports another operation file', () => {
		const between = imports
			.filter(({ from, to }) => from.endsWith('.operation.ts') && to.endsWith('.operation'))
			.map(({ from, to }) => `${from} → ${to}`);
		expect(between).toEqual([]);
	});

	it("a resource's index.ts imports only its operations (and the types)", () => {
		const other = imports
			.filter(({ from }) => /^ClickSend\/actions\/\w+\/index\.ts$/.test(from))
			.filter(({ from, to }) => {
				const own = dirname(from);
				return (
					!(dirname(to) === own && to.endsWith('.operation')) && to !== 'ClickSend/actions/types'
				);
			})
			.map(({ from, to }) => `${from} → ${to}`);
		expect(other).toEqual([]);
	});
});
