import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import { assertNotEmpty } from '../../validation/input';
import type { OperationOption } from '../types';
import { emailAddressField } from './shared';

export const option: OperationOption = {
	name: 'Verify',
	value: 'verify',
	action: 'Verify an email address',
	description: 'Verify an address with the token from its verification email',
	toolDescription:
		"Verify one of the ClickSend account's email addresses with the activation token from the verification email ClickSend sent to it. Needs the email_address_id and the token. Returns the address with verified: 1.",
};

export const properties: INodeProperties[] = [
	emailAddressField,
	{
		displayName: 'Activation Token',
		name: 'activationToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		description: 'The token from the verification email ClickSend sent to the address',
	},
];

/** PUT /email/address-verify/{email_address_id}/verify/{activation_token} (no body). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readNumericId.call(this, 'emailAddressId', itemIndex, 'Email Address');
	const token = assertNotEmpty(
		this.getNode(),
		this.getNodeParameter('activationToken', itemIndex, ''),
		'Activation Token',
		'Copy the token from the verification email ClickSend sent to the address.',
		itemIndex,
	).trim();
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/email/address-verify/${id}/verify/${token}`,
		itemIndex,
	});
	return responseData(envelope, { verified: true, email_address_id: id });
}
