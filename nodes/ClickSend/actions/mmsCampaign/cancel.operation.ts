import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { campaignLocator, cancelledCampaign } from '../../fields/campaign';
import { readNumericId } from '../../fields/ids';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { MMS_CAMPAIGN } from './shared';

export const option: OperationOption = {
	name: 'Cancel',
	value: 'cancel',
	action: 'Cancel an MMS campaign',
	description: 'Cancel a scheduled MMS campaign before it is sent',
	toolDescription:
		'Cancel a scheduled ClickSend MMS campaign before it is sent. Needs the mms_campaign_id (a number). Returns cancelled: true and the mms_campaign_id.',
};

export const properties: INodeProperties[] = [
	campaignLocator(MMS_CAMPAIGN, 'The scheduled MMS campaign to cancel'),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/mms-campaigns/${campaignId}/cancel`,
		itemIndex,
	});
	return cancelledCampaign(envelope, 'mms_campaign_id', campaignId);
}
