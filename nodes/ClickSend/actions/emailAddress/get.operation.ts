import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { emailAddressLocator } from '../../fields/email';
import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { responseData } from '../../../transport/envelope';

/** The address an Email Address operation works on: picked from the account's list or by ID. */
export const emailAddressField: INodeProperties = emailAddressLocator({
	name: 'emailAddressId',
	displayName: 'Email Address',
	description: 'One of the email addresses added to your ClickSend account',
});

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get an email address',
	description: 'Get one address and whether it is verified',
	toolDescription:
		'Get one of the email addresses the ClickSend account may send from, by its email_address_id. Returns the address and verified (1 when it can send).',
};

export const properties: INodeProperties[] = [emailAddressField];

/** GET /email/addresses/{email_address_id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readNumericId.call(this, 'emailAddressId', itemIndex, 'Email Address');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/email/addresses/${id}`,
		itemIndex,
	});
	return responseData(envelope);
}
