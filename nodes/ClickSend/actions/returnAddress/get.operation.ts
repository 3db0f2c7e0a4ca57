import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAddressLocator } from '../../fields/address';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get a return address',
	description: 'Get one return address',
	toolDescription:
		'Get one return address of the ClickSend account by its return_address_id. Returns address_name, address_line_1, address_line_2, address_city, address_state, address_postal_code, address_country.',
};

export const properties: INodeProperties[] = [returnAddressLocator('The return address to get')];

/** GET /post/return-addresses/{return_address_id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readNumericId.call(this, 'returnAddressId', itemIndex, 'Return Address');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/post/return-addresses/${id}`,
		itemIndex,
	});
	return responseData(envelope);
}
