import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../fields/history';
import { readTextId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel a scheduled postcard',
	description: 'Cancel one scheduled postcard before it is printed and posted',
	toolDescription:
		'Cancel one scheduled postcard in ClickSend before it is printed and posted. Needs the message_id returned when the postcard was sent. Returns cancelled: true and the message_id.',
};

export const properties: INodeProperties[] = [
	messageIdField(
		'The message_id of the scheduled postcard to cancel, as returned by Postcard → Send or the postcard history',
	),
];

/** PUT /post/postcards/{message_id}/cancel (spec and ClickSend's API reference; the docs call message_id a query parameter but put it in the path). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const messageId = readTextId.call(this, 'messageId', itemIndex, 'Message ID');
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/post/postcards/${messageId}/cancel`,
		itemIndex,
	});
	return { cancelled: true, message_id: messageId, response_msg: envelope.response_msg };
}
