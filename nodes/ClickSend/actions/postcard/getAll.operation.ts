import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { SIMPLE_POST_FIELDS } from '../../fields/post';
import { simplifyField } from '../../fields/simplify';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sent postcards',
	description: 'List sent and scheduled postcards from the postcard history',
	toolDescription:
		'List sent and scheduled postcards from the ClickSend postcard history. Returns one row per postcard: message_id, date_added, address_name, address_city, address_country, status, post_price.',
};

export const properties: INodeProperties[] = [
	...returnAllFields,
	simplifyField(SIMPLE_POST_FIELDS),
];

/** GET /post/postcards/history (documented query: page and limit only). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await simplifiedRows.call(
		this,
		itemIndex,
		{ path: '/post/postcards/history' },
		SIMPLE_POST_FIELDS,
	);
}
