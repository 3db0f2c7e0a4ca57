import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { MAX_MESSAGES_PER_REQUEST } from '../../shared/batch';
import { runBatchedMessages, type PreparedMessage } from '../../shared/messages';
import {
	assertIntegerInRange,
	assertNotEmpty,
	assertNumericId,
	assertPhoneNumber,
	assertSenderId,
	toUnixSeconds,
} from '../../shared/validation';
import { contactListField, messageField, scheduleField, senderField, showFor } from './shared';

/**
 * SMS → Send (and the same fields for SMS → Calculate Price): every input item is one message,
 * sent to ClickSend in batches of up to 1000 per request.
 */
const operations = ['send', 'calculatePrice'];
const show = showFor('sms', operations);

export const smsMessageFields: INodeProperties[] = [
	{
		displayName: 'Send To',
		name: 'sendTo',
		type: 'options',
		default: 'phoneNumber',
		displayOptions: show,
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
		displayOptions: showFor('sms', operations, { sendTo: ['phoneNumber'] }),
		placeholder: 'e.g. +61411111111',
		description: 'The phone number in international format, with the country code (e.g. +61411111111). Map it from the previous node to send one SMS per item.',
	},
	contactListField(showFor('sms', operations, { sendTo: ['contactList'] })),
	messageField(show),
	senderField(show),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show,
		options: [
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
		],
	},
];

/** Reads and checks one item's message; throws a NodeOperationError naming the bad field. */
export function prepareSmsMessage(this: IExecuteFunctions, itemIndex: number): PreparedMessage {
	const node = this.getNode();
	const body = assertNotEmpty(node, this.getNodeParameter('message', itemIndex, ''), 'Message', 'Type the text of the SMS, or map it from a previous node.', itemIndex);
	const message: IDataObject = { body };
	const sendTo = this.getNodeParameter('sendTo', itemIndex, 'phoneNumber') as string;
	let recipient: PreparedMessage['recipient'];
	if (sendTo === 'contactList') {
		const listId = assertNumericId(node, this.getNodeParameter('listId', itemIndex, '', { extractValue: true }), 'Contact List', itemIndex);
		// The seed docs type list_id as an integer (the spec says string): the node follows the docs.
		message.list_id = listId;
		recipient = { listId };
	} else {
		message.to = assertPhoneNumber(node, this.getNodeParameter('to', itemIndex, ''), 'To', itemIndex);
		recipient = { to: message.to as string };
	}
	const from = assertSenderId(node, String(this.getNodeParameter('from', itemIndex, '', { extractValue: true }) ?? ''), 'From', itemIndex);
	if (from) message.from = from;

	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const schedule = toUnixSeconds(node, options.schedule, 'Schedule', itemIndex, { mustBeFuture: true });
	if (schedule !== undefined) message.schedule = schedule;
	if (options.customString) message.custom_string = String(options.customString);
	if (options.country) message.country = String(options.country).trim().toUpperCase();
	message.source = String(options.source ?? 'n8n') || 'n8n';
	return { message, recipient };
}

export function smsBatchSize(this: IExecuteFunctions): number {
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	return assertIntegerInRange(this.getNode(), options.batchSize ?? MAX_MESSAGES_PER_REQUEST, 'Batch Size', 1, MAX_MESSAGES_PER_REQUEST);
}

export async function sendSms(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, {
		path: '/sms/send',
		batchSize: smsBatchSize.call(this),
		sends: true,
		prepare: (itemIndex) => prepareSmsMessage.call(this, itemIndex),
	});
}
