import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { messageIdField } from '../../fields/history';
import { readTextId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Receipt',
	value: 'getReceipt',
	action: 'Get a fax delivery receipt',
	description: 'Get the delivery receipt of one sent fax',
	toolDescription:
		'Get the delivery receipt of one fax sent with ClickSend. Needs the message_id returned when it was sent. Returns its status, status_code, status_text, message_pages and message_price.',
};

export const properties: INodeProperties[] = [
	messageIdField(
		'The message_id of the sent fax (from Fax → Send or the fax history) whose delivery receipt you want',
	),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const messageId = readTextId.call(this, 'messageId', itemIndex, 'Message ID');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/fax/receipts/${messageId}`,
		itemIndex,
	});
	return responseData(envelope);
}
