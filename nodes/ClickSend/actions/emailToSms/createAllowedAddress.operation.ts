import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ParameterReader } from '../../execution/parameters';
import { readSender, senderField } from '../../fields/message';
import { responseDataOrMessage } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import { assertEmail } from '../../validation/input';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Add Allowed Address',
	value: 'createAllowedAddress',
	action: 'Allow an email address to send SMS by email',
	description: 'Allow an email address to send SMS through Email to SMS',
	toolDescription:
		"Allow an email address to send SMS through ClickSend's Email to SMS (an email to <number>@sms.clicksend.com becomes an SMS). Needs the email address; optionally the sender the SMS come from. Returns email_address_id, email_address and from.",
};

export const properties: INodeProperties[] = [
	{
		displayName: 'Email Address',
		name: 'emailAddress',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
		required: true,
		description: 'The address allowed to send SMS by email',
	},
	senderField(),
];

/** POST /sms/email-sms `{email_address, from?}`. A create: never retried after an answer that may mean it was created. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const node = this.getNode();
	const body: IDataObject = {
		email_address: assertEmail(
			node,
			this.getNodeParameter('emailAddress', itemIndex, ''),
			'Email Address',
			itemIndex,
		),
	};
	readSender(node, this.getNodeParameter.bind(this) as ParameterReader, itemIndex, body);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/sms/email-sms',
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
