import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterReader, type ParameterReader } from '../../execution/parameters';
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
import { readSendGuardsIf, readSendKey } from '../../fields/sendGuards';
import type { BatchedMessagesOptions, PreparedMessage } from '../../sending/messages';
import { assertNotEmpty } from '../../validation/input';
import { assertMessageLength, SMS_LIMITS } from '../../validation/length';

/** What SMS → Send and Calculate Price share: their fields, the check of one SMS, the batched send. */

/** Who the SMS goes to, its text, sender and options: Send (with the send guards) and Calculate Price. */
export const sendFields: INodeProperties[] = [
	...recipientFields('SMS'),
	messageTextField(
		'e.g. Hi {{ $json.firstName }}, your order has shipped.',
		'The text of the SMS. Up to 160 plain characters (70 with emoji or non-Latin characters) make one SMS; longer messages are sent in up to 8 parts (1224 plain characters, 536 otherwise) and joined on the phone.',
	),
	senderField(),
	messageOptionsField(),
];

/** Reads and checks one item's SMS: recipient, text, sender, options. */
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

/** The batched messages of SMS → Send (`/sms/send`, guarded) and Calculate Price (`/sms/price`): same fields, same body. */
export function smsSends(
	this: IExecuteFunctions,
	path: string,
	sends: boolean,
): BatchedMessagesOptions {
	const read = parameterReader(this);
	return {
		path,
		batchSize: readBatchSize(this.getNode(), read),
		sends,
		historyName: 'SMS history',
		...readSendGuardsIf(this.getNode(), read, sends, '/sms/price'),
		prepare: (itemIndex) => prepareSms.call(this, read, itemIndex),
	};
}
