import type { INodeProperties } from 'n8n-workflow';

import { campaignContentFields } from './shared';

/**
 * SMS Campaign → Send (POST /sms-campaigns/send): one message to every contact of one list (up to
 * 20,000 contacts). Fields shared with Calculate Price and Update.
 */
export const sendSmsCampaignFields: INodeProperties[] = campaignContentFields(['send', 'calculatePrice', 'update']);
