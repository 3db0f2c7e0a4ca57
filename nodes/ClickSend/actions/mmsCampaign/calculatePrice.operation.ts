import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parameterReader } from '../../execution/parameters';
import { responseData } from '../../../transport/envelope';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { mmsCampaignBody, prepareMmsCampaign, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Calculate Price',
	value: 'calculatePrice',
	action: 'Calculate the price of an MMS campaign',
	description: 'Get what sending the campaign would cost, without sending it',
	toolDescription:
		'Calculate what an MMS campaign to a ClickSend contact list would cost, without sending it. Needs what Send needs: campaign name, list_id (a number), subject, message text and image. Returns total_price and total_count.',
};

export const properties: INodeProperties[] = sendFields;

/** POST /mms-campaigns/price with exactly what Send would send (a binary image is uploaded: ClickSend prices the file). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const prepared = await prepareMmsCampaign.call(this, parameterReader(this), itemIndex);
	const body = await mmsCampaignBody.call(this, prepared, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'POST',
		path: '/mms-campaigns/price',
		body,
		idempotent: true,
		itemIndex,
	});
	return responseData(envelope);
}
