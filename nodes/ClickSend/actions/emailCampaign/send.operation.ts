import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { parameterReader } from '../../execution/parameters';
import { runItemSends } from '../../sending/oneByOne';
import type { OperationOption } from '../types';
import { prepareEmailCampaign, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an email campaign',
	description: 'Email a contact list, now or at a scheduled time',
	toolDescription:
		'Send an email campaign with ClickSend to every contact with an email address in one contact list, now or at a scheduled time. Needs the contact list ID, a campaign name, a subject, an HTML or text body, the From Address ID and a sender name. Returns the campaign: email_campaign_id, status, total_count, total_price.',
};

export const properties: INodeProperties[] = sendFields;

/** POST /email-campaigns/send, one campaign per input item. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runItemSends.call(this, {
		historyName: 'email campaigns (Email Campaign → Get Many)',
		prepare: (itemIndex) => {
			const body = prepareEmailCampaign.call(this, read, itemIndex, true);
			return async () => ({ method: 'POST', path: '/email-campaigns/send', body });
		},
	});
}
