import type { INodeProperties } from 'n8n-workflow';

import { campaignIdField } from './shared';

/** Email Campaign → Cancel (PUT /email-campaigns/{email_campaign_id}/cancel) a scheduled campaign. */
export const cancelEmailCampaignFields: INodeProperties[] = [campaignIdField(['cancel'])];
