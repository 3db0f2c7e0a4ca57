/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- reads the codex files and package.json from the repository */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type {
	INode,
	INodeParameters,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
	INodeTypes,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { ClickSendRestApi } from '../../credentials/ClickSendRestApi.credentials';
import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';
import { ClickSendPollingTrigger } from '../../nodes/ClickSendPollingTrigger/ClickSendPollingTrigger.node';
import { ClickSendTrigger } from '../../nodes/ClickSendTrigger/ClickSendTrigger.node';
import { anchorsIn } from '../harness/markdown';

/**
 * The editor conventions of docs/development.md ("Editor conventions"), checked on every text the
 * editor shows of the three nodes and the credential: Title Case names, sentence-case
 * descriptions and actions, "a"/"an" before the right words, one action style for sends, price
 * checks and Get Many, and "Docs" links that open this repository's own pages.
 */

const root = join(__dirname, '..', '..');

/** Lower case inside a name unless first or last word (n8n's own: "Mark as Read", "Copy to List"). */
const SMALL_WORDS = new Set('a an and as at by for in of on or per the to via vs with'.split(' '));
/** Names written with a capital inside the word. */
const BRANDS = new Set(['ClickSend']);
/** ClickSend's product names, which keep their capitals inside a sentence. */
const PRODUCT_NAMES = ['Email to SMS'];

type Kind = 'name' | 'sentence' | 'action';

interface Text {
	kind: Kind;
	text: string;
	/** Where the editor shows it, for the failure message. */
	where: string;
}

const words = (text: string) =>
	text
		.replace(/[()"“”,.:;!?…]/g, ' ')
		.split(/\s+/)
		.filter(Boolean);

/** Why `name` is not Title Case, or undefined when it is. */
export function titleCaseProblem(name: string): string | undefined {
	const list = words(name);
	for (const [index, word] of list.entries()) {
		for (const part of word.split(/[-/]/).filter(Boolean)) {
			if (!/^[A-Za-z]/.test(part)) continue;
			const inner = index > 0 && index < list.length - 1;
			if (SMALL_WORDS.has(part.toLowerCase()) && part === word) {
				if (inner && part !== part.toLowerCase()) return `"${part}" is a small word: lower case`;
				if (!inner && !/^[A-Z]/.test(part)) return `"${part}" starts or ends the name: capital`;
				continue;
			}
			if (!/^[A-Z]/.test(part)) return `"${part}" must start with a capital`;
			if (/[a-z][A-Z]/.test(part) && !BRANDS.has(part.replace(/'s$/, '')))
				return `"${part}" is written like a value, not a name`;
		}
	}
	return undefined;
}

/** Why `text` is not a sentence-case description, or undefined when it is. */
export function sentenceProblem(text: string): string | undefined {
	if (!/^[A-Z0-9"'(+<]/.test(text)) return 'must start with a capital letter';
	const letters = words(text).filter((word) => /^[A-Za-z]/.test(word));
	if (letters.length >= 3 && letters.every((word) => /^[A-Z]/.test(word)))
		return 'is Title Case: write it as a sentence';
	return undefined;
}

/** Why `action` is not a sentence-case action, or undefined when it is. */
export function actionProblem(action: string): string | undefined {
	const problem = sentenceProblem(action);
	if (problem) return problem;
	const afterFirst = PRODUCT_NAMES.reduce(
		(text, product) => text.split(product).join('product'),
		words(action).slice(1).join(' '),
	);
	for (const word of words(afterFirst)) {
		const acronym = /^[A-Z]{2,}s?$/.test(word);
		if (/^[A-Z]/.test(word) && !acronym && !BRANDS.has(word.replace(/'s$/, '')))
			return `"${word}" must be lower case (sentence case)`;
	}
	return undefined;
}

/** Letters whose names start with a vowel sound: "an SMS", "an MMS", "an API key". */
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';

/** Why "a"/"an" is wrong somewhere in `text`, or undefined. */
export function articleProblem(text: string): string | undefined {
	const list = text.split(/\s+/);
	for (let index = 0; index < list.length - 1; index++) {
		const article = list[index].toLowerCase();
		if (article !== 'a' && article !== 'an') continue;
		const next = list[index + 1].replace(/^["“(]/, '');
		if (!/^[A-Za-z]/.test(next)) continue;
		const acronym = /^[A-Z]{2,}/.test(next);
		const vowel = acronym
			? VOWEL_SOUND_LETTERS.includes(next[0])
			: /^[aeiou]/i.test(next) && !/^(one|use|user|uni|eu)/i.test(next);
		if (vowel && article === 'a') return `"a ${next}": write "an ${next}"`;
		if (!vowel && article === 'an') return `"an ${next}": write "a ${next}"`;
	}
	return undefined;
}

function isOption(entry: unknown): entry is INodePropertyOptions {
	return typeof entry === 'object' && entry !== null && 'value' in entry && !('type' in entry);
}

function isGroup(entry: unknown): entry is INodePropertyCollection {
	return typeof entry === 'object' && entry !== null && 'values' in entry;
}

/** Every text of `properties` the editor shows, with what it is. */
function textsOf(properties: INodeProperties[], path: string): Text[] {
	const texts: Text[] = [];
	for (const property of properties) {
		const where = `${path} › ${property.name}`;
		if (property.name === 'toolDescription') continue; // what an AI agent reads, not a label
		texts.push({
			kind: property.type === 'notice' ? 'sentence' : 'name',
			text: property.displayName,
			where,
		});
		if (property.description) texts.push({ kind: 'sentence', text: property.description, where });
		if (property.hint) texts.push({ kind: 'sentence', text: property.hint, where });
		if (
			property.placeholder &&
			(property.type === 'collection' || property.type === 'fixedCollection')
		)
			texts.push({ kind: 'name', text: String(property.placeholder), where: `${where} (button)` });
		for (const mode of property.modes ?? [])
			texts.push({ kind: 'name', text: mode.displayName, where: `${where} › mode ${mode.name}` });
		for (const entry of property.options ?? []) {
			if (isOption(entry)) {
				const at = `${where} › option ${String(entry.value)}`;
				texts.push({ kind: 'name', text: entry.name, where: at });
				if (entry.description) texts.push({ kind: 'sentence', text: entry.description, where: at });
				if (entry.action) texts.push({ kind: 'action', text: entry.action, where: at });
			} else if (isGroup(entry)) {
				texts.push({ kind: 'name', text: entry.displayName, where: `${where} › ${entry.name}` });
				texts.push(...textsOf(entry.values, `${where} › ${entry.name}`));
			} else {
				texts.push(...textsOf([entry as INodeProperties], where));
			}
		}
	}
	return texts;
}

const nodes: INodeTypeDescription[] = [
	new ClickSend().description,
	new ClickSendTrigger().description,
	new ClickSendPollingTrigger().description,
];
const credential = new ClickSendRestApi();

const texts: Text[] = [
	...nodes.flatMap((node) => [
		{ kind: 'name' as const, text: node.displayName, where: node.name },
		{ kind: 'sentence' as const, text: node.description, where: node.name },
		...textsOf(node.properties, node.name),
	]),
	{ kind: 'name', text: credential.displayName, where: credential.name },
	...textsOf(credential.properties, credential.name),
];

const CHECKS: Record<Kind, (text: string) => string | undefined> = {
	name: titleCaseProblem,
	sentence: sentenceProblem,
	action: actionProblem,
};

describe('editor conventions: capitalisation and wording', () => {
	it('finds the texts it checks', () => {
		expect(texts.filter((text) => text.kind === 'name').length).toBeGreaterThan(400);
		expect(texts.filter((text) => text.kind === 'action').length).toBeGreaterThan(100);
	});

	it('names are Title Case; descriptions, notices, hints and actions are sentence case', () => {
		const wrong = texts
			.map(({ kind, text, where }) => ({ where, text, problem: CHECKS[kind](text) }))
			.filter(({ problem }) => problem);
		expect(wrong).toEqual([]);
	});

	it('"a" and "an" agree with the word after them ("an SMS", "a fax")', () => {
		const wrong = texts
			.map(({ text, where }) => ({ where, text, problem: articleProblem(text) }))
			.filter(({ problem }) => problem);
		expect(wrong).toEqual([]);
	});

	it('sends, price checks and Get Many have one action style ("Send an SMS", "Calculate the price of a fax", "Get many contacts")', () => {
		const operations = nodes[0].properties
			.filter((property) => property.name === 'operation')
			.flatMap((property) => property.options as INodePropertyOptions[]);
		const style: Record<string, RegExp> = {
			send: /^Send an? /,
			calculatePrice: /^Calculate the price of an? /,
			getAll: /^Get many /,
		};
		const wrong = operations
			.filter(({ value }) => String(value) in style)
			.filter(({ value, action }) => !style[String(value)].test(action ?? ''))
			.map(({ value, action }) => `${String(value)}: "${action}"`);
		expect(wrong).toEqual([]);
	});

	it('the rules catch what they guard', () => {
		expect(titleCaseProblem('Mark As Read')).toBeDefined();
		expect(titleCaseProblem('Add option')).toBeDefined();
		expect(titleCaseProblem('WaitApproval')).toBeDefined();
		expect(titleCaseProblem('Max Messages Per Run')).toBeDefined();
		expect(titleCaseProblem('Mark as Read')).toBeUndefined();
		expect(titleCaseProblem('One Item per Sub-Account')).toBeUndefined();
		expect(titleCaseProblem('Send To')).toBeUndefined();
		expect(sentenceProblem('the contact list')).toBeDefined();
		expect(sentenceProblem('The Contact List To Use')).toBeDefined();
		expect(sentenceProblem('The contact list to use')).toBeUndefined();
		expect(actionProblem('Send An Email')).toBeDefined();
		expect(actionProblem('Send an SMS via ClickSend')).toBeUndefined();
		expect(actionProblem('Get many Email to SMS allowed addresses')).toBeUndefined();
		expect(actionProblem('Get many Allowed addresses')).toBeDefined();
		expect(articleProblem('Send a SMS')).toBeDefined();
		expect(articleProblem('Send an fax')).toBeDefined();
		expect(articleProblem('Send an MMS, a fax, an email or a user')).toBeUndefined();
	});
});

/** A node's canvas subtitle for the given parameters, evaluated by n8n's expression engine as the editor does. */
function subtitleOf(node: INodeTypeDescription, parameters: INodeParameters): string {
	const workflowNode: INode = {
		id: 'n',
		name: node.displayName,
		type: node.name,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
	const nodeTypes = {
		getByName: () => ({ description: node }),
		getByNameAndVersion: () => ({ description: node }),
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const workflow = new Workflow({
		nodes: [workflowNode],
		connections: {},
		active: false,
		nodeTypes,
	});
	return String(
		workflow.expression.getSimpleParameterValue(workflowNode, node.subtitle, 'internal', {}),
	);
}

describe('editor conventions: canvas subtitles', () => {
	it.each(nodes.slice(1).map((node) => [node.name, node]))(
		"%s: the subtitle is the chosen event's action, never its saved value",
		(_, node) => {
			const events = node.properties.find((property) => property.name === 'event')!
				.options as INodePropertyOptions[];
			for (const event of events) {
				expect(subtitleOf(node, { event: event.value as string })).toBe(event.action);
				expect(event.action).toMatch(/^On /);
			}
		},
	);

	it("ClickSend: the subtitle is the operation's action, for every operation", () => {
		expect(subtitleOf(nodes[0], { resource: 'sms', operation: 'send' })).toBe('Send an SMS');
		const selectors = nodes[0].properties.filter((property) => property.name === 'operation');
		let checked = 0;
		for (const selector of selectors) {
			const [resource] = selector.displayOptions!.show!.resource as string[];
			for (const { value, action } of selector.options as INodePropertyOptions[]) {
				expect(subtitleOf(nodes[0], { resource, operation: value as string })).toBe(action);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(100);
	});
});

describe('editor conventions: "Docs" links open our own docs', () => {
	const repository = (
		JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
			repository: { url: string };
		}
	).repository.url
		.replace(/^git\+/, '')
		.replace(/\.git$/, '');
	const prefix = `${repository}/blob/main/`;
	const codexLinks = (node: string) => {
		const codex = JSON.parse(
			readFileSync(join(root, 'nodes', node, `${node}.node.json`), 'utf8'),
		) as { resources: Record<string, Array<{ url: string }>> };
		return [
			...codex.resources.primaryDocumentation.map(({ url }) => [`${node} (Docs)`, url]),
			...codex.resources.credentialDocumentation.map(({ url }) => [`${node} (credential)`, url]),
		];
	};
	const links = [
		...['ClickSend', 'ClickSendTrigger', 'ClickSendPollingTrigger'].flatMap(codexLinks),
		['credential documentationUrl', credential.documentationUrl],
	];

	it('the repository is https://github.com/<owner>/<name>', () => {
		expect(repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
	});

	it.each(links)('%s links to a page (and heading) of this repository: %s', (_, url) => {
		expect(url.startsWith(prefix)).toBe(true);
		const [file, anchor] = url.slice(prefix.length).split('#');
		expect(existsSync(join(root, file))).toBe(true);
		if (anchor) expect(anchorsIn(readFileSync(join(root, file), 'utf8')).has(anchor)).toBe(true);
	});

	it('each node has its own Docs link and a credential link', () => {
		expect(links.filter(([where]) => where.endsWith('(Docs)'))).toHaveLength(3);
		expect(links.filter(([where]) => where.endsWith('(credential)'))).toHaveLength(3);
	});
});
