import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { idLocatorField, showFor } from '../../shared/routing';

/**
 * Fields and request hooks shared by the SMS, SMS Template and SMS Campaign operations.
 */

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




export const SIMPLE_HISTORY_FIELDS = ['message_id', 'date', 'to', 'from', 'body', 'status', 'status_text', 'message_parts', 'message_price', 'custom_string'];
export const SIMPLE_RECEIPT_FIELDS = ['message_id', 'timestamp', 'status_code', 'status_text', 'error_code', 'error_text', 'custom_string', 'message_type'];

