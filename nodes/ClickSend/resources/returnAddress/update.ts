import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { forEachItem } from '../../shared/contactFields';
import { showFor } from '../../shared/routing';
import { clickSendRequest } from '../../shared/transport';
import { ADDRESS_FIELDS, addressFieldOptions, checkAddress, readReturnAddressId, returnAddressField } from './shared';

const show = showFor('returnAddress', ['update']);

/** Return Address → Update: change some fields of a return address; the others stay as they are. */
export const updateReturnAddressFields: INodeProperties[] = [
	returnAddressField(show, 'The return address to change'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: show,
		options: addressFieldOptions(),
	},
];

/**
 * ClickSend's docs require the whole address on PUT /post/return-addresses/{id}, so the node
 * reads the current address, applies the changed fields, checks the result and sends it all.
 */
export async function updateReturnAddress(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await forEachItem.call(this, async (itemIndex) => {
		const id = readReturnAddressId.call(this, itemIndex);
		const changes = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
		if (!Object.keys(changes).length) {
			throw new NodeOperationError(this.getNode(), 'Update Fields is empty', {
				description: 'Add the fields to change (e.g. Address Line 1) with Add Field.',
				itemIndex,
			});
		}
		const path = `/post/return-addresses/${id}`;
		const current = ((await clickSendRequest.call(this, { method: 'GET', path, itemIndex })).data ?? {}) as IDataObject;
		const values: IDataObject = {};
		for (const field of ADDRESS_FIELDS) values[field.name] = field.name in changes ? changes[field.name] : current[field.key];
		const body = checkAddress.call(this, values, itemIndex);
		const envelope = await clickSendRequest.call(this, { method: 'PUT', path, body, itemIndex });
		return (envelope.data ?? {}) as IDataObject;
	});
}
