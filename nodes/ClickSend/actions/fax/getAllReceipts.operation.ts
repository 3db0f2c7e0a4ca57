import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many Receipts',
	value: 'getAllReceipts',
	action: 'Get many fax delivery receipts',
	description: 'List delivery receipts of sent faxes',
	toolDescription:
		'List the delivery receipts of faxes sent with ClickSend (kept while a fax delivery-report rule with the action Poll exists). Returns one row per receipt: message_id, timestamp, status_code, status_text, error_text, custom_string.',
};

export const properties: INodeProperties[] = [...returnAllFields];

/** GET /fax/receipts: listed only while a fax delivery-report rule with the action POLL exists. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await clickSendAllPages.call(
		this,
		{ path: '/fax/receipts', itemIndex },
		readLimit.call(this, itemIndex),
	);
}
