import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	ADDRESS_FIELDS,
	addressFieldOptions,
	checkAddress,
	returnAddressLocator,
} from '../../fields/address';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { fail } from '../../validation/fail';
import type { OperationOption } from '../types';
import { updateFieldsCollection } from '../../fields/collections';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update a return address',
	description: 'Change some fields of a return address',
	toolDescription:
		'Change some fields of a return address in ClickSend; the other fields keep their values. Needs the return_address_id and the fields to change. Returns the updated address.',
};

export const properties: INodeProperties[] = [
	returnAddressLocator('The return address to change'),
	updateFieldsCollection(addressFieldOptions()),
];

/**
 * ClickSend's docs require the whole address on PUT /post/return-addresses/{id} (the spec's
 * update_return_address_request lists only country and state), so the node reads the current
 * address, applies the changed fields, checks the result and sends it all.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const id = readNumericId.call(this, 'returnAddressId', itemIndex, 'Return Address');
	const changes = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	if (!Object.keys(changes).length)
		fail(
			node,
			'Update Fields is empty',
			'Add the fields to change (e.g. Address Line 1) with Add Field.',
			itemIndex,
		);
	const path = apiPath`/post/return-addresses/${id}`;
	const current = await clickSendRequest.call(this, { method: 'GET', path, itemIndex });
	const currentAddress = responseData(current);
	const values: IDataObject = {};
	for (const field of ADDRESS_FIELDS)
		values[field.name] = field.name in changes ? changes[field.name] : currentAddress[field.key];
	const body = checkAddress(node, values, itemIndex);
	const envelope = await clickSendRequest.call(this, { method: 'PUT', path, body, itemIndex });
	return responseData(envelope);
}
