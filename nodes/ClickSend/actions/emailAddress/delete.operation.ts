import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { emailAddressField } from './shared';

export const option: OperationOption = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an email address',
	description: 'Remove an address from the ones you may send from',
	toolDescription:
		'Remove an email address from the ones the ClickSend account may send from, by its email_address_id. Returns deleted: true.',
};

export const properties: INodeProperties[] = [emailAddressField];

/** DELETE /email/addresses/{email_address_id} → `{ deleted: true, emailAddressId }`. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readNumericId.call(this, 'emailAddressId', itemIndex, 'Email Address');
	await clickSendRequest.call(this, {
		method: 'DELETE',
		path: apiPath`/email/addresses/${id}`,
		itemIndex,
	});
	return { deleted: true, emailAddressId: String(id) };
}
