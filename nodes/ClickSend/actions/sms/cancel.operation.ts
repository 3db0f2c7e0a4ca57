import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../fields/history';
import { readTextId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a scheduled SMS',
	description: 'Cancel one scheduled SMS before it is sent',
	toolDescription:
		'Cancel one scheduled SMS in ClickSend before it is sent. Needs the message_id returned when the SMS was sent. Returns cancelled: true and the message_id.',
};

export const properties: INodeProperties[] = [
	messageIdField('The message_id of the scheduled SMS to cancel, as returned by SMS → Send'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const messageId = readTextId.call(this, 'messageId', itemIndex, 'Message ID');
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/sms/${messageId}/cancel`,
		itemIndex,
	});
	return { cancelled: true, message_id: messageId, response_msg: envelope.response_msg };
}
