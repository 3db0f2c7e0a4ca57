import type { INodeProperties } from 'n8n-workflow';

import { campaignField } from './shared';

/** SMS Campaign → Get (GET /sms-campaigns/{id}). */
export const getSmsCampaignFields: INodeProperties[] = [campaignField(['get'])];
