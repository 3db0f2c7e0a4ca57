import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { readCampaignContent } from '../../fields/campaign';
import { parameterReader } from '../../execution/parameters';
import { runItemSends } from '../../sending/oneByOne';
import type { OperationOption } from '../types';
import { SMS_CAMPAIGN, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an SMS campaign',
	description: 'Send one SMS to every contact of a contact list (up to 20,000), now or scheduled',
	toolDescription:
		'Send one SMS to every contact of a ClickSend contact list (up to 20,000 contacts) as a campaign, now or at a scheduled time. Needs a campaign name, the list_id (a number) and the message text. Returns the campaign: sms_campaign_id, status, schedule.',
};

export const properties: INodeProperties[] = sendFields;

/**
 * POST /sms-campaigns/send, one campaign per item. Follows ClickSend's API reference where the spec differs:
 * `list_id` is an integer (see readCampaignContent), and `senders` (Smart Assign, beta; required by
 * the spec here) is left out, which the docs say means "use the account's default senders".
 */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runItemSends.call(this, {
		historyName: 'SMS campaigns',
		prepare: (itemIndex) => {
			const body = readCampaignContent.call(this, read, itemIndex, SMS_CAMPAIGN);
			return async () => ({ method: 'POST', path: '/sms-campaigns/send', body });
		},
	});
}
