import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { readSubaccountId, subaccountLocator } from './shared';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a sub-account',
	description: 'Delete a sub-account; its API key stops working',
	toolDescription:
		'Delete one sub-account of the ClickSend account by its subaccount_id; its login and API key stop working. Returns deleted: true and the subaccount_id.',
};

export const properties: INodeProperties[] = [subaccountLocator('The sub-account to delete')];

/** DELETE /subaccounts/{subaccount_id}; ClickSend answers `data: true`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readSubaccountId.call(this, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/subaccounts/${id}`,
		itemIndex,
	});
	return { deleted: true, subaccount_id: id, response_msg: envelope.response_msg };
}
