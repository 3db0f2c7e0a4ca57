import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { campaignLocator } from '../../fields/campaign';
import { readNumericId } from '../../fields/ids';
import { simplifier, simplifyField } from '../../fields/simplify';
import { responseData } from '../../../transport/envelope';
import { apiPath } from '../../../transport/path';
import { clickSendRequest } from '../../../transport/request';
import type { OperationOption } from '../types';
import { SIMPLE_FIELDS, SMS_CAMPAIGN } from './shared';

export const option: OperationOption = {
	name: 'Get',
	value: 'get',
	action: 'Get an SMS campaign',
	description: 'Get one SMS campaign with its status',
	toolDescription:
		'Get one ClickSend SMS campaign by its sms_campaign_id (a number). Returns its name, list_id, body, schedule (Unix seconds) and status (e.g. Queued, Scheduled, Sent, Cancelled).',
};

export const properties: INodeProperties[] = [
	campaignLocator(SMS_CAMPAIGN, 'The SMS campaign to get'),
	simplifyField(SIMPLE_FIELDS),
];

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	const envelope = await clickSendRequest.call(this, {
		method: 'GET',
		path: apiPath`/sms-campaigns/${campaignId}`,
		itemIndex,
	});
	const campaign = responseData(envelope);
	return simplifier.call(this, itemIndex, SIMPLE_FIELDS)(campaign);
}
