import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { messageIdField, SIMPLE_RECEIPT_FIELDS } from '../../fields/history';
import { readTextId } from '../../fields/ids';
import { simplifier, simplifyField } from '../../fields/simplify';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Receipt',
	value: 'getReceipt',
	action: 'Get an SMS delivery receipt',
	description: 'Get the delivery receipt of one sent SMS',
	toolDescription:
		'Get the delivery receipt of one SMS sent with ClickSend. Needs the message_id returned when it was sent. Returns status_code (201 delivered, 301 failed), status_text, timestamp and error_text.',
};

export const properties: INodeProperties[] = [
	messageIdField('The message_id of the sent SMS whose delivery receipt you want'),
	simplifyField(SIMPLE_RECEIPT_FIELDS),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const messageId = readTextId.call(this, 'messageId', itemIndex, 'Message ID');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/sms/receipts/${messageId}`,
		itemIndex,
	});
	const receipt = responseData(envelope);
	return simplifier.call(this, itemIndex, SIMPLE_RECEIPT_FIELDS)(receipt);
}
