import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { forEachItem } from '../../shared/contactFields';
import { showFor } from '../../shared/routing';
import { clickSendRequest } from '../../shared/transport';
import { addressFields, readAddress } from './shared';

/** Return Address → Create: POST /post/return-addresses with the checked address. */
export const createReturnAddressFields: INodeProperties[] = addressFields(showFor('returnAddress', ['create']));

export async function createReturnAddress(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await forEachItem.call(this, async (itemIndex) => {
		const body = readAddress.call(this, itemIndex);
		const envelope = await clickSendRequest.call(this, { method: 'POST', path: '/post/return-addresses', body, itemIndex });
		return (envelope.data ?? {}) as IDataObject;
	});
}
