import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../fields/history';
import { readTextId } from '../../fields/ids';
import { responseRows } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Replies',
	value: 'getReplies',
	action: 'Get the replies to an SMS',
	description: 'Get the inbound replies to one sent SMS, also those already marked as read',
	toolDescription:
		'Get the reply to one SMS sent with ClickSend (what the recipient answered). Needs the message_id returned when the SMS was sent. Returns from, body (the reply), timestamp, message_id of the reply and original_body (the SMS replied to).',
};

export const properties: INodeProperties[] = [
	messageIdField(
		'The message_id of the sent SMS whose replies you want, as returned by SMS → Send',
	),
];

/**
 * GET /sms/inbound/{original_message_id}: the spec and the SMS reference answer with one inbound
 * SMS (the first reply, read or unread) as `data`; a list of replies, should ClickSend answer
 * with one, gives one output item per reply.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const messageId = readTextId.call(this, 'messageId', itemIndex, 'Message ID');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/sms/inbound/${messageId}`,
		itemIndex,
	});
	return responseRows(envelope);
}
