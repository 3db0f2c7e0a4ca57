import type { IDataObject, IDisplayOptions, IExecuteFunctions, INodeProperties, INodePropertyRouting } from 'n8n-workflow';

import { contactListField, scheduleField } from '../resources/sms/shared';
import type { Recipient } from './batch';
import { MAX_MESSAGES_PER_REQUEST } from './batch';
import { listFields, listOperationRouting } from './declarative';
import { showFor, simplifyOutput, unixTimeParameter, withPreSend } from './routing';
import { assertIntegerInRange, assertNumericId, assertPhoneNumber, assertSenderId, toUnixSeconds } from './validation';

/**
 * Fields shared by the batched sends (SMS, MMS, voice): who each item goes to (a phone number or
 * a contact list) and the common options (batch size, country, custom string, schedule, source),
 * with the functions that read and check them for one item.
 */

/** Send To + To + Contact List, for one resource's operations. `what` names the message, e.g. "SMS". */
export function recipientFields(resource: string, operations: string[], what: string): INodeProperties[] {
	return [
		{
			displayName: 'Send To',
			name: 'sendTo',
			type: 'options',
			default: 'phoneNumber',
			displayOptions: showFor(resource, operations),
			options: [
				{ name: 'Phone Number', value: 'phoneNumber', description: 'One recipient per input item' },
				{ name: 'Contact List', value: 'contactList', description: 'Every contact of a ClickSend contact list' },
			],
			description: 'Whether each item goes to one phone number or to a whole contact list',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			required: true,
			displayOptions: showFor(resource, operations, { sendTo: ['phoneNumber'] }),
			placeholder: 'e.g. +61411111111',
			description: `The phone number in international format, with the country code (e.g. +61411111111). Map it from the previous node to send one ${what} per item.`,
		},
		contactListField(showFor(resource, operations, { sendTo: ['contactList'] })),
	];
}

/** The required text of a message (`message`), with its own placeholder and description. */
export function messageTextField(displayOptions: IDisplayOptions, placeholder: string, description: string): INodeProperties {
	return {
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		displayOptions,
		placeholder,
		description,
	};
}

/**
 * Reads Send To / To / Contact List of one item into `message` (`to` or `list_id`) and returns
 * the recipient for mapping results back.
 */
export function readRecipient(this: IExecuteFunctions, itemIndex: number, message: IDataObject): Recipient {
	const node = this.getNode();
	const sendTo = this.getNodeParameter('sendTo', itemIndex, 'phoneNumber') as string;
	if (sendTo === 'contactList') {
		const listId = assertNumericId(node, this.getNodeParameter('listId', itemIndex, '', { extractValue: true }), 'Contact List', itemIndex);
		// The seed docs type list_id as an integer (the SMS spec says string): the node follows the docs.
		message.list_id = listId;
		return { listId };
	}
	message.to = assertPhoneNumber(node, this.getNodeParameter('to', itemIndex, ''), 'To', itemIndex);
	return { to: message.to as string };
}

/** Reads the optional From (sender) of one item into `message.from`; empty = the account's default. */
export function readSender(this: IExecuteFunctions, itemIndex: number, message: IDataObject): void {
	const value = String(this.getNodeParameter('from', itemIndex, '', { extractValue: true }) ?? '');
	const from = assertSenderId(this.getNode(), value, 'From', itemIndex);
	if (from) message.from = from;
}

/** The Options collection of a batched send: the common options plus `extra`, sorted by name. */
export function messageOptionsField(resource: string, operations: string[], extra: INodeProperties[] = []): INodeProperties {
	const common: INodeProperties[] = [
		{
			displayName: 'Batch Size',
			name: 'batchSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_MESSAGES_PER_REQUEST },
			default: MAX_MESSAGES_PER_REQUEST,
			description: 'How many messages go to ClickSend in one request (1 to 1000). 1000 is fastest.',
		},
		{
			displayName: 'Country',
			name: 'country',
			type: 'string',
			default: '',
			placeholder: 'e.g. AU',
			description: 'Two-letter country code used to read local numbers (e.g. AU turns 0411111111 into +61411111111)',
		},
		{
			displayName: 'Custom String',
			name: 'customString',
			type: 'string',
			default: '',
			description: 'Your own reference for the message (e.g. an order number). ClickSend returns it in delivery receipts and replies.',
		},
		scheduleField(),
		{
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: 'n8n',
			description: 'Tells ClickSend which application sent the message; shown in the message history',
		},
	];
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(resource, operations),
		options: [...common, ...extra].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/**
 * Reads the common options of one item into `message` (schedule as Unix seconds, custom_string,
 * country, source) and returns the whole Options collection for the resource's own options.
 */
export function readMessageOptions(this: IExecuteFunctions, itemIndex: number, message: IDataObject): IDataObject {
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const schedule = toUnixSeconds(this.getNode(), options.schedule, 'Schedule', itemIndex, { mustBeFuture: true });
	if (schedule !== undefined) message.schedule = schedule;
	if (options.customString) message.custom_string = String(options.customString);
	if (options.country) message.country = String(options.country).trim().toUpperCase();
	message.source = String(options.source ?? 'n8n') || 'n8n';
	return options;
}

/**
 * Reads what every batched send has besides its text: the recipient (into `to` or `list_id`),
 * the sender unless `sender` is false (voice has none), and the common options. Returns the
 * recipient and the whole Options collection (for the resource's own options).
 */
export function readMessageFields(
	this: IExecuteFunctions,
	itemIndex: number,
	message: IDataObject,
	{ sender = true }: { sender?: boolean } = {},
): { recipient: Recipient; options: IDataObject } {
	const recipient = readRecipient.call(this, itemIndex, message);
	if (sender) readSender.call(this, itemIndex, message);
	return { recipient, options: readMessageOptions.call(this, itemIndex, message) };
}

/** The Batch Size option (1 to 1000), read from the first item. */
export function batchSizeOption(this: IExecuteFunctions): number {
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	return assertIntegerInRange(this.getNode(), options.batchSize ?? MAX_MESSAGES_PER_REQUEST, 'Batch Size', 1, MAX_MESSAGES_PER_REQUEST);
}

/**
 * Return All, Limit and the date filters of a message history list (GET /<resource>/history);
 * `extraFilters` adds the resource's own filters. Use with `historyRouting`.
 */
export function historyListFields(resource: string, operation: string, extraFilters: INodeProperties[] = []): INodeProperties[] {
	return [
		...listFields(resource, operation),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: showFor(resource, [operation]),
			options: [
				{
					displayName: 'Sent After',
					name: 'dateFrom',
					type: 'dateTime',
					default: '',
					description: 'Only messages sent at or after this time',
				},
				{
					displayName: 'Sent Before',
					name: 'dateTo',
					type: 'dateTime',
					default: '',
					description: 'Only messages sent at or before this time',
				},
				...extraFilters,
				{
					displayName: 'Newest First',
					name: 'newestFirst',
					type: 'boolean',
					default: true,
					description: 'Whether to list the most recent messages first',
					routing: { send: { type: 'query', property: 'order_by', value: '={{ $value ? "date:desc" : "date:asc" }}' } },
				},
			],
		},
	];
}

/** Routing of a message history list: pages, Simplify, and the date filters as Unix seconds. */
export function historyRouting(url: string, simplified: string[]): INodePropertyRouting {
	return withPreSend(
		listOperationRouting({ method: 'GET', url, output: [simplifyOutput(simplified)] }),
		unixTimeParameter('filters.dateFrom', 'Sent After', 'qs', 'date_from'),
		unixTimeParameter('filters.dateTo', 'Sent Before', 'qs', 'date_to'),
	);
}
