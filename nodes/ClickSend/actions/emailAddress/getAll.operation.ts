import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many email addresses',
	description: 'List the addresses you may send email from',
	toolDescription:
		'List the email addresses the ClickSend account may send email from, verified or not. Returns one row per address: email_address_id, email_address, verified (1 when it can send).',
};

export const properties: INodeProperties[] = [...returnAllFields];

/** GET /email/addresses. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await clickSendAllPages.call(
		this,
		{ path: '/email/addresses', itemIndex },
		readLimit.call(this, itemIndex),
	);
}
