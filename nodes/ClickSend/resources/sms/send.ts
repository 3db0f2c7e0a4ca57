import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { batchSizeOption, messageOptionsField, readMessageFields, recipientFields } from '../../shared/messageFields';
import { runBatchedMessages, type PreparedMessage } from '../../shared/messages';
import { assertNotEmpty } from '../../shared/validation';
import { messageField, senderField } from './shared';
import { showFor } from '../../shared/routing';

/**
 * SMS → Send (and the same fields for SMS → Calculate Price): every input item is one message,
 * sent to ClickSend in batches of up to 1000 per request.
 */
const operations = ['send', 'calculatePrice'];
const show = showFor('sms', operations);

export const smsMessageFields: INodeProperties[] = [
	...recipientFields('sms', operations, 'SMS'),
	messageField(show),
	senderField(show),
	messageOptionsField('sms', operations),
];

/** Reads and checks one item's message; throws a NodeOperationError naming the bad field. */
export function prepareSmsMessage(this: IExecuteFunctions, itemIndex: number): PreparedMessage {
	const node = this.getNode();
	const body = assertNotEmpty(node, this.getNodeParameter('message', itemIndex, ''), 'Message', 'Type the text of the SMS, or map it from a previous node.', itemIndex);
	const message: IDataObject = { body };
	const { recipient } = readMessageFields.call(this, itemIndex, message);
	return { message, recipient };
}

export function smsBatchSize(this: IExecuteFunctions): number {
	return batchSizeOption.call(this);
}

export async function sendSms(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await runBatchedMessages.call(this, {
		path: '/sms/send',
		batchSize: smsBatchSize.call(this),
		sends: true,
		prepare: (itemIndex) => prepareSmsMessage.call(this, itemIndex),
	});
}
