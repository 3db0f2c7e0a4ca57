import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { emailCampaignLocator } from '../../fields/email';
import { readNumericId } from '../../fields/ids';
import { returnAllFields, simplifiedRows } from '../../fields/returnAll';
import { simplifyField } from '../../fields/simplify';
import { apiPath } from '../../../transport/path';
import type { OperationOption } from '../types';

/** What Simplify keeps of each recipient in a campaign's history. */
const SIMPLE_FIELDS = [
	'email_campaign_id',
	'message_id',
	'contact_id',
	'to_address',
	'to_name',
	'status',
	'processed_at',
	'open_count',
	'click_count',
	'hard_bounce_count',
];

export const option: OperationOption = {
	name: 'Get History',
	value: 'getHistory',
	action: 'Get the history of an email campaign',
	description: 'List each recipient of a campaign with its status, opens, clicks and bounces',
	toolDescription:
		'List the recipients of one ClickSend email campaign, by its email_campaign_id. Returns one row per recipient: to_address, to_name, status, processed_at and counts of opens, clicks and bounces.',
};

export const properties: INodeProperties[] = [
	emailCampaignLocator(
		'The email campaign whose recipients you want, as returned by Send or Get Many',
	),
	...returnAllFields,
	simplifyField(SIMPLE_FIELDS),
];

/** GET /email-campaigns/{email_campaign_id}/history. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const campaignId = readNumericId.call(this, 'campaignId', itemIndex, 'Campaign');
	return await simplifiedRows.call(
		this,
		itemIndex,
		{ path: apiPath`/email-campaigns/${campaignId}/history` },
		SIMPLE_FIELDS,
	);
}
