import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many Inbound',
	value: 'getAllInbound',
	action: 'Get many inbound SMS',
	description: 'List unread replies and inbound SMS',
	toolDescription:
		'List the unread inbound SMS and replies received on the ClickSend account (ClickSend keeps them while an inbound rule with the action Poll exists). Returns one row per message: message_id, from, to, body, timestamp, original_message_id of the SMS replied to.',
};

export const properties: INodeProperties[] = [...returnAllFields];

/** GET /sms/inbound: ClickSend lists inbound SMS here only while an inbound rule with the action POLL exists. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await clickSendAllPages.call(
		this,
		{ path: '/sms/inbound', itemIndex },
		readLimit.call(this, itemIndex),
	);
}
