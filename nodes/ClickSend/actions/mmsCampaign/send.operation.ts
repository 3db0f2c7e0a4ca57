import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { parameterReader } from '../../execution/parameters';
import { runItemSends } from '../../sending/oneByOne';
import type { OperationOption } from '../types';
import { mmsCampaignBody, prepareMmsCampaign, sendFields } from './shared';

export const option: OperationOption = {
	name: 'Send',
	value: 'send',
	action: 'Send an MMS campaign',
	description: 'Send one MMS (image and text) to every contact of a contact list, now or scheduled',
	toolDescription:
		'Send one MMS (an image with a subject and text) to every contact of a ClickSend contact list as a campaign, now or at a scheduled time. Needs a campaign name, the list_id (a number), a subject of at most 20 characters, the message text and the image (a public JPG or GIF URL, or a binary image). Returns the campaign: mms_campaign_id, status, schedule.',
};

export const properties: INodeProperties[] = sendFields;

/** POST /mms-campaigns/send, one campaign per item. */
export async function executeAll(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const read = parameterReader(this);
	return await runItemSends.call(this, {
		historyName: 'MMS campaigns',
		prepare: async (itemIndex) => {
			const prepared = await prepareMmsCampaign.call(this, read, itemIndex);
			return async () => ({
				method: 'POST',
				path: '/mms-campaigns/send',
				body: await mmsCampaignBody.call(this, prepared, itemIndex),
			});
		},
	});
}
