import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterReader } from '../../execution/parameters';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { prepareEmailCampaign, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of an email campaign',
	description: 'Get what sending the campaign to the list would cost, without sending it',
	toolDescription:
		'Calculate what an email campaign to one ClickSend contact list would cost, without sending it. Needs the same fields as sending: contact list ID, campaign name, subject, body, From Address ID and sender name. Returns total_count and total_price.',
};

/** The fields of Email Campaign → Send (the schedule is not used). */
export const properties: INodeProperties[] = sendFields;

/** POST /email-campaigns/price with the body of Send, without the schedule; nothing is sent. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = prepareEmailCampaign.call(this, parameterReader(this), itemIndex, false);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/email-campaigns/price',
		body,
		idempotent: true,
		itemIndex,
	});
	return responseData(envelope);
}
