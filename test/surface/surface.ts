/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: reads and writes the snapshots in test/fixtures/ */
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type {
	ICredentialType,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeType,
} from 'n8n-workflow';

import { ClickSendRestApi } from '../../credentials/ClickSendRestApi.credentials';
import { ClickSend } from '../../nodes/ClickSend/ClickSend.node';
import { ClickSendPollingTrigger } from '../../nodes/ClickSendPollingTrigger/ClickSendPollingTrigger.node';
import { ClickSendTrigger } from '../../nodes/ClickSendTrigger/ClickSendTrigger.node';

/**
 * The public surface of the package: what saved workflows and credentials refer to. Every node and
 * the credential, every resource, operation, parameter (name, type, default, where it is shown),
 * option value and locator mode. Display names are recorded to make the snapshot readable, but only
 * values are frozen (see frozenFacts).
 */

export const FIXTURES = join(__dirname, '..', 'fixtures');
/** The live surface, rewritten by `npm run surface:update`. */
export const SURFACE_FILE = join(FIXTURES, 'surface.json');
/** The surface released as 1.0.0: never rewritten. Nothing in it may be removed or changed. */
export const BASELINE_FILE = join(FIXTURES, 'surface-1.0.0.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Parameter {
	name: string;
	type: string;
	displayName: string;
	default?: Json;
	multipleValues?: boolean;
	/** displayOptions other than resource and operation (those place the parameter). */
	show?: Record<string, Json[]>;
	hide?: Record<string, Json[]>;
	options?: Array<{ value: Json; name: string }>;
	modes?: Array<{ name: string; displayName: string }>;
	/** The fields of a collection, or the groups of a fixed collection. */
	values?: Parameter[];
	groups?: Array<{ name: string; displayName: string; values: Parameter[] }>;
}

export interface Operation {
	name: string;
	parameters: Parameter[];
}

export interface Resource {
	name: string;
	defaultOperation?: Json;
	operations: Record<string, Operation>;
	/** Shown for the resource whatever the operation. */
	parameters?: Parameter[];
}

export interface NodeSurface {
	displayName: string;
	version: Json;
	credentials: string[];
	defaultResource?: Json;
	resources?: Record<string, Resource>;
	/** Parameters not placed under a resource and operation. */
	parameters: Parameter[];
}

export interface Surface {
	credentials: Record<string, { displayName: string; parameters: Parameter[] }>;
	nodes: Record<string, NodeSurface>;
}

function conditions(
	condition: Record<string, unknown> | undefined,
	skip: string[],
): Record<string, Json[]> | undefined {
	if (!condition) return undefined;
	const kept = Object.entries(condition)
		.filter(([key]) => !skip.includes(key))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, values]) => [key, (Array.isArray(values) ? values : [values]) as Json[]]);
	return kept.length ? Object.fromEntries(kept) : undefined;
}

function parameterOf(property: INodeProperties, placed: string[] = []): Parameter {
	const parameter: Parameter = {
		name: property.name,
		type: property.type,
		displayName: property.displayName,
	};
	if (property.default !== undefined) parameter.default = property.default as Json;
	if (property.typeOptions?.multipleValues) parameter.multipleValues = true;
	const show = conditions(property.displayOptions?.show, placed);
	if (show) parameter.show = show;
	const hide = conditions(property.displayOptions?.hide, []);
	if (hide) parameter.hide = hide;
	if (property.type === 'options' || property.type === 'multiOptions') {
		parameter.options = ((property.options ?? []) as INodePropertyOptions[]).map((option) => ({
			value: option.value as Json,
			name: option.name,
		}));
	}
	if (property.type === 'collection') {
		parameter.values = ((property.options ?? []) as INodeProperties[]).map((field) =>
			parameterOf(field),
		);
	}
	if (property.type === 'fixedCollection') {
		parameter.groups = ((property.options ?? []) as INodePropertyCollection[]).map((group) => ({
			name: group.name,
			displayName: group.displayName,
			values: group.values.map((field) => parameterOf(field)),
		}));
	}
	if (property.type === 'resourceLocator') {
		parameter.modes = (property.modes ?? []).map((mode) => ({
			name: mode.name,
			displayName: mode.displayName,
		}));
	}
	return parameter;
}

function asList(values: unknown): string[] {
	return (Array.isArray(values) ? values : values === undefined ? [] : [values]).map(String);
}

/**
 * A node's description as its surface. Parameters shown for a resource and an operation are listed
 * under each resource/operation pair they are shown for; the others keep their order in
 * `parameters`.
 */
function nodeSurface(node: INodeType): NodeSurface {
	const { description } = node;
	const properties = description.properties;
	const surface: NodeSurface = {
		displayName: description.displayName,
		version: description.version as Json,
		credentials: (description.credentials ?? []).map((credential) => credential.name),
		parameters: [],
	};
	// Resources first, then the parameters outside them (key order is the order in the file).
	const withResources = (resources: Record<string, Resource>): NodeSurface => {
		const { parameters, ...rest } = surface;
		return { ...rest, resources, parameters };
	};
	const resourceSelector = properties.find(
		(property) => property.name === 'resource' && !property.displayOptions,
	);
	if (!resourceSelector) {
		surface.parameters = properties.map((property) => parameterOf(property));
		return surface;
	}
	surface.defaultResource = resourceSelector.default as Json;
	const resources: Record<string, Resource> = {};
	for (const option of (resourceSelector.options ?? []) as INodePropertyOptions[]) {
		resources[String(option.value)] = { name: option.name, operations: {} };
	}
	const resourceOf = (value: string): Resource =>
		(resources[value] ??= { name: `(not in the Resource list: ${value})`, operations: {} });
	const isOperationSelector = (property: INodeProperties) =>
		property.name === 'operation' &&
		property.displayOptions?.show?.resource !== undefined &&
		property.displayOptions.show.operation === undefined;
	for (const property of properties) {
		if (!isOperationSelector(property)) continue;
		for (const value of asList(property.displayOptions!.show!.resource)) {
			const resource = resourceOf(value);
			resource.defaultOperation = property.default as Json;
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				resource.operations[String(option.value)] = { name: option.name, parameters: [] };
			}
		}
	}
	for (const property of properties) {
		if (property === resourceSelector || isOperationSelector(property)) continue;
		const show = property.displayOptions?.show;
		const inResources = asList(show?.resource);
		const inOperations = asList(show?.operation);
		if (!inResources.length) {
			surface.parameters.push(parameterOf(property));
			continue;
		}
		for (const value of inResources) {
			const resource = resourceOf(value);
			if (!inOperations.length) {
				(resource.parameters ??= []).push(parameterOf(property, ['resource']));
				continue;
			}
			for (const operationValue of inOperations) {
				const operation = (resource.operations[operationValue] ??= {
					name: `(not in the Operation list: ${operationValue})`,
					parameters: [],
				});
				operation.parameters.push(parameterOf(property, ['resource', 'operation']));
			}
		}
	}
	return withResources(resources);
}

function credentialSurface(credential: ICredentialType) {
	return {
		displayName: credential.displayName,
		parameters: credential.properties.map((property) => parameterOf(property)),
	};
}

/** The surface of the code as it is now. */
export function liveSurface(): Surface {
	const credentials = [new ClickSendRestApi()];
	const nodes = [new ClickSend(), new ClickSendTrigger(), new ClickSendPollingTrigger()];
	return {
		credentials: Object.fromEntries(
			credentials.map((credential) => [credential.name, credentialSurface(credential)]),
		),
		nodes: Object.fromEntries(nodes.map((node) => [node.description.name, nodeSurface(node)])),
	};
}

/**
 * JSON with one line per value that fits in 100 columns (a parameter, an option), so that a diff
 * of the snapshot shows which parameter changed.
 */
export function formatSurface(value: unknown): string {
	const WIDTH = 100;
	const oneLine = (item: unknown): string => {
		if (Array.isArray(item)) return `[${item.map(oneLine).join(', ')}]`;
		if (item && typeof item === 'object') {
			const entries = Object.entries(item).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
			return entries.length ? `{ ${entries.join(', ')} }` : '{}';
		}
		return JSON.stringify(item);
	};
	const format = (item: unknown, indent: string, prefix: string): string => {
		const flat = oneLine(item);
		if (
			indent.length * 2 + prefix.length + flat.length <= WIDTH ||
			!item ||
			typeof item !== 'object'
		)
			return indent + prefix + flat;
		const inner = indent + '\t';
		if (Array.isArray(item)) {
			if (!item.length) return `${indent}${prefix}[]`;
			const lines = item.map((child) => format(child, inner, ''));
			return `${indent}${prefix}[\n${lines.join(',\n')}\n${indent}]`;
		}
		const lines = Object.entries(item).map(([key, child]) =>
			format(child, inner, `${JSON.stringify(key)}: `),
		);
		return `${indent}${prefix}{\n${lines.join(',\n')}\n${indent}}`;
	};
	return format(value, '', '') + '\n';
}

export function readSurface(file: string): Surface {
	return JSON.parse(readFileSync(file, 'utf8')) as Surface;
}

export function writeSurface(file: string, surface: Surface): void {
	writeFileSync(file, formatSurface(surface));
}

/** "when mode=binary, source=url" for one combination of display conditions. */
function whenCombinations(show: Record<string, Json[]> | undefined): string[] {
	let combinations = [''];
	for (const [key, values] of Object.entries(show ?? {})) {
		combinations = combinations.flatMap((prefix) =>
			values.map((value) => `${prefix}${prefix ? ', ' : ''}${key}=${JSON.stringify(value)}`),
		);
	}
	return combinations.map((combination) => (combination ? ` (when ${combination})` : ''));
}

function parameterFacts(context: string, parameter: Parameter, path = ''): string[] {
	// A notice carries no value: nothing saved refers to it.
	if (parameter.type === 'notice') return [];
	const name = `${path}${parameter.name}`;
	const hide = parameter.hide ? ` (hidden when ${JSON.stringify(parameter.hide)})` : '';
	return whenCombinations(parameter.show).flatMap((when) => {
		const at = `${context} › ${name}${when}${hide}`;
		const facts = [`${at}: type ${parameter.type}`];
		// n8n saves only the parameters that differ from their default, so a default is frozen too;
		// the tool description's default is the text an AI agent reads, reworded freely.
		if (parameter.default !== undefined && parameter.name !== 'toolDescription')
			facts.push(`${at}: default ${JSON.stringify(parameter.default)}`);
		if (parameter.multipleValues) facts.push(`${at}: multiple values`);
		for (const option of parameter.options ?? [])
			facts.push(`${at}: option ${JSON.stringify(option.value)}`);
		for (const mode of parameter.modes ?? []) facts.push(`${at}: mode ${mode.name}`);
		for (const value of parameter.values ?? [])
			facts.push(...parameterFacts(context, value, `${name}.`));
		for (const group of parameter.groups ?? []) {
			facts.push(`${at}: group ${group.name}`);
			for (const value of group.values)
				facts.push(...parameterFacts(context, value, `${name}.${group.name}.`));
		}
		return facts;
	});
}

/**
 * What must never change once released, one line each: node and credential type names, versions,
 * credentials a node uses, resource and operation values (and the defaults), parameter names,
 * types, defaults, option values, locator modes and the conditions under which each parameter
 * shows. Display names and descriptions are not in it: they may be reworded.
 */
export function frozenFacts(surface: Surface): string[] {
	const facts: string[] = [];
	for (const [type, credential] of Object.entries(surface.credentials)) {
		facts.push(`credential ${type}`);
		for (const parameter of credential.parameters)
			facts.push(...parameterFacts(`credential ${type}`, parameter));
	}
	for (const [type, node] of Object.entries(surface.nodes)) {
		facts.push(`node ${type}`, `node ${type}: version ${JSON.stringify(node.version)}`);
		for (const credential of node.credentials) facts.push(`node ${type}: credential ${credential}`);
		if (node.defaultResource !== undefined)
			facts.push(`node ${type}: default resource ${JSON.stringify(node.defaultResource)}`);
		for (const parameter of node.parameters)
			facts.push(...parameterFacts(`node ${type}`, parameter));
		for (const [resourceValue, resource] of Object.entries(node.resources ?? {})) {
			const resourceContext = `node ${type} › resource ${resourceValue}`;
			facts.push(resourceContext);
			if (resource.defaultOperation !== undefined)
				facts.push(
					`${resourceContext}: default operation ${JSON.stringify(resource.defaultOperation)}`,
				);
			for (const parameter of resource.parameters ?? [])
				facts.push(...parameterFacts(resourceContext, parameter));
			for (const [operationValue, operation] of Object.entries(resource.operations)) {
				const operationContext = `${resourceContext} › operation ${operationValue}`;
				facts.push(operationContext);
				for (const parameter of operation.parameters)
					facts.push(...parameterFacts(operationContext, parameter));
			}
		}
	}
	return facts;
}

export interface AddedOperation {
	node: string;
	resource: string;
	operation: string;
	/** What CHANGELOG.md's Unreleased section must name, e.g. "SMS → Send and Wait for Reply". */
	changelogName: string;
}

/** Operations of the live surface that the baseline does not have. */
export function operationsAddedSince(baseline: Surface, live: Surface): AddedOperation[] {
	const added: AddedOperation[] = [];
	for (const [type, node] of Object.entries(live.nodes)) {
		for (const [resourceValue, resource] of Object.entries(node.resources ?? {})) {
			for (const [operationValue, operation] of Object.entries(resource.operations)) {
				const before = baseline.nodes[type]?.resources?.[resourceValue]?.operations[operationValue];
				if (before) continue;
				added.push({
					node: type,
					resource: resourceValue,
					operation: operationValue,
					changelogName: `${resource.name} → ${operation.name}`,
				});
			}
		}
	}
	return added;
}

/** The text of CHANGELOG.md's `## [Unreleased]` section, whitespace collapsed, lower case. */
export function unreleasedChangelog(changelog: string): string {
	const start = changelog.indexOf('## [Unreleased]');
	if (start < 0) return '';
	const next = changelog.indexOf('\n## [', start + 1);
	return normalise(changelog.slice(start, next < 0 ? undefined : next));
}

export function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').toLowerCase();
}
