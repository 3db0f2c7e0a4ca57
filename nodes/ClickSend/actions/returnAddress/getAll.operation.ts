import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readLimit, returnAllFields } from '../../fields/returnAll';
import { clickSendAllPages } from '../../../transport/pagination';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many return addresses',
	description: 'List the return addresses of the account',
	toolDescription:
		'List the return addresses (sender addresses for letters and postcards) of the ClickSend account. Returns one row per address: return_address_id, address_name, address_line_1, address_city, address_postal_code, address_country.',
};

export const properties: INodeProperties[] = [...returnAllFields];

/** GET /post/return-addresses, one row per address. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await clickSendAllPages.call(
		this,
		{ path: '/post/return-addresses', itemIndex },
		readLimit.call(this, itemIndex),
	);
}
