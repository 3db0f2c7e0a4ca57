import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { emailAddressField } from './shared';

export const option: OperationOption = {
	name: 'Send Verification',
	value: 'sendVerification',
	action: 'Send the verification email again',
	description: 'Email the verification link to an address that is not verified yet',
	toolDescription:
		"Make ClickSend email the verification link again to one of the account's email addresses that is not verified yet, by its email_address_id. Returns verification_sent: true.",
};

export const properties: INodeProperties[] = [emailAddressField];

/** PUT /email/address-verify/{email_address_id}/send (no body). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const id = readNumericId.call(this, 'emailAddressId', itemIndex, 'Email Address');
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/email/address-verify/${id}/send`,
		itemIndex,
	});
	return { verification_sent: true, email_address_id: id, response_msg: envelope.response_msg };
}
