import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { emailAddressField } from './shared';

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
