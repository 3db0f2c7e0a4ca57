import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { dateBeforeField, readDateBefore } from '../../fields/history';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Mark Receipts as Read',
	value: 'markReceiptsAsRead',
	action: 'Mark SMS delivery receipts as read',
	description: 'Mark delivery receipts as read so they no longer appear in Get Many Receipts',
	toolDescription:
		'Mark the SMS delivery receipts of the ClickSend account as read (all, or only those received before a date), so they no longer appear among unread receipts. Returns marked_read: true.',
};

export const properties: INodeProperties[] = [dateBeforeField('delivery receipts')];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = readDateBefore.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: '/sms/receipts-read',
		body,
		itemIndex,
	});
	return { marked_read: true, ...body, response_msg: envelope.response_msg };
}
