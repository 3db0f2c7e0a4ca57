import type { INodeProperties } from 'n8n-workflow';

import { campaignField } from './shared';

/** SMS Campaign → Cancel (PUT /sms-campaigns/{id}/cancel): stops a scheduled campaign. */
export const cancelSmsCampaignFields: INodeProperties[] = [campaignField(['cancel'])];
