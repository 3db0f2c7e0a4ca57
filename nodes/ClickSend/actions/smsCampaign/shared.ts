import type { INodeProperties } from 'n8n-workflow';

import { campaignContentFields, type CampaignKind } from '../../fields/campaign';
import { SMS_LIMITS } from '../../validation/length';

/** What several SMS Campaign operations share: the kind of campaign, Send's fields, Simplify's fields. */

export const SMS_CAMPAIGN: CampaignKind = {
	what: 'SMS',
	searchListMethod: 'searchSmsCampaigns',
	example: '2145880',
	limits: SMS_LIMITS,
};

/** Campaign Name, Contact List, Message, From, Schedule: Send, Calculate Price and Update. */
export const sendFields: INodeProperties[] = campaignContentFields(
	SMS_CAMPAIGN,
	'The text every contact gets (at most 1224 plain characters or 536 with emoji). Marketing messages must include an opt-out, e.g. "Reply STOP to opt out".',
);

/** What Simplify keeps of a campaign (Get, Get Many). */
export const SIMPLE_FIELDS = [
	'sms_campaign_id',
	'name',
	'list_id',
	'_list_name',
	'from',
	'body',
	'schedule',
	'status',
	'date_added',
	'_total_count',
];
