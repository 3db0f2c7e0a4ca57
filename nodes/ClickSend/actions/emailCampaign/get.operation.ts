import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { emailCampaignLocator } from '../../fields/email';
import { readNumericId } from '../../fields/ids';
import { simplifier, simplifyField } from '../../fields/simplify';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { SIMPLE_FIELDS } from './shared';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get an email campaign',
	description: 'Get one campaign with its status and counts of opens, clicks and bounces',
	toolDescription:
		'Get one ClickSend email campaign by its email_campaign_id. Returns its name, subject, list_id, status, schedule and counts of sends, opens and clicks.',
};

export const properties: INodeProperties[] = [
	emailCampaignLocator('The email campaign, as returned by Send or Get Many'),
	simplifyField(SIMPLE_FIELDS),
];

/** GET /email-campaigns/{email_campaign_id}. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/email-campaigns/${campaignId}`,
		itemIndex,
	});
	const campaign = responseData(envelope);
	return simplifier.call(this, itemIndex, SIMPLE_FIELDS)(campaign);
}
