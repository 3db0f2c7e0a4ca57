import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import {
	messageOptionsField,
	messageTextField,
	readBatchSize,
	readMessageOptions,
	readRecipient,
	readSender,
	recipientFields,
	senderField,
} from '../../fields/message';
import { parameterReader, type ParameterReader } from '../../execution/parameters';
import { readSendGuards, readSendKey, sendGuardOptions } from '../../fields/sendGuards';
import { runBatchedMessages, type PreparedMessage } from '../../sending/messages';
import { assertNotEmpty } from '../../validation/input';
import { assertMessageLength, SMS_LIMITS } from '../../validation/messageText';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send SMS',
	description: 'Send one SMS per input item, up to 1000 per request to ClickSend',
	toolDescription:
		'Send an SMS text message with ClickSend. Needs the recipient phone number in international format with the country code (e.g. +61411111111) and the message text (at most 1224 plain characters or 536 with emoji). Returns the message_id, status (SUCCESS when accepted), message_price and message_parts of the sent SMS.',
};

/** Who the SMS goes to, its text and sender: shared with Calculate Price. */
export const smsFields: INodeProperties[] = [
	...recipientFields('SMS'),
	messageTextField(
		'e.g. Hi {{ $json.firstName }}, your order has shipped.',
		'The text of the SMS. Up to 160 plain characters (70 with emoji or non-Latin characters) make one SMS; longer messages are sent in up to 8 parts (1224 plain characters, 536 otherwise) and joined on the phone.',
	),
	senderField(),
];

export const properties: INodeProperties[] = [...smsFields, messageOptionsField(sendGuardOptions)];

/** Reads and checks one item's SMS: recipient, text, sender, options. Shared with Calculate Price. */
export function prepareSms(
	this: IExecuteFunctions,
	read: ParameterReader,
	itemIndex: number,
): PreparedMessage {
	const node = this.getNode();
	const text = assertNotEmpty(
		node,
		read('message', itemIndex, ''),
		'Message',
		'Type the text of the SMS, or map it from a previous node.',
		itemIndex,
	);
	const message: IDataObject = {
		body: assertMessageLength(node, text, 'Message', SMS_LIMITS, 'SMS', itemIndex),
	};
	const recipient = readRecipient(node, read, itemIndex, message);
	readSender(node, read, itemIndex, message);
	readMessageOptions(node, read, itemIndex, message);
	return { message, recipient, sendKey: readSendKey(node, read, itemIndex) };
}

export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runBatchedMessages.call(this, {
		path: '/sms/send',
		batchSize: readBatchSize(this.getNode(), read),
		sends: true,
		historyName: 'SMS history',
		guards: readSendGuards(this.getNode(), read),
		pricePath: '/sms/price',
		prepare: (itemIndex) => prepareSms.call(this, read, itemIndex),
	});
}
