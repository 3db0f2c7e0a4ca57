import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { campaignLocator, cancelledCampaign } from '../../fields/campaign';
import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { SMS_CAMPAIGN } from './shared';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel an SMS campaign',
	description: 'Cancel a scheduled SMS campaign before it is sent',
	toolDescription:
		'Cancel a scheduled ClickSend SMS campaign before it is sent. Needs the sms_campaign_id (a number). Returns cancelled: true and the sms_campaign_id.',
};

export const properties: INodeProperties[] = [
	campaignLocator(SMS_CAMPAIGN, 'The scheduled SMS campaign to cancel'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/sms-campaigns/${campaignId}/cancel`,
		itemIndex,
	});
	return cancelledCampaign(envelope, 'sms_campaign_id', campaignId);
}
