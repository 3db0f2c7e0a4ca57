import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { SIMPLE_RECEIPT_FIELDS } from '../../fields/history';
import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many Receipts',
	value: 'getAllReceipts',
	action: 'Get many SMS delivery receipts',
	description: 'List unread delivery receipts of sent SMS',
	toolDescription:
		'List the unread delivery receipts of SMS sent with ClickSend (kept while a delivery-report rule with the action Poll exists). Returns one row per receipt: message_id, timestamp, status_code (201 delivered, 301 failed), status_text, error_text.',
};

export const properties: INodeProperties[] = [
	...returnAllFields,
	simplifyField(SIMPLE_RECEIPT_FIELDS),
];

/** GET /sms/receipts: listed only while a delivery-report rule with the action POLL exists. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await simplifiedRows.call(
		this,
		itemIndex,
		{ path: '/sms/receipts' },
		SIMPLE_RECEIPT_FIELDS,
	);
}
