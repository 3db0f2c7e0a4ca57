import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { returnAddressLocator } from '../../fields/address';
import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a return address',
	description: 'Delete a return address',
	toolDescription:
		'Delete one return address of the ClickSend account by its return_address_id. Returns deleted: true and the return_address_id.',
};

export const properties: INodeProperties[] = [returnAddressLocator('The return address to delete')];

/** DELETE /post/return-addresses/{return_address_id}; ClickSend answers `data: []`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readNumericId.call(this, 'returnAddressId', itemIndex, 'Return Address');
	await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/post/return-addresses/${id}`,
		itemIndex,
	});
	return { deleted: true, return_address_id: id };
}
