import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { assertEmail } from '../../shared/validation';
import { showFor } from '../../shared/routing';

/**
 * Email Address → Create (POST /email/addresses {email_address}): adds an address you may send
 * from. ClickSend emails it a verification link; it can send once verified.
 */
export const createEmailAddressFields: INodeProperties[] = [
	{
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		placeholder: 'e.g. test1@test.com',
		default: '',
		required: true,
		displayOptions: showFor('emailAddress', ['create']),
		description: 'The address to send from. ClickSend sends it a verification email; open the link in it before sending.',
	},
];

export async function emailAddressBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const address = assertEmail(this.getNode(), this.getNodeParameter('emailAddress', ''), 'Email Address', this.getItemIndex());
	requestOptions.body = { email_address: address };
	return requestOptions;
}
