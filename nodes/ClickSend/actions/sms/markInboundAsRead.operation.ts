import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { dateBeforeField, readDateBefore } from '../../fields/history';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Mark Inbound as Read',
	value: 'markInboundAsRead',
	action: 'Mark inbound SMS as read',
	description: 'Mark inbound SMS as read so they no longer appear in Get Many Inbound',
	toolDescription:
		'Mark the inbound SMS of the ClickSend account as read (all, or only those received before a date), so they no longer appear among unread inbound SMS. Returns marked_read: true.',
};

export const properties: INodeProperties[] = [dateBeforeField('inbound messages')];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = readDateBefore.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: '/sms/inbound-read',
		body,
		itemIndex,
	});
	return { marked_read: true, ...body, response_msg: envelope.response_msg };
}
