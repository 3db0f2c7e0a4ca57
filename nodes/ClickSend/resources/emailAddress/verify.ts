import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { numericIdParameter, requiredText } from '../email/shared';
import { showFor } from '../../shared/routing';
import { emailAddressIdField } from './shared';

/**
 * Email Address → Verify (PUT /email/address-verify/{email_address_id}/verify/{activation_token}):
 * verifies an address with the token from ClickSend's verification email.
 */
export const verifyEmailAddressFields: INodeProperties[] = [
	emailAddressIdField(['verify']),
	{
		displayName: 'Activation Token',
		name: 'activationToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		displayOptions: showFor('emailAddress', ['verify']),
		description: 'The token from the verification email ClickSend sent to the address',
	},
];

/** preSend: the checked address ID and the token into the path. */
export async function verificationPath(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const id = numericIdParameter.call(this, 'emailAddressId', 'Email Address');
	const token = requiredText
		.call(this, 'activationToken', 'Activation Token', 'Copy the token from the verification email ClickSend sent to the address.')
		.trim();
	requestOptions.url = `/email/address-verify/${id}/verify/${encodeURIComponent(token)}`;
	return requestOptions;
}
