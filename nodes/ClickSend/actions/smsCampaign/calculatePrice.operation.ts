import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readCampaignContent } from '../../fields/campaign';
import { parameterReader } from '../../execution/parameters';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { SMS_CAMPAIGN, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of an SMS campaign',
	description: 'Get what sending the campaign would cost, without sending it',
	toolDescription:
		'Calculate what an SMS campaign to a ClickSend contact list would cost, without sending it. Needs a campaign name, the list_id (a number) and the message text. Returns total_price and total_count.',
};

export const properties: INodeProperties[] = sendFields;

/** POST /sms-campaigns/price with exactly what Send would send (`list_id` an integer: the spec says string here). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const body = readCampaignContent.call(this, parameterReader(this), itemIndex, SMS_CAMPAIGN);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/sms-campaigns/price',
		body,
		idempotent: true,
		itemIndex,
	});
	return responseData(envelope);
}
