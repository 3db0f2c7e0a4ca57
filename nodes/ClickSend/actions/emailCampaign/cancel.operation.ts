import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { emailCampaignLocator } from '../../fields/email';
import { readNumericId } from '../../fields/ids';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel an email campaign',
	description: 'Cancel a scheduled campaign before it is sent',
	toolDescription:
		'Cancel a scheduled ClickSend email campaign before it is sent, by its email_campaign_id. Returns the campaign with status Cancelled.',
};

export const properties: INodeProperties[] = [
	emailCampaignLocator('The scheduled email campaign to cancel'),
];

/** PUT /email-campaigns/{email_campaign_id}/cancel (no body). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/email-campaigns/${campaignId}/cancel`,
		itemIndex,
	});
	return responseData(envelope, { cancelled: true, email_campaign_id: campaignId });
}
