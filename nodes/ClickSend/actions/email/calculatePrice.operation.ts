import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterReader } from '../../execution/parameters';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { emailBody, prepareEmail, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of an email',
	description: 'Get what sending the email would cost, without sending it',
	toolDescription:
		'Calculate what sending a transactional email with ClickSend would cost, without sending it. Needs the same fields as sending: recipient address(es), From Address ID, sender name, subject and body. Returns the price and currency.',
};

/** The fields of Email → Send: the price is asked for exactly what Send would send. */
export const properties: INodeProperties[] = sendFields;

/**
 * POST /email/price with the body of Email → Send (ClickSend's API reference takes the same fields);
 * nothing is sent.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const email = await prepareEmail.call(this, parameterReader(this), itemIndex);
	const body = await emailBody.call(this, email, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/email/price',
		body,
		idempotent: true,
		itemIndex,
	});
	return responseData(envelope);
}
