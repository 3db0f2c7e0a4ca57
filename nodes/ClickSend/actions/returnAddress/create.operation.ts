import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { addressFields, readAddress } from '../../fields/address';
import { parameterReader } from '../../execution/parameters';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Create a return address',
	description: 'Add a return address for letters and postcards',
	toolDescription:
		'Create a return address (the sender address printed on letters and postcards) in ClickSend. Needs name, address line 1, city, postal code and country (two-letter code); line 2 and state are optional. Returns the new address with its return_address_id.',
};

export const properties: INodeProperties[] = addressFields();

/** POST /post/return-addresses with the checked address. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = readAddress(this.getNode(), parameterReader(this), itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/post/return-addresses',
		body,
		itemIndex,
	});
	return responseData(envelope);
}
