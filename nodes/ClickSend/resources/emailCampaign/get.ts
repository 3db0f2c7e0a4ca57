import type { INodeProperties } from 'n8n-workflow';

import { campaignIdField } from './shared';

/** Email Campaign → Get (GET /email-campaigns/{email_campaign_id}). */
export const getEmailCampaignFields: INodeProperties[] = [campaignIdField(['get'])];
