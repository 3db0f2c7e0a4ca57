import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { campaignLocator, readCampaignContent } from '../../fields/campaign';
import { readNumericId } from '../../fields/ids';
import { parameterReader } from '../../execution/parameters';
import { responseDataOrMessage } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { SMS_CAMPAIGN, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Update',
	value: 'update',
	action: 'Update an SMS campaign',
	description: 'Change a scheduled SMS campaign: name, list, message, sender or time',
	toolDescription:
		'Change a scheduled ClickSend SMS campaign. Needs the sms_campaign_id (a number) and the whole campaign again: name, list_id and message text (sender and schedule optional). Returns the updated campaign.',
};

export const properties: INodeProperties[] = [
	campaignLocator(SMS_CAMPAIGN, 'The scheduled SMS campaign to change'),
	...sendFields,
];

/** PUT /sms-campaigns/{id} with the fields of Send (`list_id` an integer: the spec says string here). */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	const body = readCampaignContent.call(this, parameterReader(this), itemIndex, SMS_CAMPAIGN);
	const envelope = await clickSendRequest.call(this, {
		method: 'PUT',
		path: apiPath`/sms-campaigns/${campaignId}`,
		body,
		itemIndex,
	});
	return responseDataOrMessage(envelope);
}
