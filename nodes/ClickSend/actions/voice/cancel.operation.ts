import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../fields/history';
import { readTextId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a scheduled voice call',
	description: 'Cancel one scheduled call before it is made',
	toolDescription:
		'Cancel one scheduled ClickSend voice call before it is made. Needs the message_id returned when the call was sent. Returns cancelled: true and the message_id.',
};

export const properties: INodeProperties[] = [
	messageIdField('The message_id of the scheduled call to cancel, as returned by Voice → Send'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const messageId = readTextId.call(this, 'messageId', itemIndex, 'Message ID');
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/voice/${messageId}/cancel`,
		itemIndex,
	});
	return { cancelled: true, message_id: messageId, response_msg: envelope.response_msg };
}
