import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/routing';
import { returnAddressField } from './shared';

/** Return Address → Delete: DELETE /post/return-addresses/{return_address_id}. */
export const deleteReturnAddressFields: INodeProperties[] = [
	returnAddressField(showFor('returnAddress', ['delete']), 'The return address to delete'),
];

/** postReceive: ClickSend answers `data: []`; output `{ deleted: true, return_address_id }`. */
export async function returnAddressDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const id = Number(String(this.getNodeParameter('returnAddressId', '', { extractValue: true })).trim());
	return [{ json: { deleted: true, return_address_id: id }, pairedItem: { item: this.getItemIndex() } }];
}
