import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { assertEmail } from '../../validation/input';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Create',
	value: 'create',
	action: 'Add an email address',
	description: 'Add an address to send email from; ClickSend emails it a verification link',
	toolDescription:
		'Add an email address the ClickSend account may send email from. Needs the address (e.g. test1@test.com). ClickSend emails it a verification link; it can send once verified. Returns email_address_id and verified (0 until verified).',
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		placeholder: 'e.g. test1@test.com',
		default: '',
		required: true,
		description:
			'The address to send from. ClickSend sends it a verification email; open the link in it before sending.',
	},
];

/** POST /email/addresses {email_address}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const address = assertEmail(
		this.getNode(),
		this.getNodeParameter('emailAddress', itemIndex, ''),
		'Email Address',
		itemIndex,
	);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/email/addresses',
		body: { email_address: address },
		itemIndex,
	});
	return responseData(envelope);
}
