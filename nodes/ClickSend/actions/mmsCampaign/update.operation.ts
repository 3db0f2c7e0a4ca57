import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { campaignLocator } from '../../fields/campaign';
import { readNumericId } from '../../fields/ids';
import { parameterReader } from '../../execution/parameters';
import { responseDataOrMessage } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { MMS_CAMPAIGN, mmsCampaignBody, prepareMmsCampaign, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update an MMS campaign',
	description: 'Change a scheduled MMS campaign: name, list, message, image, sender or time',
	toolDescription:
		'Change a scheduled ClickSend MMS campaign. Needs the mms_campaign_id (a number) and the whole campaign again: name, list_id, subject, message text and image (sender and schedule optional). Returns the updated campaign.',
};

export const properties: INodeProperties[] = [
	campaignLocator(MMS_CAMPAIGN, 'The scheduled MMS campaign to change'),
	...sendFields,
];

/**
 * PUT /mms-campaigns/{id} with the fields of Send: ClickSend's API reference sends the whole
 * campaign, subject and media_file included.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	const prepared = await prepareMmsCampaign.call(this, parameterReader(this), itemIndex);
	const body = await mmsCampaignBody.call(this, prepared, itemIndex);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/mms-campaigns/${campaignId}`,
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
