import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';

import { assertNumericId, toUnixSeconds } from './validation';

/**
 * Building blocks for the fields and routing of declarative operations, shared by every
 * resource: display options, preSend hooks (input checks, dates as Unix seconds), resource
 * locators over numeric IDs, Simplify, and output pairing.
 */

export function showFor(resource: string, operations: string[], extra: IDisplayOptions['show'] = {}): IDisplayOptions {
	return { show: { resource: [resource], operation: operations, ...extra } };
}

export interface IdLocator {
	displayName: string;
	name: string;
	displayOptions: IDisplayOptions;
	description: string;
	/** listSearch method of the "From List" mode. */
	searchListMethod: string;
	/** An example ID, e.g. 428. */
	exampleId: string;
	/** What the ID is of, e.g. "list". */
	what: string;
}

/** A required resource locator over numeric ClickSend IDs: pick from a list, or give the ID. */
export function idLocatorField(locator: IdLocator): INodeProperties {
	return {
		displayName: locator.displayName,
		name: locator.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: locator.displayOptions,
		description: locator.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: locator.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${locator.exampleId}`,
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*\\d+\\s*$', errorMessage: `A ${locator.what} ID is a number, e.g. ${locator.exampleId}` },
					},
				],
			},
		],
	};
}

export type PreSend = (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** Adds preSend hooks (input checks, computed fields) before an operation's own. */
export function withPreSend(routing: INodePropertyRouting, ...preSend: PreSend[]): INodePropertyRouting {
	return { ...routing, send: { ...routing.send, preSend: [...preSend, ...(routing.send?.preSend ?? [])] } };
}

/**
 * preSend: reads a date parameter (e.g. `filters.dateFrom`), checks it, and sends it as Unix
 * seconds in the query string or body under `key`. Empty = not sent.
 */
export function unixTimeParameter(
	parameter: string,
	label: string,
	location: 'qs' | 'body',
	key: string,
	mustBeFuture = false,
): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = this.getNodeParameter(parameter, '');
		const seconds = toUnixSeconds(this.getNode(), value, label, this.getItemIndex(), { mustBeFuture });
		if (seconds !== undefined) {
			requestOptions[location] = { ...((requestOptions[location] as IDataObject | undefined) ?? {}), [key]: seconds };
		}
		return requestOptions;
	};
}

/**
 * postReceive for actions whose `data` is empty or not an object (cancel, mark as read): one
 * item with ClickSend's message and the ID the user gave.
 */
export function acknowledged(fields: IDataObject, idParameter?: { parameter: string; key: string; numeric?: boolean }) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = (response.body ?? {}) as IDataObject;
		const data = body.data && typeof body.data === 'object' && !Array.isArray(body.data) ? (body.data as IDataObject) : {};
		const json: IDataObject = { ...fields, ...data, response_msg: body.response_msg };
		if (idParameter) {
			const id = this.getNodeParameter(idParameter.parameter, '', { extractValue: true }) as string;
			json[idParameter.key] = idParameter.numeric ? Number(id) : id;
		}
		return [{ json, pairedItem: { item: this.getItemIndex() } }];
	};
}

/** preSend: the ID in `parameter` (plain or resource locator) must be a positive whole number. */
export function numericIdParameter(parameter: string, label: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		assertNumericId(this.getNode(), this.getNodeParameter(parameter, '', { extractValue: true }), label, this.getItemIndex());
		return requestOptions;
	};
}

/** The Simplify toggle: keep only the fields named (at most ten) instead of ClickSend's full rows. */
export function simplifyField(resource: string, operations: string[], kept: string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		displayOptions: showFor(resource, operations),
		description: `Whether to return only the main fields (${kept.join(', ')}) instead of everything ClickSend returns`,
	};
}

/** postReceive: applies Simplify (see simplifyField) to every output item: keeps the named fields, or maps each item with a function. */
export function simplifyOutput(kept: string[] | ((json: IDataObject) => IDataObject)) {
	const simplify =
		typeof kept === 'function'
			? kept
			: (json: IDataObject) => {
					const simple: IDataObject = {};
					for (const name of kept) if (name in json) simple[name] = json[name];
					return simple;
				};
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
		return items.map((item) => ({ ...item, json: simplify(item.json) }));
	};
}

/** postReceive: links every output item to the input item it came from. */
export async function pairWithInputItem(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const pairedItem = { item: this.getItemIndex() };
	return items.map((item) => ({ ...item, pairedItem }));
}

/**
 * Adds pairWithInputItem as the last postReceive: for custom postReceive actions that build new
 * items (the shared unwrap helpers in declarative.ts pair their items already).
 */
export function pairedRouting(routing: INodePropertyRouting): INodePropertyRouting {
	return {
		...routing,
		output: { ...routing.output, postReceive: [...(routing.output?.postReceive ?? []), pairWithInputItem] },
	};
}

/**
 * preSend: adds query parameters computed from the item (filters, search terms); empty values
 * are left out. List pagination (declarative.ts) keeps them on every page.
 */
export function queryParameters(build: (this: IExecuteSingleFunctions) => IDataObject): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		for (const [key, value] of Object.entries(build.call(this))) {
			if (value !== undefined && value !== null && value !== '') qs[key] = value;
		}
		requestOptions.qs = qs;
		return requestOptions;
	};
}
