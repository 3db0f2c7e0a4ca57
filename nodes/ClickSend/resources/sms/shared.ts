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

import { assertNumericId, toUnixSeconds } from '../../shared/validation';

/**
 * Fields and request hooks shared by the SMS, SMS Template and SMS Campaign operations.
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

/** A contact list, picked from the account's lists or given by ID. */
export function contactListField(displayOptions: IDisplayOptions, name = 'listId'): INodeProperties {
	return idLocatorField({
		displayName: 'Contact List',
		name,
		displayOptions,
		description: 'The ClickSend contact list to send to. Every contact with a phone number gets the message.',
		searchListMethod: 'searchContactLists',
		exampleId: '428',
		what: 'list',
	});
}

/** The message text. Sent exactly as written (emoji and non-Latin scripts included). */
export function messageField(displayOptions: IDisplayOptions, name = 'message'): INodeProperties {
	return {
		displayName: 'Message',
		name,
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		displayOptions,
		placeholder: 'e.g. Hi {{ $json.firstName }}, your order has shipped.',
		description:
			'The text of the SMS. Up to 160 plain characters (70 with emoji or non-Latin characters) make one SMS; longer messages are sent in several parts and joined on the phone.',
	};
}

/** The sender: a dedicated number, own number or alpha tag of the account, or any sender ID. */
export function senderField(displayOptions: IDisplayOptions, required = false): INodeProperties {
	return {
		displayName: 'From',
		name: 'from',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required,
		displayOptions,
		description: required
			? 'Who the message comes from: one of your numbers or alpha tags, or a sender ID (up to 11 letters and digits, no spaces)'
			: "Who the message comes from: one of your numbers or alpha tags, or a sender ID (up to 11 letters and digits, no spaces). Leave empty to use your account's default sender.",
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchSenders', searchable: true },
			},
			{
				displayName: 'Number or Sender ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. +61411111111 or MyShop',
			},
		],
	};
}

/** "Schedule" date field; sent to ClickSend as Unix seconds. */
export function scheduleField(name = 'schedule'): INodeProperties {
	return {
		displayName: 'Schedule',
		name,
		type: 'dateTime',
		default: '',
		description: 'When to send, in the future. Leave empty to send now.',
	};
}

type PreSend = (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

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
export function acknowledged(fields: IDataObject, idParameter?: { parameter: string; key: string }) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = (response.body ?? {}) as IDataObject;
		const data = body.data && typeof body.data === 'object' && !Array.isArray(body.data) ? (body.data as IDataObject) : {};
		const json: IDataObject = { ...fields, ...data, response_msg: body.response_msg };
		if (idParameter) json[idParameter.key] = this.getNodeParameter(idParameter.parameter, '', { extractValue: true }) as string;
		return [{ json, pairedItem: { item: this.getItemIndex() } }];
	};
}

/** "Only Before" date for the mark-as-read actions (sent as `date_before`, Unix seconds). */
export function dateBeforeField(resource: string, operation: string, what: string): INodeProperties {
	return {
		displayName: 'Only Before',
		name: 'dateBefore',
		type: 'dateTime',
		default: '',
		displayOptions: showFor(resource, [operation]),
		description: `Mark only ${what} received before this time as read. Leave empty to mark all of them.`,
	};
}

/** A message ID field (from a Send result, receipt or history). */
export function messageIdField(resource: string, operations: string[], description: string): INodeProperties {
	return {
		displayName: 'Message ID',
		name: 'messageId',
		type: 'string',
		default: '',
		required: true,
		displayOptions: showFor(resource, operations),
		placeholder: 'e.g. 1ABC3200-C38C-6308-BE4B-C7C51D01DCF0',
		description,
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

/** postReceive: applies Simplify (see simplifyField) to every output item. */
export function simplifyOutput(kept: string[]) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
		return items.map((item) => {
			const json: IDataObject = {};
			for (const name of kept) if (name in item.json) json[name] = item.json[name];
			return { ...item, json };
		});
	};
}

export const SIMPLE_HISTORY_FIELDS = ['message_id', 'date', 'to', 'from', 'body', 'status', 'status_text', 'message_parts', 'message_price', 'custom_string'];
export const SIMPLE_RECEIPT_FIELDS = ['message_id', 'timestamp', 'status_code', 'status_text', 'error_code', 'error_text', 'custom_string', 'message_type'];

/**
 * Adds a last postReceive that pairs every output item with the input item it came from. The
 * shared unwrap helpers (declarative.ts) and `acknowledged` already pair their items; this is for
 * custom postReceive actions that don't (used by the Email resource).
 */
export function pairedRouting(routing: INodePropertyRouting): INodePropertyRouting {
	const pair = async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const pairedItem = { item: this.getItemIndex() };
		return items.map((item) => ({ ...item, pairedItem }));
	};
	return { ...routing, output: { ...routing.output, postReceive: [...(routing.output?.postReceive ?? []), pair] } };
}
