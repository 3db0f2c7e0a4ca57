import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../execution/parameters';
import { MAX_MESSAGES_PER_REQUEST, type Recipient } from '../sending/batch';
import { assertCountryCode } from '../validation/country';
import { toUnixSeconds } from '../validation/dates';
import { textOf } from '../validation/fail';
import {
	assertIntegerInRange,
	assertNumericId,
	assertPhoneNumber,
	assertSenderId,
} from '../validation/input';
import { contactListLocator } from './locator';
import { optionsCollection } from './collections';

/**
 * Fields of the batched message sends (SMS, MMS, voice, and the campaign sends): who each item
 * goes to, the sender, and the common options, with the readers that check one item's values.
 * Readers take a ParameterReader, so that unmapped fields are evaluated once per run.
 */

/** Send To + To + Contact List. `what` names the message, e.g. "SMS". */
export function recipientFields(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Send To',
			name: 'sendTo',
			type: 'options',
			default: 'phoneNumber',
			options: [
				{ name: 'Phone Number', value: 'phoneNumber', description: 'One recipient per input item' },
				{
					name: 'Contact List',
					value: 'contactList',
					description: 'Every contact of a ClickSend contact list',
				},
			],
			description: 'Whether each item goes to one phone number or to a whole contact list',
		},
		{
			displayName: 'To',
			name: 'to',
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { sendTo: ['phoneNumber'] } },
			placeholder: 'e.g. +61411111111',
			description: `The phone number in international format, with the country code (e.g. +61411111111). Map it from the previous node to send one ${what} per item.`,
		},
		{
			...contactListLocator(
				`The ClickSend contact list to send to. Every contact with a phone number gets the ${what}.`,
			),
			displayOptions: { show: { sendTo: ['contactList'] } },
		},
	];
}

/** The required text of a message (`message`). */
export function messageTextField(placeholder: string, description: string): INodeProperties {
	return {
		displayName: 'Message',
		name: 'message',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		placeholder,
		description,
	};
}

/** The sender: a dedicated number, own number or alpha tag of the account, or any sender ID. */
export function senderField(required = false): INodeProperties {
	return {
		displayName: 'From',
		name: 'from',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required,
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

/** "Schedule": when to send; sent to ClickSend as Unix seconds. */
export const scheduleField: INodeProperties = {
	displayName: 'Schedule',
	name: 'schedule',
	type: 'dateTime',
	default: '',
	description: 'When to send, in the future. Leave empty to send now.',
};

/** The Options collection of a batched send: the common options plus `extra`, sorted by name. */
export function messageOptionsField(extra: INodeProperties[] = []): INodeProperties {
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
			description:
				'Two-letter country code (or English country name) used to read local numbers: AU turns 0411111111 into +61411111111',
		},
		{
			displayName: 'Custom String',
			name: 'customString',
			type: 'string',
			default: '',
			description:
				'Your own reference for the message (e.g. an order number). ClickSend returns it in delivery receipts and replies.',
		},
		scheduleField,
		{
			displayName: 'Source',
			name: 'source',
			type: 'string',
			default: 'n8n',
			description:
				'Tells ClickSend which application sent the message; shown in the message history',
		},
	];
	return optionsCollection([...common, ...extra]);
}

/** Reads Send To / To / Contact List of one item into `message` (`to` or `list_id`). */
export function readRecipient(
	node: INode,
	read: ParameterReader,
	itemIndex: number,
	message: IDataObject,
): Recipient {
	const sendTo = read<string>('sendTo', itemIndex, 'phoneNumber');
	if (sendTo === 'contactList') {
		const listId = assertNumericId(
			node,
			read('listId', itemIndex, '', { extractValue: true }),
			'Contact List',
			itemIndex,
		);
		// ClickSend's API reference types list_id as an integer (the SMS spec says string): the node follows it.
		message.list_id = listId;
		return { listId };
	}
	const to = assertPhoneNumber(node, read('to', itemIndex, ''), 'To', itemIndex);
	message.to = to;
	return { to };
}

/** Reads the optional From (sender) of one item into `message.from`; empty = the account's default. */
export function readSender(
	node: INode,
	read: ParameterReader,
	itemIndex: number,
	message: IDataObject,
): void {
	const from = assertSenderId(
		node,
		read('from', itemIndex, '', { extractValue: true }),
		'From',
		itemIndex,
	);
	if (from) message.from = from;
}

/**
 * Reads the common options of one item into `message` (schedule as Unix seconds, custom_string,
 * country, source) and returns the whole Options collection (read-only: it may be shared by all
 * items) for the resource's own options.
 */
export function readMessageOptions(
	node: INode,
	read: ParameterReader,
	itemIndex: number,
	message: IDataObject,
): IDataObject {
	const options = read<IDataObject>('options', itemIndex, {});
	const schedule = toUnixSeconds(node, options.schedule, 'Schedule', itemIndex, {
		mustBeFuture: true,
	});
	if (schedule !== undefined) message.schedule = schedule;
	const customString = textOf(node, options.customString, 'Custom String', itemIndex);
	if (customString) message.custom_string = customString;
	if (options.country !== undefined && options.country !== '')
		message.country = assertCountryCode(node, options.country, 'Country', itemIndex);
	message.source = textOf(node, options.source ?? 'n8n', 'Source', itemIndex) || 'n8n';
	return options;
}

/** The Batch Size option (1 to 1000), read from the first item. */
export function readBatchSize(node: INode, read: ParameterReader): number {
	const options = read<IDataObject>('options', 0, {});
	return assertIntegerInRange(
		node,
		options.batchSize ?? MAX_MESSAGES_PER_REQUEST,
		'Batch Size',
		1,
		MAX_MESSAGES_PER_REQUEST,
	);
}
